import Database from 'better-sqlite3';

/**
 * Every row of every table of an SQLite file, in rowid order, for comparing a database before and after.
 * `DataGeneration` is left out unless asked for: it moves with every write by design.
 */
export function dumpDatabase(databasePath: string, { withGeneration = false } = {}): Record<string, unknown[]> {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const tables = (
      database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>
    )
      .map((row) => row.name)
      .filter((name) => withGeneration || name !== 'DataGeneration');
    return Object.fromEntries(tables.map((table) => [table, database.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]));
  } finally {
    database.close();
  }
}
