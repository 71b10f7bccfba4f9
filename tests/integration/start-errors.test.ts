import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { childProcessEnvironment } from '@/lib/env';
import { makeTempDir } from '../support/temp-database';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function runStart(databasePath: string) {
  return spawnSync(TSX, ['scripts/start.ts'], {
    cwd: ROOT,
    env: childProcessEnvironment({ DATABASE_URL: `file:${databasePath}`, PORT: '3999' }),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm start on PostgreSQL', () => {
  it('stops before touching the database, naming SESSION_SECRET, when it is not set', () => {
    const result = spawnSync(TSX, ['scripts/start.ts'], {
      cwd: ROOT,
      env: childProcessEnvironment({ DATABASE_URL: 'postgresql://figures@127.0.0.1:1/figures', SESSION_SECRET: '', PORT: '3999' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Error: Invalid environment: SESSION_SECRET is required when DATABASE_URL is a PostgreSQL URL (at least 32 characters, the same on every instance)',
    );
  });
});

describe('npm start on a database file it cannot use', () => {
  it('stops with one message naming the file and what to do, no stack trace, and leaves the file as it was', () => {
    const databasePath = path.join(dir, 'notes.db');
    fs.writeFileSync(databasePath, 'not a database');

    const result = runStart(databasePath);

    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Error: The file ${databasePath} is not a SQLite database. It was left untouched. Move it away, or set DATABASE_URL to another file.`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(databasePath, 'utf8')).toBe('not a database');
  });

  it('stops with a clear message when the database folder cannot be created', () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');

    const result = runStart(path.join(blocker, 'app.db'));

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Error: Cannot create the folder ${blocker}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
