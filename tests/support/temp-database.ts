import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '@/lib/db/prepare';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';

/** A folder of its own for one test file, removed by the caller with `fs.rmSync(dir, { recursive: true })`. */
export function makeTempDir(prefix = 'figures-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh SQLite file migrated by the same code that migrates the app's database, with a client on it. */
export async function createMigratedDatabase(): Promise<{ dir: string; databasePath: string; prisma: PrismaClient }> {
  const dir = makeTempDir();
  const databasePath = path.join(dir, 'test.db');
  await prepareDatabase(databasePath);
  return { dir, databasePath, prisma: createPrismaClient(databasePath) };
}
