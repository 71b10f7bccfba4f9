import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '@/lib/db/connect';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupTable } from './backup-format';
import { TABLE_COLUMNS, toBackupValue } from './stored-rows';
import { toDateString } from '@/lib/format/dates';

/**
 * The whole database as one backup document (./backup-format.ts), streamed: each table is read in id order a batch
 * at a time and written out one row a line, so memory stays bounded at any size, and two exports of the same data
 * differ only in `exportedAt`. The export reads on a connection of its own inside one read transaction: in WAL
 * mode that is a snapshot, so the document is consistent even while editors keep writing, and it blocks no one.
 */

/** Rows read at a time: report texts, and revisions that hold them, can be long. */
const BATCH_SIZES: Record<BackupTable, number> = { reports: 100, sources: 1_000, places: 1_000, figures: 1_000, revisions: 200, users: 1_000 };

/** The backup document's text, piece by piece: the heading, then each table's rows, a batch at a time. */
export function* fullExportChunks(databasePath: string, exportedAt: Date = new Date()): Generator<string> {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    database.exec('BEGIN');
    yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())}`;
    for (const table of BACKUP_TABLES) yield* tableChunks(database, table);
    yield '}\n';
    database.exec('COMMIT');
  } finally {
    database.close();
  }
}

function* tableChunks(database: Database.Database, table: BackupTable): Generator<string> {
  const { name, columns } = TABLE_COLUMNS[table];
  // Only the columns of the format are read: a user's password hash never leaves the database.
  const select = database.prepare(
    `SELECT ${columns.map((column) => `"${column.name}"`).join(', ')} FROM "${name}" WHERE "id" > ? ORDER BY "id" LIMIT ?`,
  );
  const batchSize = BATCH_SIZES[table];
  let written = 0;
  yield `,\n${JSON.stringify(table)}:[`;
  for (let afterId = 0; ; ) {
    const rows = select.all(afterId, batchSize) as Array<Record<string, unknown>>;
    if (rows.length > 0) {
      yield rows
        .map((row, index) => {
          const backupRow = Object.fromEntries(columns.map((column) => [column.name, toBackupValue(column, row[column.name])]));
          return `${written + index === 0 ? '\n' : ',\n'}${JSON.stringify(backupRow)}`;
        })
        .join('');
      written += rows.length;
      afterId = rows[rows.length - 1]!.id as number;
    }
    if (rows.length < batchSize) break;
  }
  yield written === 0 ? ']' : '\n]';
}

/**
 * The whole database as a backup document: a UTF-8 byte stream, read from the database only as fast as it is
 * consumed (a download, or a script writing a file). Cancelling it closes its connection.
 */
export function streamFullExport(databasePath: string, exportedAt: Date = new Date()): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = fullExportChunks(databasePath, exportedAt);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      chunks.return(undefined);
    },
  });
}

/** The file name of a backup taken on this day: figures-backup-2026-12-01.json. */
export function backupFileName(day: Date = new Date()): string {
  return `figures-backup-${toDateString(day)}.json`;
}
