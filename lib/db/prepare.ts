import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isPostgresqlUrl } from '@/lib/env';
import { applyPendingMigrations, readMigrationList } from './migrate';
import { applyPendingPostgresqlMigrations } from './postgresql-migrations';

/** A problem with the database file that the person starting the app must fix; its message says what to do. */
export class DatabaseSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseSetupError';
  }
}

export interface PreparedDatabase {
  created: boolean;
  appliedMigrations: string[];
  /** Copy of the database taken before migrating a file that already held data. */
  backupPath: string | null;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Makes the SQLite file at `databasePath` ready for the app: creates it (and its folder) if missing, refuses a
 * file that is not a healthy SQLite database, switches it to WAL and applies pending migrations, backing up
 * existing data first. Never deletes or overwrites an existing file; every refusal is a DatabaseSetupError.
 */
export async function prepareDatabase(databasePath: string): Promise<PreparedDatabase> {
  if (isPostgresqlUrl(databasePath)) return preparePostgresqlDatabase(databasePath);
  ensureWritableFolder(databasePath);
  const existed = fs.existsSync(databasePath);
  if (existed) checkIsHealthySqlite(databasePath);

  const pending = pendingMigrationNames(databasePath);
  const backupPath = existed && pending.length > 0 && hasUserTables(databasePath) ? await backUp(databasePath) : null;

  let appliedMigrations: string[];
  try {
    appliedMigrations = await applyPendingMigrations(databasePath);
  } catch (error) {
    const restoreHint = backupPath ? ` A copy of the data from before the migration is at ${backupPath}.` : '';
    throw new DatabaseSetupError(
      `Migrating the database ${databasePath} failed: ${firstLine(error)}.${restoreHint} ` +
        'Nothing was deleted. Check that this file belongs to this app, or point DATABASE_URL at a new file.',
    );
  }
  setUpForServing(databasePath);
  return { created: !existed, appliedMigrations, backupPath };
}

/**
 * The PostgreSQL counterpart, for a postgresql:// URL: applies the pending migrations of prisma/postgresql (each in
 * the engine's own transaction). A backup beforehand is the database administrator's (pg_dump), not the app's.
 */
async function preparePostgresqlDatabase(url: string): Promise<PreparedDatabase> {
  try {
    return { created: false, appliedMigrations: await applyPendingPostgresqlMigrations(url), backupPath: null };
  } catch (error) {
    throw new DatabaseSetupError(
      `Migrating the PostgreSQL database ${redactPassword(url)} failed: ${firstLine(error)}. ` +
        'Check that the server is reachable, that the database exists and belongs to this app, and that the user may create tables.',
    );
  }
}

/** A URL fit for a message: its password, if any, replaced by ***. */
export function redactPassword(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

function ensureWritableFolder(databasePath: string): void {
  const folder = path.dirname(databasePath);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new DatabaseSetupError(
      `Cannot create the folder ${folder} for the database ${databasePath} (${errorCode(error)}). ` +
        'Create it yourself, or set DATABASE_URL to a file in a folder you can write to.',
    );
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    if (fs.existsSync(databasePath)) fs.accessSync(databasePath, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw new DatabaseSetupError(
      `Cannot write to the database ${databasePath} (${errorCode(error)}). ` +
        'Give this user write access to it and its folder, or set DATABASE_URL to a writable location.',
    );
  }
}

function checkIsHealthySqlite(databasePath: string): void {
  if (fs.statSync(databasePath).isDirectory()) {
    throw new DatabaseSetupError(`The database path ${databasePath} is a folder. Set DATABASE_URL to a file path.`);
  }
  const header = Buffer.alloc(16);
  const descriptor = fs.openSync(databasePath, 'r');
  const bytesRead = fs.readSync(descriptor, header, 0, 16, 0);
  fs.closeSync(descriptor);
  // An empty file is what SQLite itself creates before the first write: treat it as a new database.
  if (bytesRead === 0) return;
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new DatabaseSetupError(
      `The file ${databasePath} is not a SQLite database. It was left untouched. ` +
        'Move it away, or set DATABASE_URL to another file.',
    );
  }
  let verdict: string;
  try {
    const database = new Database(databasePath, { fileMustExist: true, readonly: true });
    try {
      verdict = String(database.pragma('quick_check', { simple: true }));
    } finally {
      database.close();
    }
  } catch (error) {
    verdict = firstLine(error);
  }
  if (verdict !== 'ok') {
    throw new DatabaseSetupError(
      `The database ${databasePath} is corrupt (${verdict}). It was left untouched. ` +
        'Restore it from a backup, or set DATABASE_URL to a new file to start afresh.',
    );
  }
}

function pendingMigrationNames(databasePath: string): string[] {
  const committed = readMigrationList().migrationDirectories.map((directory) => directory.path);
  if (!fs.existsSync(databasePath)) return committed;
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const table = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return committed;
    const applied = new Set(
      database
        .prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL')
        .all()
        .map((row) => (row as { migration_name: string }).migration_name),
    );
    return committed.filter((name) => !applied.has(name));
  } finally {
    database.close();
  }
}

function hasUserTables(databasePath: string): boolean {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const row = database
      .prepare("SELECT count(*) AS count FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .get() as { count: number };
    return row.count > 0;
  } finally {
    database.close();
  }
}

async function backUp(databasePath: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const backupPath = `${databasePath}.before-migration-${stamp}.bak`;
  const database = new Database(databasePath, { fileMustExist: true });
  try {
    await database.backup(backupPath);
  } finally {
    database.close();
  }
  return backupPath;
}

function setUpForServing(databasePath: string): void {
  const database = new Database(databasePath, { fileMustExist: true });
  try {
    database.pragma('journal_mode = WAL');
    refreshPlannerStatistics(database);
  } finally {
    database.close();
  }
}

/**
 * Gives SQLite's query planner statistics of the data as it is now (only where they are missing or stale, from a
 * sample, so it takes milliseconds). Without them the planner guesses, and at 100,000 figures it can pick the
 * category index for a query scoped to one place, reading a hundred times more rows than it needs.
 */
export function refreshPlannerStatistics(database: Database.Database): void {
  database.pragma('analysis_limit = 1000');
  database.pragma('optimize = 0x10002');
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? firstLine(error);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() ?? 'unknown error';
}
