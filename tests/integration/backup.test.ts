import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backUpDatabase, checkBackupFile, restoreDatabase } from '@/lib/db/backup';
import type { PrismaClient } from '@/lib/db/connect';
import { DatabaseSetupError } from '@/lib/db/prepare';
import { seedDatabase } from '@/prisma/seed';
import { dumpDatabase } from '../support/database-dump';
import { createMigratedDatabase, makeTempDir } from '../support/temp-database';

let dir: string;
let databasePath: string;
let prisma: PrismaClient;

beforeAll(async () => {
  ({ dir, databasePath, prisma } = await createMigratedDatabase());
  await seedDatabase(prisma);
});
afterAll(async () => {
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

function generationOf(file: string): number {
  const database = new Database(file, { readonly: true });
  try {
    return Number((database.prepare('SELECT value FROM DataGeneration WHERE id = 1').get() as { value: number }).value);
  } finally {
    database.close();
  }
}

describe('backing up and restoring the database', () => {
  it('takes a timestamped copy and restores it exactly, keeping the data it replaces', async () => {
    const backupPath = await backUpDatabase(databasePath, { now: new Date('2026-12-01T21:30:00Z') });
    expect(backupPath).toBe(path.join(dir, 'backups', 'test-2026-12-01T21-30-00.db'));
    const atBackup = await dumpDatabase(databasePath);
    expect(await dumpDatabase(backupPath)).toEqual(atBackup);

    // Later edits, which the restore must undo.
    const figure = await prisma.figure.findFirstOrThrow({ where: { rawText: '23' } });
    await prisma.figure.update({ where: { id: figure.id }, data: { counted: 'edited after the backup', version: { increment: 1 } } });
    await prisma.source.create({ data: { name: 'A source added after the backup', kind: 'other' } });
    const edited = await dumpDatabase(databasePath);
    const generationBefore = generationOf(databasePath);

    const result = await restoreDatabase(databasePath, backupPath, { now: new Date('2026-12-01T22:00:00Z') });
    expect(await dumpDatabase(databasePath)).toEqual(atBackup);
    expect(result.previousCopy).toBe(path.join(dir, 'backups', 'test-before-restore-2026-12-01T22-00-00.db'));
    expect(await dumpDatabase(result.previousCopy!)).toEqual(edited);
    // Past both the replaced data's generation and the backup's, so no cache keyed by it is reused.
    expect(result.generation).toBe(Math.max(generationBefore, generationOf(backupPath)) + 1);
    expect(generationOf(databasePath)).toBe(result.generation);
    // The live client reads the restored data at once.
    expect((await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).counted).toBe(figure.counted);
  });

  it('names a second backup within the same second apart from the first', async () => {
    const now = new Date('2026-12-02T08:00:00Z');
    const first = await backUpDatabase(databasePath, { now });
    const second = await backUpDatabase(databasePath, { now });
    expect(path.basename(first)).toBe('test-2026-12-02T08-00-00.db');
    expect(path.basename(second)).toBe('test-2026-12-02T08-00-00-2.db');
  });

  describe('refuses to restore, changing nothing,', () => {
    const otherDir = makeTempDir('backup-refusals-');
    afterAll(() => fs.rmSync(otherDir, { recursive: true, force: true }));

    const cases: Array<[string, () => Promise<string> | string, RegExp]> = [
      ['a missing file', () => path.join(otherDir, 'missing.db'), /there is no such file/],
      [
        'a text file',
        () => {
          const file = path.join(otherDir, 'notes.db');
          fs.writeFileSync(file, 'these are not the figures you are looking for\n'.repeat(20));
          return file;
        },
        /not an SQLite database/,
      ],
      [
        'an SQLite database of another app',
        () => {
          const file = path.join(otherDir, 'other-app.db');
          const database = new Database(file);
          database.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (1)');
          database.close();
          return file;
        },
        /no _prisma_migrations table/,
      ],
      [
        'a database missing one of the app’s tables',
        async () => {
          const file = await backUpDatabase(databasePath);
          const database = new Database(file);
          database.exec('DROP TABLE "Proposal"; DROP TABLE "Revision"');
          database.close();
          return file;
        },
        /lacks the app's table\(s\) Revision/,
      ],
      [
        'a backup written by a newer version of the app',
        async () => {
          const file = await backUpDatabase(databasePath);
          const database = new Database(file);
          database
            .prepare(`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'x', ?, 0, 0, 1)`)
            .run('29991231000000_from_the_future');
          database.close();
          return file;
        },
        /newer version of the app \(migration 29991231000000_from_the_future\)/,
      ],
      [
        'a damaged database',
        async () => {
          const file = await backUpDatabase(databasePath);
          const bytes = fs.readFileSync(file);
          // Garbage over the pages after the first two, keeping the header readable.
          bytes.fill(0x5a, 8192, Math.min(bytes.length, 8192 * 6));
          fs.writeFileSync(file, bytes);
          return file;
        },
        /damaged|malformed|not a database/,
      ],
    ];

    it.each(cases)('%s', async (_name, makeFile, message) => {
      const file = await makeFile();
      const before = await dumpDatabase(databasePath, { withGeneration: true });
      const backups = fs.readdirSync(path.join(dir, 'backups')).length;
      let error: unknown;
      try {
        await restoreDatabase(databasePath, file);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(message);
      expect(await dumpDatabase(databasePath, { withGeneration: true })).toEqual(before);
      expect(fs.readdirSync(path.join(dir, 'backups')).length).toBe(backups);
    });
  });

  it('checks a good backup and reports its generation', async () => {
    const file = await backUpDatabase(databasePath);
    expect(checkBackupFile(file)).toEqual({ generation: generationOf(databasePath), missingMigrations: [] });
    expect(() => checkBackupFile(path.join(dir, 'nothing.db'))).toThrow(DatabaseSetupError);
  });

  it('runs as npm scripts: db:backup names the copy, db:restore restores it and exits 2 without a file', () => {
    const root = path.join(__dirname, '..', '..');
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const backup = spawnSync(tsx, ['scripts/db-backup.ts', '--database', databasePath], { cwd: root, encoding: 'utf8' });
    expect(backup.status).toBe(0);
    const written = /to (.+\.db)\.$/m.exec(backup.stdout)?.[1];
    expect(written).toMatch(/backups\/test-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(-\d+)?\.db$/);
    const restore = spawnSync(tsx, ['scripts/db-restore.ts', written!, '--database', databasePath], { cwd: root, encoding: 'utf8' });
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toContain('Kept a copy of the database as it was at');
    const usage = spawnSync(tsx, ['scripts/db-restore.ts'], { cwd: root, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('name the backup file to restore');
  });
});
