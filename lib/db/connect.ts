import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type Database from 'better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** How long a write waits for another connection's lock before failing (SQLite busy timeout). */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * A Prisma client on a SQLite file through the better-sqlite3 driver adapter (no native Prisma engine).
 * The app uses the cached client of lib/db/prisma.ts; scripts and tests call this with their own file.
 */
export function createPrismaClient(databasePath: string): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url: `file:${databasePath}`, timeout: BUSY_TIMEOUT_MS });
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
  connection.client.prepare = ((sql: string) => prepare(sql === 'BEGIN' ? 'BEGIN IMMEDIATE' : sql)) as typeof prepare;
}

export type { PrismaClient };
