import { spawn } from 'node:child_process';
import path from 'node:path';
import { childProcessEnvironment } from '../../lib/env';

/** Runs the app's server (scripts/serve-app.ts) in production or development mode on the port, passing signals on, and exits with it. */
export function serveWithNext(command: 'start' | 'dev', port: number, nodeEnvironment: 'production' | 'development'): void {
  const root = path.join(__dirname, '..', '..');
  const args = ['--import', 'tsx', path.join(root, 'scripts', 'serve-app.ts'), '--port', String(port), ...(command === 'dev' ? ['--dev'] : [])];
  const server = spawn(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: childProcessEnvironment({ NODE_ENV: nodeEnvironment }),
  });
  console.log(`Serving on http://localhost:${port}/`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}
