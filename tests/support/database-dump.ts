import Database from 'better-sqlite3';

/**
 * Every row of every table of a SQLite file (sqlite_sequence included), as one JSON text: two dumps are equal only
 * when nothing at all was written in between.
 */
export function dumpDatabase(databasePath: string): string {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const tables = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
    const dump = Object.fromEntries(
      tables.map(({ name }) => [name, database.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all()]),
    );
    return JSON.stringify(dump, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  } finally {
    database.close();
  }
}
