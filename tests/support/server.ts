import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { childProcessEnvironment } from '@/lib/env';

export interface RunningServer {
  url: string;
  pid: number;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** When a starting server counts as up: by default once `/api/figures` answers 200. */
export interface Readiness {
  path: string;
  statuses: number[];
}

/**
 * Starts the real production server (the app's server around Next, scripts/serve-app.ts, on the build made by the
 * global setup) on the given database file and a free port, and waits until it answers.
 */
export async function startServer(
  databasePath: string,
  extraEnvironment: Record<string, string> = {},
  readiness: Readiness = { path: '/api/figures', statuses: [200] },
): Promise<RunningServer> {
  const port = await freePort();
  const root = path.join(__dirname, '..', '..');
  const serveApp = path.join(root, 'scripts', 'serve-app.ts');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', serveApp, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: childProcessEnvironment({ NODE_ENV: 'production', DATABASE_URL: `file:${databasePath}`, ...extraEnvironment }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}${readiness.path}`);
      await response.arrayBuffer();
      if (readiness.statuses.includes(response.status)) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer within 30 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    url,
    pid: child.pid ?? 0,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
