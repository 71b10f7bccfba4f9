import { spawn } from 'node:child_process';
import path from 'node:path';
import { childProcessEnvironment } from '../../lib/env';

/** Runs `next <command>` on the port, passing signals on, and exits with it. */
export function serveWithNext(command: 'start' | 'dev', port: number, nodeEnvironment: 'production' | 'development'): void {
  const nextBin = path.join(__dirname, '..', '..', 'node_modules', 'next', 'dist', 'bin', 'next');
  const server = spawn(process.execPath, [nextBin, command, '--port', String(port)], {
    stdio: 'inherit',
    env: childProcessEnvironment({ NODE_ENV: nodeEnvironment }),
  });
  console.log(`Serving on http://localhost:${port}/`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}
