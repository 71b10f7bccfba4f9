import fs from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '@/lib/db/connect';
import { getEnv, isPostgresqlUrl } from '@/lib/env';

/**
 * Whether the database has every migration this code was written for. The same two records lib/db/migrate.ts
 * works from: the committed migrations (the provider's folders holding a migration.sql) and the migrations
 * Prisma's engine recorded as finished in `_prisma_migrations`.
 */

export interface MigrationState {
  /** Committed and applied: the code and the database agree. */
  upToDate: boolean;
  committed: string[];
  /** Committed but not applied: this code needs them, `npm run db:migrate` applies them. */
  pending: string[];
  /** Applied but not committed here: a newer release migrated the database (the code still runs on it). */
  unknown: string[];
}

/**
 * The committed migrations of the database DATABASE_URL names: prisma/migrations for SQLite, prisma/postgresql/
 * migrations for PostgreSQL. Relative to the working directory, as DATABASE_URL is: the server runs from the project
 * folder.
 */
function migrationsDirectory(): string {
  const folder = isPostgresqlUrl(getEnv().DATABASE_URL) ? ['postgresql', 'migrations'] : ['migrations'];
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'prisma', ...folder);
}

function committedMigrationNames(migrationsDir: string): string[] {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

/** A database without the `_prisma_migrations` table has applied nothing; any other failure is thrown. */
async function appliedMigrationNames(prisma: PrismaClient): Promise<string[]> {
  try {
    const rows = await prisma.$queryRaw<Array<{ migration_name: string }>>`SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`;
    return rows.map((row) => row.migration_name);
  } catch (error) {
    if (/no such table|does not exist/i.test(error instanceof Error ? error.message : String(error))) return [];
    throw error;
  }
}

export async function readMigrationState(prisma: PrismaClient, migrationsDir = migrationsDirectory()): Promise<MigrationState> {
  const committed = committedMigrationNames(migrationsDir);
  const applied = new Set(await appliedMigrationNames(prisma));
  const pending = committed.filter((name) => !applied.has(name));
  const unknown = [...applied].filter((name) => !committed.includes(name)).sort();
  return { upToDate: pending.length === 0, committed, pending, unknown };
}
