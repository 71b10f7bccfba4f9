import { spawn, spawnSync } from 'node:child_process';
import { freePort } from './server';

/**
 * A Redis of a test's own on a free loopback port, without persistence, as a child process the test stops itself
 * (so stopping it never touches the Redis of TEST_REDIS_URL that the rest of the run uses).
 */

export interface RunningRedis {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** Whether redis-server can be started here. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function startRedis(port?: number): Promise<RunningRedis> {
  const chosenPort = port ?? (await freePort());
  const child = spawn('redis-server', ['--port', String(chosenPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 10_000;
  while (!/Ready to accept connections/.test(output)) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`redis-server did not start within 10 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${chosenPort}`,
    port: chosenPort,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
