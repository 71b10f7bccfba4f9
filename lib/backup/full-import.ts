/**
 * Restoring a full backup (./backup-format.ts) into a database that holds no data: every row written as it was,
 * ids included, in one transaction, or nothing at all. Users come back as accounts that cannot sign in until they
 * are given a password (a backup holds no password hashes); a user whose email already has an account here is
 * kept as it is, and the revisions of the backup's user point at that account. No revision is added: the history
 * is restored as it was. The data generation moves by itself (triggers); a route that commits must still call
 * `expireFigureDataFromRoute()` so that pages cached in memory are rendered again.
 */
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '@/lib/db/connect';
import { BACKUP_TABLES, type BackupRow, type BackupTable, type FullBackup } from './backup-format';
import { checkBackupRules } from './backup-rules';
import { readBackup, type BackupProblem } from './read-backup';
import { TABLE_COLUMNS, toStoredValue } from './stored-rows';

export type { BackupProblem } from './read-backup';

export type BackupCounts = Record<BackupTable, number>;

export interface FullImportPreview {
  /** Rows of each table in the backup (all zero when the file could not be read). */
  counts: BackupCounts;
  /** When the backup was taken, or null when the file could not be read. */
  exportedAt: string | null;
  /** Emails of the backup's users that already have an account in this database: those accounts are kept. */
  existingUsers: string[];
  /** Everything that keeps this backup from being restored here; empty when it can be. */
  problems: BackupProblem[];
}

export type FullImportResult =
  | { ok: true; counts: BackupCounts; existingUsers: string[] }
  | { ok: false; problems: BackupProblem[] };

/** The tables that must be empty before a restore (`Revision` too: restored ids would meet the history of other rows). */
const TABLES_THAT_MUST_BE_EMPTY = ['Report', 'Source', 'Place', 'Figure', 'Revision'] as const;

function countsOf(backup: FullBackup | null): BackupCounts {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, backup ? backup[table].length : 0])) as BackupCounts;
}

