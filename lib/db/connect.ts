import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** How long a write waits for another connection's lock before failing (SQLite busy timeout). */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * A Prisma client on a SQLite file through the better-sqlite3 driver adapter (no native Prisma engine).
 * The app uses the cached client of lib/db/prisma.ts; scripts and tests call this with their own file.
 */
export function createPrismaClient(databasePath: string): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url: `file:${databasePath}`, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
