import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { diffMigrationsToSchema, readMigrationList } from '@/lib/db/migrate';
import { DatabaseSetupError, prepareDatabase } from '@/lib/db/prepare';
import { makeTempDir } from '../support/temp-database';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function tablesOf(databasePath: string): string[] {
  const database = new Database(databasePath, { readonly: true });
  const names = database
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((row) => (row as { name: string }).name);
  database.close();
  return names;
}

describe('migrations', () => {
  it('create a missing database file and its folders, apply every migration and record it', async () => {
    const databasePath = path.join(dir, 'nested', 'deeper', 'app.db');
    const result = await prepareDatabase(databasePath);

    const committed = readMigrationList().migrationDirectories.map((migration) => migration.path);
    expect(result.created).toBe(true);
    expect(result.appliedMigrations).toEqual(committed);
    expect(tablesOf(databasePath)).toEqual(
      expect.arrayContaining(['Figure', 'Place', 'Report', 'Revision', 'Source', 'User', '_prisma_migrations']),
    );
    const database = new Database(databasePath, { readonly: true });
    const recorded = database.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL').all();
    expect(recorded.map((row) => (row as { migration_name: string }).migration_name)).toEqual(committed);
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    database.close();
  });

  it('apply nothing the second time and keep the data', async () => {
    const databasePath = path.join(dir, 'app.db');
    await prepareDatabase(databasePath);
    const database = new Database(databasePath);
    database.prepare("INSERT INTO Source (name, kind, updatedAt) VALUES ('UNICEF', 'un_agency', 0)").run();
    database.close();

    const second = await prepareDatabase(databasePath);

    expect(second.appliedMigrations).toEqual([]);
    expect(second.backupPath).toBeNull();
    const reopened = new Database(databasePath, { readonly: true });
    expect(reopened.prepare('SELECT name FROM Source').all()).toEqual([{ name: 'UNICEF' }]);
    reopened.close();
  });

  it('match the Prisma schema exactly (no difference between migrations and schema)', async () => {
    await expect(diffMigrationsToSchema()).resolves.toBe('');
  });
});

describe('a database file that cannot be used', () => {
  it('is refused with a message naming the file when it is not SQLite, and left untouched', async () => {
    const databasePath = path.join(dir, 'notes.db');
    fs.writeFileSync(databasePath, 'my precious notes, not a database');

    const attempt = prepareDatabase(databasePath);

    await expect(attempt).rejects.toThrow(DatabaseSetupError);
    await expect(prepareDatabase(databasePath)).rejects.toThrow(`The file ${databasePath} is not a SQLite database`);
    expect(fs.readFileSync(databasePath, 'utf8')).toBe('my precious notes, not a database');
  });

  it('is refused as corrupt when its pages are damaged, and left untouched', async () => {
    const databasePath = path.join(dir, 'app.db');
    await prepareDatabase(databasePath);
    const bytes = fs.readFileSync(databasePath);
    // Keep the header, scramble the rest: SQLite still recognises the file but its pages are garbage.
    for (let offset = 100; offset < bytes.length; offset += 1) bytes[offset] = (offset * 7) % 251;
    fs.writeFileSync(databasePath, bytes);

    await expect(prepareDatabase(databasePath)).rejects.toThrow(/is corrupt/);
    expect(fs.readFileSync(databasePath).equals(bytes)).toBe(true);
  });

  it('is refused when its folder cannot be created', async () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    const databasePath = path.join(blocker, 'app.db');

    await expect(prepareDatabase(databasePath)).rejects.toThrow(`Cannot create the folder ${blocker}`);
  });

  it('stops with a clear message when a migration fails, keeping the data and a backup', async () => {
    const databasePath = path.join(dir, 'other-app.db');
    const database = new Database(databasePath);
    // A table of the same name as one of ours, from some other program: the first migration cannot create it.
    database.exec("CREATE TABLE Report (note TEXT); INSERT INTO Report VALUES ('keep me');");
    database.close();

    await expect(prepareDatabase(databasePath)).rejects.toThrow(
      new RegExp(`Migrating the database ${databasePath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} failed.*Nothing was deleted`),
    );
    const reopened = new Database(databasePath, { readonly: true });
    expect(reopened.prepare('SELECT note FROM Report').all()).toEqual([{ note: 'keep me' }]);
    reopened.close();
    const backups = fs.readdirSync(dir).filter((name) => name.includes('.before-migration-'));
    expect(backups).toHaveLength(1);
  });
});
