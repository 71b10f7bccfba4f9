import 'server-only';
import Database from 'better-sqlite3';
import type { RunQuery } from '@/lib/data/figure-rows';
import { BUSY_TIMEOUT_MS } from '@/lib/db/connect';
import { getDatabasePath } from '@/lib/env';

/**
 * The connection an export reads through: read-only, its own, inside one read transaction. In WAL mode that is a
 * snapshot, so a file written over seconds holds every figure exactly once even while editors save, and it blocks
 * no one. It also skips the app client's per-row conversion, which costs more than the reads themselves.
 */
export interface ExportReader {
  run: RunQuery;
  close: () => void;
}

export function openExportReader(): ExportReader {
  const database = new Database(getDatabasePath(), { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  database.exec('BEGIN');
  // Every full batch sends the same SQL text (a thousand ids): compiled once, not once a batch.
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = database.prepare(sql)));
    return statement;
  };
  return {
    run: async <Row>(query: { sql: string; values: unknown[] }) => prepared(query.sql).all(...query.values) as Row[],
    close: () => {
      if (!database.open) return;
      if (database.inTransaction) database.exec('COMMIT');
      database.close();
    },
  };
}
