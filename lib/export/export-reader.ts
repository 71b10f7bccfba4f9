/**
 * The connection an export reads through: read-only, its own, inside one read transaction, so a file written over
 * seconds holds every figure exactly once even while editors save, and it blocks no one. On SQLite (in WAL mode) a
 * read transaction is that snapshot; on PostgreSQL it is a REPEATABLE READ READ ONLY transaction. It also skips the
 * app client's per-row conversion, which costs more than the reads themselves.
 */
import 'server-only';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { RunQuery } from '@/lib/data/figure-rows';
import { BUSY_TIMEOUT_MS } from '@/lib/db/connect';
import { getDatabaseLocation, getEnv, isPostgresqlUrl } from '@/lib/env';

export interface ExportReader {
  run: RunQuery;
  close: () => void;
}

export function openExportReader(): ExportReader {
  const url = getEnv().DATABASE_URL;
  return isPostgresqlUrl(url) ? openPostgresqlReader(url) : openSqliteReader(getDatabaseLocation());
}

function openSqliteReader(databasePath: string): ExportReader {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  database.exec('BEGIN');
  // Every full batch sends the same SQL text (a thousand ids): compiled once, not once a batch.
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = database.prepare(sql)));
    return statement;
  };
  return {
    run: <Row>(query: { sql: string; values: unknown[] }) => Promise.resolve(prepared(query.sql).all(...query.values) as Row[]),
    close: () => {
      if (!database.open) return;
      if (database.inTransaction) database.exec('COMMIT');
      database.close();
    },
  };
}

/** The snapshot is taken at the first read of the transaction, and held until close. */
function openPostgresqlReader(url: string): ExportReader {
  const client = new Client({ connectionString: url });
  const ready = client.connect().then(() => client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'));
  let closed = false;
  return {
    run: async <Row>(query: { text: string; values: unknown[] }) => {
      await ready;
      return (await client.query({ text: query.text, values: query.values })).rows as Row[];
    },
    close: () => {
      if (closed) return;
      closed = true;
      void ready
        .then(() => client.query('COMMIT'))
        .catch(() => undefined)
        .finally(() => client.end().catch(() => undefined));
    },
  };
}
