import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { prepareDatabase } from '@/lib/db/prepare';

/**
 * The database a test file runs on. Jest runs the integration files twice when TEST_DATABASE_URL names a
 * PostgreSQL server (jest.config.js): once on SQLite, once on PostgreSQL (tests/support/postgresql-project.ts
 * points DATABASE_URL at a database of the file's own before the file loads). A test file asks for its database
 * here and gets a fresh, migrated one either way: a temp SQLite file, or a PostgreSQL database created for it and
 * dropped by `drop()`.
 */
export type DatabaseKind = 'sqlite' | 'postgresql';

export function databaseKind(): DatabaseKind {
  return process.env.TEST_DATABASE_KIND === 'postgresql' ? 'postgresql' : 'sqlite';
}

export interface TestDatabase {
  kind: DatabaseKind;
  /** A folder of the file's own, for anything else it writes (removed by drop()). */
  dir: string;
  /** What createPrismaClient and prepareDatabase take: the SQLite file's path, or the PostgreSQL URL. */
  location: string;
  /** Creates the database and applies every migration. */
  create(): Promise<void>;
  /** Removes the folder and drops the database (PostgreSQL), whatever happened before. */
  drop(): Promise<void>;
}

/** The server URL with another database name. */
function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: the PostgreSQL project needs a server.');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Binary collation (C), as SQLite compares text: names sort the same on both. UTF-8, from template0 so the server's
 * own defaults do not matter.
 */
export async function createPostgresqlDatabase(name: string): Promise<void> {
  await onServer((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`));
}

export async function dropPostgresqlDatabase(name: string): Promise<void> {
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/**
 * The file's database. On SQLite, `<dir>/<name>.db`, and DATABASE_URL is pointed at it (the app's modules read it
 * when first imported, so call this before importing them). On PostgreSQL, the database DATABASE_URL already names.
 */
export function testDatabase(name: string): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-test-'));
  if (databaseKind() === 'sqlite') {
    const location = path.join(dir, `${name}.db`);
    process.env.DATABASE_URL = `file:${location}`;
    return {
      kind: 'sqlite',
      dir,
      location,
      create: async () => void (await prepareDatabase(location)),
      drop: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const location = process.env.DATABASE_URL ?? '';
  const databaseName = new URL(location).pathname.slice(1);
  return {
    kind: 'postgresql',
    dir,
    location,
    create: async () => {
      await createPostgresqlDatabase(databaseName);
      await prepareDatabase(location);
    },
    drop: async () => {
      fs.rmSync(dir, { recursive: true, force: true });
      await dropPostgresqlDatabase(databaseName);
    },
  };
}

/** Another database of the same kind beside the file's own (for a copy to compare with), named after it. */
export function siblingDatabaseLocation(database: TestDatabase, suffix: string): string {
  return database.kind === 'sqlite' ? path.join(database.dir, `${suffix}.db`) : withDatabaseName(database.location, `${new URL(database.location).pathname.slice(1)}_${suffix}`);
}
