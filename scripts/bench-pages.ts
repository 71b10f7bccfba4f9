// Part of npm run bench: serves the built app on a seeded scratch database and measures how fast each page
// answers (sequential requests after a warm-up), and the server's memory afterwards.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale } from '../lib/build/current-build';
import { createPrismaClient } from '../lib/db/connect';
import { prepareDatabase } from '../lib/db/prepare';
import { seedDatabase } from '../prisma/seed';
import { startServer } from '../tests/support/server';
import { runScript } from './support/run-script';

const ROUTES = ['/', '/api/figures', '/figures/1', '/reports/1', '/categories/killed', '/sources/1'];
const REQUESTS_PER_ROUTE = 200;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
}

function residentMegabytes(pid: number): number {
  const kilobytes = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim());
  return kilobytes / 1024;
}

runScript(async () => {
  buildIfStale();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-bench-'));
  const databasePath = path.join(dir, 'bench.db');
  await prepareDatabase(databasePath);
  const prisma = createPrismaClient(databasePath);
  await seedDatabase(prisma);
  await prisma.$disconnect();
  const server = await startServer(databasePath);
  try {
    console.log(`pages: ${REQUESTS_PER_ROUTE} sequential requests per route after 20 warm-up requests`);
    console.log('route'.padEnd(24), 'status', 'median ms', '  p95 ms', '   req/s');
    for (const route of ROUTES) {
      for (let warmUp = 0; warmUp < 20; warmUp += 1) await (await fetch(server.url + route)).arrayBuffer();
      const timings: number[] = [];
      let status = 0;
      const started = performance.now();
      for (let request = 0; request < REQUESTS_PER_ROUTE; request += 1) {
        const before = performance.now();
        const response = await fetch(server.url + route);
        await response.arrayBuffer();
        status = response.status;
        timings.push(performance.now() - before);
      }
      const seconds = (performance.now() - started) / 1000;
      timings.sort((a, b) => a - b);
      console.log(
        route.padEnd(24),
        String(status).padStart(6),
        percentile(timings, 0.5).toFixed(1).padStart(9),
        percentile(timings, 0.95).toFixed(1).padStart(8),
        (REQUESTS_PER_ROUTE / seconds).toFixed(0).padStart(8),
      );
    }
    console.log(`server memory after the run: ${residentMegabytes(server.pid).toFixed(0)} MB resident`);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