function openDatabase(databasePath: string, readonly: boolean): Database.Database {
  return new Database(databasePath, { readonly, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
}

/** What the database already holds of the tables a restore needs empty ("3 reports, 12 figures"), or null. */
function existingData(database: Database.Database): string | null {
  const held = TABLES_THAT_MUST_BE_EMPTY.flatMap((table) => {
    const { count } = database.prepare(`SELECT count(*) AS "count" FROM "${table}"`).get() as { count: number };
    return count > 0 ? [`${count.toLocaleString('en')} ${table.toLowerCase()}${count === 1 ? '' : 's'}`] : [];
  });
  return held.length > 0 ? held.join(', ') : null;
}

function notEmptyProblem(held: string): BackupProblem {
  return {
    path: '',
    message: `This database already holds data (${held}). A backup is only restored into a database without reports, sources, places, figures or revisions; nothing was written.`,
  };
}

function storedEmails(database: Database.Database): Map<string, number> {
  const rows = database.prepare('SELECT "id", "email" FROM "User"').all() as Array<{ id: number; email: string }>;
  return new Map(rows.map((row) => [row.email, row.id]));
}

/** The backup, or the problems of the file and of its rows. */
function readAndCheck(bytes: Uint8Array): { backup: FullBackup | null; problems: BackupProblem[] } {
  const read = readBackup(bytes);
  if (!read.ok) return { backup: null, problems: read.problems };
  return { backup: read.backup, problems: checkBackupRules(read.backup) };
}

/**
 * Reads a backup file and says what restoring it into this database would do, writing nothing: the rows per
 * table, the users whose account already exists, and every problem (not UTF-8, not JSON, another format or
 * version, a table missing, a row breaking a rule, a database that already holds data).
 */
export function previewFullImport(databasePath: string, bytes: Uint8Array): FullImportPreview {
  const { backup, problems } = readAndCheck(bytes);
  const database = openDatabase(databasePath, true);
  try {
    const held = existingData(database);
    const emails = storedEmails(database);
    return {
      counts: countsOf(backup),
      exportedAt: backup?.exportedAt ?? null,
      existingUsers: backup ? backup.users.filter((user) => emails.has(user.email)).map((user) => user.email) : [],
      problems: held ? [notEmptyProblem(held), ...problems] : problems,
    };
  } finally {
    database.close();
  }
}

/**
 * A password hash that no password matches, for a restored account: a well-formed scrypt hash (so checking a
 * password against it takes as long as any other, and says nothing about the account) whose key is all zeros,
 * which no password derives. The account signs in once someone gives it a password.
 */
function passwordThatNeverMatches(): string {
  return ['scrypt', 2 ** 15, 8, 1, randomBytes(16).toString('base64'), Buffer.alloc(64).toString('base64')].join(':');
}

function insertRows<Table extends BackupTable>(database: Database.Database, table: Table, rows: readonly BackupRow<Table>[], extra: Record<string, unknown> = {}): void {
  const { name, columns } = TABLE_COLUMNS[table];
  const names = [...columns.map((column) => column.name), ...Object.keys(extra)];
  const insert = database.prepare(`INSERT INTO "${name}" (${names.map((column) => `"${column}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
  for (const row of rows) {
    const values = columns.map((column) => toStoredValue(column, (row as Record<string, unknown>)[column.name]));
    insert.run(...values, ...Object.values(extra));
  }
}

/**
 * Writes the backup's users and returns, for each of the backup's user ids, the id of the account its revisions
 * now belong to: the same id, the existing account with that email, or a new id when another account has it.
 */
function restoreUsers(database: Database.Database, users: readonly BackupRow<'users'>[]): { accountOf: Map<number, number>; existing: string[] } {
  const emails = storedEmails(database);
  const takenIds = new Set(emails.values());
  const accountOf = new Map<number, number>();
  const existing: string[] = [];
  const renumbered: BackupRow<'users'>[] = [];
  for (const user of users) {
    const account = emails.get(user.email);
    if (account !== undefined) {
      accountOf.set(user.id, account);
      existing.push(user.email);
    } else if (takenIds.has(user.id)) {
      renumbered.push(user);
    } else {
      insertRows(database, 'users', [user], { passwordHash: passwordThatNeverMatches() });
      accountOf.set(user.id, user.id);
    }
  }
  // After every user that keeps its id, so that a new id never takes one of theirs.
  const { columns } = TABLE_COLUMNS.users;
  const others = columns.filter((column) => column.name !== 'id');
  const insert = database.prepare(
    `INSERT INTO "User" (${others.map((column) => `"${column.name}"`).join(', ')}, "passwordHash") VALUES (${others.map(() => '?').join(', ')}, ?)`,
  );
  for (const user of renumbered) {
    const values = others.map((column) => toStoredValue(column, user[column.name as keyof typeof user]));
    accountOf.set(user.id, Number(insert.run(...values, passwordThatNeverMatches()).lastInsertRowid));
  }
  return { accountOf, existing };
}

class RestoreRefused extends Error {
  constructor(readonly problems: BackupProblem[]) {
    super(problems[0]?.message ?? 'refused');
  }
}

/**
 * Restores a backup file into this database in one transaction, ids kept, after checking it as
 * `previewFullImport` does: with any problem, or when the database already holds reports, sources, places, figures
 * or revisions, nothing is written and the problems are returned. The caller expires cached pages afterwards
 * (`expireFigureDataFromRoute()` in a route handler).
 */
export function commitFullImport(databasePath: string, bytes: Uint8Array): FullImportResult {
  const { backup, problems } = readAndCheck(bytes);
  if (!backup || problems.length > 0) return { ok: false, problems };
  const database = openDatabase(databasePath, false);
  try {
    const restore = database.transaction(() => {
      // Checked inside the transaction, which holds the write lock: nobody can add data in between.
      const held = existingData(database);
      if (held) throw new RestoreRefused([notEmptyProblem(held)]);
      // Parents, wholes and the rows they point at are checked at commit, so the order of the rows does not matter.
      database.pragma('defer_foreign_keys = ON');
      insertRows(database, 'sources', backup.sources);
      insertRows(database, 'places', backup.places);
      insertRows(database, 'reports', backup.reports);
      insertRows(database, 'figures', backup.figures);
      const { accountOf, existing } = restoreUsers(database, backup.users);
      const revisions = backup.revisions.map((revision) => ({ ...revision, userId: revision.userId === null ? null : accountOf.get(revision.userId) ?? null }));
      insertRows(database, 'revisions', revisions);
      return existing;
    });
    let existingUsers: string[];
    try {
      existingUsers = restore.immediate();
    } catch (error) {
      if (error instanceof RestoreRefused) return { ok: false, problems: error.problems };
      throw error;
    }
    // A bulk load changes the shape of the data at once: give the query planner its statistics now.
    database.exec('ANALYZE');
    return { ok: true, counts: countsOf(backup), existingUsers };
  } finally {
    database.close();
  }
}
