/**
 * Backups and restores of the app's SQLite file through SQLite's online backup API: a backup is a consistent copy
 * taken while the app keeps serving; a restore copies a checked backup back into the live file page by page, under
 * SQLite's locks, so a running server reads the restored data at its next query. Every refusal is a
 * DatabaseSetupError whose message says what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_DIR } from './migrate';
import { DatabaseSetupError, prepareDatabase } from './prepare';

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** Tables a database of this app always has. */
export const APP_TABLES = ['Report', 'Source', 'Place', 'Figure', 'Revision', 'User', 'DataGeneration'] as const;

/** `<folder of the database>/backups/<name>-YYYY-MM-DDTHH-MM-SS.db`, with -2, -3… when that second is taken. */
function backupPathFor(databasePath: string, now: Date, label = ''): string {
  const folder = path.join(path.dirname(databasePath), 'backups');
  fs.mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const base = `${path.basename(databasePath, path.extname(databasePath))}${label}-${stamp}`;
  for (let copy = 1; ; copy += 1) {
    const candidate = path.join(folder, `${base}${copy === 1 ? '' : `-${copy}`}.db`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Copies the database into a new timestamped file beside it and returns its path. */
export async function backUpDatabase(databasePath: string, { now = new Date(), label = '' } = {}): Promise<string> {
  if (!fs.existsSync(databasePath)) throw new DatabaseSetupError(`There is no database at ${databasePath} to back up.`);
  const target = backupPathFor(databasePath, now, label);
  const partial = `${target}.partial`;
  const database = new Database(databasePath, { fileMustExist: true, readonly: true });
  try {
    await database.backup(partial);
  } finally {
    database.close();
  }
  // A backup is one self-contained file (no -wal beside it), and gets its final name only once complete, so a
  // file named like a backup is always a whole one.
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fs.renameSync(partial, target);
  return target;
}

function codeMigrationNames(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** What a checked backup holds: its data generation and the migrations it lacks (older than the code). */
export interface CheckedBackup {
  generation: number;
  missingMigrations: string[];
}

/** Refuses anything but a healthy SQLite database of this app whose migrations the code knows. */
export function checkBackupFile(file: string): CheckedBackup {
  const refuse = (why: string): never => {
    throw new DatabaseSetupError(`${file} cannot be restored: ${why}. Nothing was changed.`);
  };
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) refuse('there is no such file');
  const header = Buffer.alloc(16);
  const descriptor = fs.openSync(file, 'r');
  try {
    fs.readSync(descriptor, header, 0, 16, 0);
  } finally {
    fs.closeSync(descriptor);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) refuse('it is not an SQLite database');

  try {
    return checkBackupContents(file, refuse);
  } catch (error) {
    if (error instanceof DatabaseSetupError) throw error;
    // A file damaged beyond what quick_check reports makes SQLite itself fail ("database disk image is malformed").
    return refuse(`SQLite cannot read it, it is damaged (${String((error as { message?: unknown } | null)?.message ?? error)})`);
  }
}

function checkBackupContents(file: string, refuse: (why: string) => never): CheckedBackup {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const quickCheck = database.pragma('quick_check', { simple: true });
    if (quickCheck !== 'ok') refuse(`SQLite finds it damaged (${String(quickCheck)})`);
    const tables = new Set((database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((row) => row.name));
    if (!tables.has('_prisma_migrations')) refuse('it has no _prisma_migrations table, so it is not a database of this app');
    const missingTables = APP_TABLES.filter((table) => !tables.has(table));
    if (missingTables.length > 0) refuse(`it lacks the app's table(s) ${missingTables.join(', ')}`);
    const applied = (
      database.prepare(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as Array<{ name: string }>
    ).map((row) => row.name);
    const known = codeMigrationNames();
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length > 0) refuse(`it was written by a newer version of the app (migration ${unknown.join(', ')}); update the app first`);
    const row = database.prepare(`SELECT value FROM "DataGeneration" WHERE id = 1`).get() as { value: number } | undefined;
    return { generation: Number(row?.value ?? 0), missingMigrations: known.filter((name) => !applied.includes(name)) };
  } finally {
    database.close();
  }
}

function readGeneration(databasePath: string): number {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const hasTable = database.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'DataGeneration'`).get();
    if (!hasTable) return 0;
    const row = database.prepare(`SELECT value FROM "DataGeneration" WHERE id = 1`).get() as { value: number } | undefined;
    return Number(row?.value ?? 0);
  } finally {
    database.close();
  }
}

export interface RestoreResult {
  /** The copy of the database as it was before the restore (null when there was none). */
  previousCopy: string | null;
  generation: number;
  appliedMigrations: string[];
}

/**
 * Restores `backupFile` into the database at `databasePath` after checking it, keeping a backup of the current
 * file first. The data generation ends past both the current and the restored one, so no cache keyed by it can
 * hand out data of either as the other.
 */
export async function restoreDatabase(databasePath: string, backupFile: string, { now = new Date() } = {}): Promise<RestoreResult> {
  const backup = checkBackupFile(backupFile);
  const exists = fs.existsSync(databasePath);
  const previousCopy = exists ? await backUpDatabase(databasePath, { now, label: '-before-restore' }) : null;
  const currentGeneration = exists ? readGeneration(databasePath) : 0;

  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(databasePath);
  } finally {
    source.close();
  }
  const generation = Math.max(currentGeneration, backup.generation) + 1;
  const target = new Database(databasePath, { fileMustExist: true });
  try {
    target.pragma('busy_timeout = 5000');
    // The copy carries the backup's journal mode; the app serves in WAL.
    if (target.pragma('journal_mode', { simple: true }) !== 'wal') target.pragma('journal_mode = WAL');
    target.prepare(`UPDATE "DataGeneration" SET value = ? WHERE id = 1`).run(generation);
  } finally {
    target.close();
  }
  // A backup from an older version of the app gets the migrations it lacks.
  const appliedMigrations = backup.missingMigrations.length > 0 ? (await prepareDatabase(databasePath)).appliedMigrations : [];
  return { previousCopy, generation, appliedMigrations };
}
