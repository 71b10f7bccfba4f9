import Database from 'better-sqlite3';
import { Client } from 'pg';
import { isPostgresqlUrl } from '@/lib/env';

/**
 * Every row of every table of a database (a SQLite file's path or a PostgreSQL URL), in insertion (rowid) or id
 * order, for comparing a database before and after. `DataGeneration` is left out unless asked for (it moves with
 * every write by design), and so is `sqlite_sequence` (the next ids), unless asked for: with both, two SQLite dumps
 * are equal only when nothing at all was written in between. PostgreSQL's sequences are not transactional (a
 * rolled-back insert still uses up its id), so they are never compared.
 */
export async function dumpDatabase(location: string, { withGeneration = false, withSequence = false } = {}): Promise<Record<string, unknown[]>> {
  return isPostgresqlUrl(location) ? dumpPostgresql(location, withGeneration) : dumpSqlite(location, withGeneration, withSequence);
}

function dumpSqlite(databasePath: string, withGeneration: boolean, withSequence: boolean): Record<string, unknown[]> {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const tables = (database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>)
      .map((row) => row.name)
      .filter((name) => (withSequence ? name === 'sqlite_sequence' || !name.startsWith('sqlite_') : !name.startsWith('sqlite_')))
      .filter((name) => withGeneration || name !== 'DataGeneration');
    return Object.fromEntries(tables.map((table) => [table, database.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]));
  } finally {
    database.close();
  }
}

async function dumpPostgresql(url: string, withGeneration: boolean): Promise<Record<string, unknown[]>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows
      .map((row: { name: string }) => row.name)
      .filter((name) => withGeneration || name !== 'DataGeneration');
    const dump: Record<string, unknown[]> = {};
    for (const table of tables) dump[table] = (await client.query(`SELECT * FROM "${table}" ORDER BY 1`)).rows;
    return dump;
  } finally {
    await client.end();
  }
}

/** Everything in the database: the dump to compare when nothing at all may have been written. */
export const EVERY_ROW = { withGeneration: true, withSequence: true } as const;
