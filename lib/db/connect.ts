import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type Database from 'better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresqlPrismaClient } from '@/lib/generated/prisma-postgresql/client';
import { isPostgresqlUrl } from '@/lib/env';
import { retryingConflicts } from './retry';

/** How long a write waits for another connection's lock before failing (SQLite busy timeout). */
export const BUSY_TIMEOUT_MS = 5_000;

/** Connections a PostgreSQL client keeps open at most (per process). */
const POSTGRESQL_POOL_SIZE = 10;
/**
 * How long a PostgreSQL transaction may wait for one of those connections, and run. A burst of writers (sign-ins,
 * saves) queues for the pool rather than failing after Prisma's default 2 seconds.
 */
const POSTGRESQL_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

/**
 * A Prisma client through a driver adapter (no native Prisma engine): on PostgreSQL when `location` is a
 * postgresql:// URL, otherwise on the SQLite file at that path. The app uses the cached client of lib/db/prisma.ts;
 * scripts and tests call this with their own database.
 *
 * Prisma generates one client per provider (lib/generated/prisma and lib/generated/prisma-postgresql) from the
 * same data model (lib/db/postgresql-schema.ts), so their model APIs are the same: the code is typed against the
 * SQLite client's, and a PostgreSQL client is handed out as one.
 */
export function createPrismaClient(location: string): PrismaClient {
  if (isPostgresqlUrl(location)) {
    const adapter = new PrismaPg({ connectionString: location, max: POSTGRESQL_POOL_SIZE });
    const client = new PostgresqlPrismaClient({ adapter, transactionOptions: POSTGRESQL_TRANSACTION_OPTIONS });
    // An interactive transaction is a function that can run again from the start: it does, after a write conflict
    // or a deadlock (lib/db/retry.ts). A batch (an array of queries) is sent once, as it is.
    const transaction = client.$transaction.bind(client) as (work: unknown, options?: unknown) => Promise<unknown>;
    (client as { $transaction: unknown }).$transaction = (work: unknown, options?: unknown) =>
      typeof work === 'function' ? retryingConflicts(() => transaction(work, options)) : transaction(work, options);
    return client as unknown as PrismaClient;
  }
  const adapter = new PrismaBetterSqlite3({ url: `file:${location}`, timeout: BUSY_TIMEOUT_MS });
  const connect = adapter.connect.bind(adapter);
  // In WAL mode, synchronous = NORMAL makes a commit append to the WAL without waiting for the disk (the WAL is
  // synced at checkpoints): a crash of the app loses nothing committed, a power cut at most the last commits, and the
  // database is never corrupted. better-sqlite3 runs on the server's one thread, so a commit that waited for the disk
  // would hold up every request meanwhile.
  adapter.connect = async () => {
    const connection = await connect();
    await connection.executeScript('PRAGMA synchronous = NORMAL');
    beginTransactionsImmediately(connection as unknown as { client: Database.Database });
    return connection;
  };
  return new PrismaClient({ adapter });
}

/**
 * The adapter opens transactions with a plain (deferred) BEGIN, which takes the write lock only at the first write.
 * Within one process it runs one transaction at a time; but when several app instances share the file, a
 * transaction that read before another process committed cannot take the lock at all (SQLITE_BUSY at once, no
 * waiting), and a save would fail with a 500. BEGIN IMMEDIATE takes the lock first, waiting up to BUSY_TIMEOUT_MS,
 * so the transaction reads what the other committed and its version check refuses a stale save as a conflict.
 */
function beginTransactionsImmediately(connection: { client: Database.Database }): void {
  const prepare = connection.client.prepare.bind(connection.client);
  connection.client.prepare = ((sql: string) => prepare(sql === 'BEGIN' ? 'BEGIN IMMEDIATE' : sql));
}

export type { PrismaClient };
