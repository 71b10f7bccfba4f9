import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { freePort, startServer, type RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

/**
 * GET /api/health against the real server: 200 while it can serve, 503 when the database is unreachable or lacks
 * a committed migration (checked on every request, so it recovers without a restart), never cached.
 */

let dir: string;
let databasePath: string;
let prisma: PrismaClient;
const servers: RunningServer[] = [];

const COMMITTED = fs
  .readdirSync(path.join(__dirname, '..', '..', 'prisma', 'migrations'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

beforeAll(async () => {
  ({ dir, databasePath, prisma } = await createMigratedDatabase());
  await seedDatabase(prisma);
  servers.push(await startServer(databasePath));
}, 120_000);
afterAll(async () => {
  await Promise.allSettled(servers.map((server) => server.stop()));
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function health(baseUrl: string): Promise<{ status: number; cacheControl: string | null; body: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}/api/health`);
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as Record<string, unknown> };
}

describe('GET /api/health', () => {
  it('answers 200 with the database reachable, every committed migration applied and the local cache, never cached', async () => {
    const answer = await health(servers[0]!.url);
    expect(answer).toEqual({
      status: 200,
      cacheControl: 'no-store',
      body: {
        status: 'ok',
        database: { reachable: true },
        migrations: { upToDate: true, committed: COMMITTED, pending: [], unknown: [] },
        cache: { kind: 'local', reachable: true },
      },
    });
  });

  it('answers 503 naming the migration the database lacks, and 200 again once it is applied', async () => {
    const sqlite = new Database(databasePath);
    try {
      const latest = COMMITTED.at(-1)!;
      const row = sqlite.prepare('SELECT * FROM _prisma_migrations WHERE migration_name = ?').get(latest) as Record<string, unknown>;
      sqlite.prepare('DELETE FROM _prisma_migrations WHERE migration_name = ?').run(latest);
      try {
        const answer = await health(servers[0]!.url);
        expect(answer.status).toBe(503);
        expect(answer.body).toMatchObject({ status: 'failing', database: { reachable: true }, migrations: { upToDate: false, pending: [latest] } });
      } finally {
        const columns = Object.keys(row);
        sqlite.prepare(`INSERT INTO _prisma_migrations (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...Object.values(row));
      }
      expect((await health(servers[0]!.url)).status).toBe(200);
    } finally {
      sqlite.close();
    }
  });

  it('stays 200 with a migration of a newer release applied, naming it, so old instances keep serving during an upgrade', async () => {
    const sqlite = new Database(databasePath);
    const newer = '29991231000000_from_a_newer_release';
    try {
      sqlite
        .prepare("INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, started_at, applied_steps_count) VALUES (?, 'x', ?, ?, ?, 1)")
        .run('newer-release', newer, new Date().toISOString(), new Date().toISOString());
      const answer = await health(servers[0]!.url);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'ok', migrations: { upToDate: true, pending: [], unknown: [newer] } });
    } finally {
      sqlite.prepare('DELETE FROM _prisma_migrations WHERE migration_name = ?').run(newer);
      sqlite.close();
    }
  });

  it('answers 503 when the database cannot be opened', async () => {
    const unreachable = path.join(dir, 'no-such-folder', 'figures.db');
    const server = await startServer(unreachable, {}, { path: '/api/health', statuses: [503] });
    servers.push(server);
    const answer = await health(server.url);
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ status: 'failing', database: { reachable: false, error: expect.any(String) }, migrations: null });
  });

  it('stays 200 but degraded, serving pages, when its Redis does not answer, and says so once in the log', async () => {
    const server = await startServer(databasePath, { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    servers.push(server);
    for (let request = 0; request < 5; request += 1) expect((await fetch(`${server.url}/`)).status).toBe(200);
    const answer = await health(server.url);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'degraded', cache: { kind: 'redis', reachable: false } });
    expect(server.output().match(/Shared cache at \S+ unreachable/g)).toHaveLength(1);
  });
});
