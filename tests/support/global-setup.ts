import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { buildIfStale } from '@/lib/build/current-build';
import { findChromium } from './browser';

/**
 * Once for the whole run: installs Chromium when the browser tests would find none and this is a Debian or Ubuntu
 * machine where we are root (as .ci/run does), then builds the app if the sources changed since the last build
 * (end-to-end tests serve it; without Next's type check, which `npm run check:types` does). Without Chromium after that, each browser suite fails at once with one line.
 */
function installChromiumIfPossible(): void {
  if (process.env.CHROMIUM_PATH || findChromium()) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !fs.existsSync('/etc/debian_version')) return;
  process.stdout.write('No Chromium found: installing it with apt-get (Debian package chromium)…\n');
  const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: environment });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: environment });
  if (install.status !== 0) process.stdout.write('apt-get could not install chromium; the browser tests will fail.\n');
}

export default function globalSetup(): void {
  if (!process.env.TEST_DATABASE_URL) {
    process.stdout.write('\nThe PostgreSQL suite was not run: set TEST_DATABASE_URL=postgresql://user@host:port/db to run it (.ci/run does).\n');
  }
  installChromiumIfPossible();
  buildIfStale((line) => process.stdout.write(`${line}\n`), { typeCheck: false });
}
