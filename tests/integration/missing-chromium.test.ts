import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm test` on a machine without Chromium: a browser suite fails at once with one line saying how to get it, the
 * run fails (it does not skip), Jest exits by itself and no server is left running.
 */
const ROOT = path.join(__dirname, '..', '..');

/** Processes still running whose environment carries the marker (servers inherit the test run's environment). */
function processesWithMarker(marker: string): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/environ`, 'latin1').includes(marker)) found.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

it('fails a browser suite at once with one line when CHROMIUM_PATH names no browser, and leaves nothing running', async () => {
  const marker = `MISSING_CHROMIUM_RUN=${randomBytes(8).toString('hex')}`;
  const [markerKey, markerValue] = marker.split('=') as [string, string];
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), 'tests/e2e/dashboard.test.ts'], {
    cwd: ROOT,
    env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', [markerKey]: markerValue, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // A run that hangs is stopped here, and then fails the expectations below.
  const killer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal])));
  clearTimeout(killer);

  expect(signal).toBeNull();
  expect(code).toBe(1);
  expect(output).toContain('Browser tests need Chromium: CHROMIUM_PATH=/nonexistent/chromium is not an executable file.');
  expect(output).toContain('sudo apt-get install -y chromium');
  expect(output).not.toMatch(/skipped/);
  expect(processesWithMarker(marker)).toEqual([]);
}, 180_000);
