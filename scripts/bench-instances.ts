// npm run bench:instances -- [--connections 20] [--duration 10]
// Part of npm run bench: the throughput of the cached overview and of /api/figures?limit=100 served by one SQLite
// instance on its own (the reference), then by one and by two instances behind nginx sharing a Redis cache, on
// loopback, each for --duration seconds. The database is BENCH_DATABASE_URL when it is set (read as it is, e.g.
// PostgreSQL loaded beforehand), else the synthetic SQLite database of the other benches. Printed, never asserted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale } from '../lib/build/current-build';
import { isPostgresqlUrl } from '../lib/env';
import { DEFAULT_SYNTHETIC_OPTIONS } from '../lib/synthetic';
import { findNginx, startNginx } from '../tests/support/nginx';
import { hasRedisServer, startRedis } from '../tests/support/redis';
import { startServer, type RunningServer } from '../tests/support/server';
import { testSessionSecret } from '../tests/support/admin';
import { runBench, type Cleanup } from './support/bench/cleanup';
import { prepareBenchDatabase } from './support/bench/dataset';
import { measureLoad, type Load } from './support/bench/load';
import { exitWithUsage, parseFlags, UsageError } from './support/flags';

const USAGE = 'npm run bench:instances -- [--connections 20] [--duration 10]';
const PATHS = ['/', '/api/figures?limit=100'] as const;

function readOptions() {
  try {
    const flags = parseFlags(process.argv.slice(2), { connections: 'count', duration: 'count' });
    return { connections: Math.min(flags.connections ?? 20, 200), seconds: Math.min(flags.duration ?? 10, 30) };
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(error, USAGE);
    throw error;
  }
}

interface Setup {
  label: string;
  loads: Record<(typeof PATHS)[number], Load>;
}

async function measureSetup(label: string, baseUrl: string, options: ReturnType<typeof readOptions>): Promise<Setup> {
  const loads = {} as Setup['loads'];
  for (const readPath of PATHS) {
    // A few requests first, so the load measures cached answers rather than the first render.
    for (let warmUp = 0; warmUp < 3; warmUp += 1) await (await fetch(`${baseUrl}${readPath}`)).arrayBuffer();
    console.log(`${label}: ${readPath} with ${options.connections} connections for ${options.seconds} s…`);
    loads[readPath] = await measureLoad(`${baseUrl}${readPath}`, options.connections, options.seconds);
  }
  return { label, loads };
}

function toMarkdown(setups: Setup[], reference: Setup): string {
  const cell = (setup: Setup, readPath: (typeof PATHS)[number]) => {
    const load = setup.loads[readPath];
    const ratio = load.requestsPerSecond / reference.loads[readPath].requestsPerSecond;
    const failures = load.non2xx + load.errors > 0 ? `, ${load.non2xx} non-2xx, ${load.errors} errors` : '';
    return `${load.requestsPerSecond.toFixed(0)} req/s (p99 ${load.latencyP99} ms, ×${ratio.toFixed(2)}${failures})`;
  };
  return [
    `| setup | \`/\` (cached) | \`/api/figures?limit=100\` |`,
    '|---|---|---|',
    ...setups.map((setup) => `| ${setup.label} | ${cell(setup, '/')} | ${cell(setup, '/api/figures?limit=100')} |`),
    '',
    '×: requests per second ÷ those of one SQLite instance on its own.',
  ].join('\n');
}

async function measure(options: ReturnType<typeof readOptions>, cleanup: Cleanup): Promise<void> {
  const nginxPath = findNginx();
  if (!nginxPath || !hasRedisServer()) {
    console.log('bench:instances not run: it needs nginx and redis-server (apt-get install nginx redis-server).');
    return;
  }
  buildIfStale();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-bench-instances-'));
  cleanup.add('the temporary folder', () => fs.rmSync(runDir, { recursive: true, force: true }));
  const sqlite = await prepareBenchDatabase(DEFAULT_SYNTHETIC_OPTIONS, runDir);
  const sharedUrl = process.env.BENCH_DATABASE_URL ?? `file:${sqlite.path}`;
  const engine = isPostgresqlUrl(sharedUrl) ? 'PostgreSQL' : 'SQLite';
  const secret = testSessionSecret();
  const start = async (environment: Record<string, string>): Promise<RunningServer> => {
    const server = await startServer(sqlite.path, { SESSION_SECRET: secret, TRUSTED_PROXIES: '127.0.0.1', ...environment });
    cleanup.add(`the instance at ${server.url}`, server.stop);
    return server;
  };

  const reference = await start({});
  const setups = [await measureSetup('one SQLite instance, on its own', reference.url, options)];
  await reference.stop();

  const redis = await startRedis();
  cleanup.add('Redis', redis.stop);
  const shared = { DATABASE_URL: sharedUrl, REDIS_URL: redis.url };
  const first = await start(shared);
  const alone = await startNginx(nginxPath, [first.url]);
  cleanup.add('nginx (one instance)', alone.stop);
  setups.push(await measureSetup(`one ${engine} instance behind nginx, Redis cache`, alone.url, options));
  await alone.stop();

  const second = await start(shared);
  const both = await startNginx(nginxPath, [first.url, second.url]);
  cleanup.add('nginx (two instances)', both.stop);
  setups.push(await measureSetup(`two ${engine} instances behind nginx, Redis cache`, both.url, options));

  console.log(`\nOn ${os.cpus().length} cores (load average ${os.loadavg().map((value) => value.toFixed(1)).join(', ')} at the end), nginx, Redis and the load generator on the same machine:\n`);
  console.log(toMarkdown(setups, setups[0]!));
}

runBench((cleanup) => measure(readOptions(), cleanup));
