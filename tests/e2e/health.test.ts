import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { prepareDatabase } from '@/lib/db/prepare';
import { seedDatabase } from '@/prisma/seed';
import { testSessionSecret } from '../support/admin';
import { freePort, startServer, type RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';
import { createPostgresqlDatabase, dropPostgresqlDatabase } from '../support/test-database';

/**
 * GET /api/health against the real server: 200 while it can serve, 503 when the database is unreachable or lacks
 * a committed migration (checked on every request, so it recovers without a restart), never cached. On SQLite, and
 * on PostgreSQL too when TEST_DATABASE_URL names a server (a database of this file's own, dropped after).
 */

const ROOT = path.join(__dirname, '..', '..');

/** The migrations committed for a provider, as the health check lists them. */
function committedMigrations(...folder: string[]): string[] {
  return fs
    .readdirSync(path.join(ROOT, 'prisma', ...folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A migrated, seeded database the servers of one describe run on. */
interface HealthDatabase {
  /** What the server's environment needs for it. */
  environment: Record<string, string>;
  /** The environment of a server whose database cannot be reached. */
  unreachable: () => Promise<Record<string, string>>;
  committed: string[];
  prisma: PrismaClient;
  remove: () => Promise<void>;
}

async function sqliteDatabase(): Promise<HealthDatabase> {
  const { dir, databasePath, prisma, drop } = await createMigratedDatabase();
  return {
    environment: { DATABASE_URL: `file:${databasePath}` },
    unreachable: () => Promise.resolve({ DATABASE_URL: `file:${path.join(dir, 'no-such-folder', 'figures.db')}` }),
    committed: committedMigrations('migrations'),
    prisma,
    remove: drop,
  };
}

async function postgresqlDatabase(server: string): Promise<HealthDatabase> {
  const name = `figures_health_${randomBytes(4).toString('hex')}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  await createPostgresqlDatabase(name);
  await prepareDatabase(url.toString());
  const secret = testSessionSecret();
  return {
    environment: { DATABASE_URL: url.toString(), SESSION_SECRET: secret },
    // Nothing listens on a port just found free.
    unreachable: async () => ({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${await freePort()}/${name}`, SESSION_SECRET: secret }),
    committed: committedMigrations('postgresql', 'migrations'),
    prisma: createPrismaClient(url.toString()),
    remove: () => dropPostgresqlDatabase(name),
  };
}

async function health(baseUrl: string): Promise<{ status: number; cacheControl: string | null; body: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}/api/health`);
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as Record<string, unknown> };
}

const postgresqlServer = process.env.TEST_DATABASE_URL;
const DATABASES: Array<[string, () => Promise<HealthDatabase>]> = [['SQLite', sqliteDatabase]];
if (postgresqlServer) DATABASES.push(['PostgreSQL', () => postgresqlDatabase(postgresqlServer)]);

describe.each(DATABASES)('GET /api/health on %s', (_, createDatabase) => {
  let database: HealthDatabase | undefined;
  const servers: RunningServer[] = [];
  const start = async (environment: Record<string, string>, readiness?: Parameters<typeof startServer>[2]) => {
    const server = await startServer('', environment, readiness);
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    database = await createDatabase();
    await seedDatabase(database.prisma);
    await start(database.environment);
  }, 120_000);
  afterAll(async () => {
    await Promise.allSettled(servers.map((server) => server.stop()));
    await database?.prisma.$disconnect();
    await database?.remove();
  });

  it('answers 200 with the database reachable, every committed migration applied and the local cache, never cached', async () => {
    const answer = await health(servers[0]!.url);
    expect(answer).toEqual({
      status: 200,
      cacheControl: 'no-store',
      body: {
        status: 'ok',
        database: { reachable: true },
        migrations: { upToDate: true, committed: database!.committed, pending: [], unknown: [] },
        cache: { kind: 'local', reachable: true },
      },
    });
  });

  it('answers 503 naming the migration the database lacks, and 200 again once it is applied', async () => {
    const { prisma, committed } = database!;
    const latest = committed.at(-1)!;
    // Unfinished in Prisma's record, as a migration that failed half way: the app counts it as not applied.
    expect(await prisma.$executeRaw`UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = ${latest}`).toBe(1);
    try {
      const answer = await health(servers[0]!.url);
      expect(answer.status).toBe(503);
      expect(answer.body).toMatchObject({ status: 'failing', database: { reachable: true }, migrations: { upToDate: false, pending: [latest] } });
    } finally {
      await prisma.$executeRaw`UPDATE "_prisma_migrations" SET "finished_at" = "started_at" WHERE "migration_name" = ${latest}`;
    }
    expect((await health(servers[0]!.url)).status).toBe(200);
  });

  it('stays 200 with a migration of a newer release applied, naming it, so old instances keep serving during an upgrade', async () => {
    const { prisma } = database!;
    const newer = '29991231000000_from_a_newer_release';
    await prisma.$executeRaw`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at", "started_at", "applied_steps_count")
      VALUES ('newer-release', 'x', ${newer}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`;
    try {
      const answer = await health(servers[0]!.url);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'ok', migrations: { upToDate: true, pending: [], unknown: [newer] } });
    } finally {
      await prisma.$executeRaw`DELETE FROM "_prisma_migrations" WHERE "migration_name" = ${newer}`;
    }
  });

  it('answers 503 when the database cannot be reached', async () => {
    const server = await start(await database!.unreachable(), { path: '/api/health', statuses: [503] });
    const answer = await health(server.url);
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ status: 'failing', database: { reachable: false, error: expect.any(String) }, migrations: null });
  });

  it('stays 200 but degraded, serving pages, when its Redis does not answer, and says so once in the log', async () => {
    const server = await start({ ...database!.environment, REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    for (let request = 0; request < 5; request += 1) expect((await fetch(`${server.url}/`)).status).toBe(200);
    const answer = await health(server.url);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'degraded', cache: { kind: 'redis', reachable: false } });
    expect(server.output().match(/Shared cache at \S+ unreachable/g)).toHaveLength(1);
  });
});
