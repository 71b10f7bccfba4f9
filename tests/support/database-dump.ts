import Database from 'better-sqlite3';

/**
 * Every row of every table of an SQLite file, in rowid order, for comparing a database before and after.
 * `DataGeneration` is left out unless asked for (it moves with every write by design), and so is `sqlite_sequence`
 * (the next ids), unless asked for: with both, two dumps are equal only when nothing at all was written in between.
 */
export function dumpDatabase(
  databasePath: string,
  { withGeneration = false, withSequence = false } = {},
): Record<string, unknown[]> {
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

/** Everything in the file: the dump to compare when nothing at all may have been written. */
export const EVERY_ROW = { withGeneration: true, withSequence: true } as const;
