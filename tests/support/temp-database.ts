import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { testDatabase } from './test-database';

/** A folder of its own for one test file, removed by the caller with `fs.rmSync(dir, { recursive: true })`. */
export function makeTempDir(prefix = 'figures-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A fresh database migrated by the same code that migrates the app's (SQLite, or PostgreSQL in that project: see
 * tests/support/test-database.ts), with a client on it. `drop` removes both; call it after disconnecting.
 */
export async function createMigratedDatabase(): Promise<{ dir: string; databasePath: string; prisma: PrismaClient; drop: () => Promise<void> }> {
  const database = testDatabase('test');
  await database.create();
  return { dir: database.dir, databasePath: database.location, prisma: createPrismaClient(database.location), drop: () => database.drop() };
}
