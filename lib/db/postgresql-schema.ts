import fs from 'node:fs';
import path from 'node:path';

/**
 * The PostgreSQL data model is not kept by hand: it is prisma/schema.prisma (SQLite) with another datasource
 * provider and another client output, written by `npm run db:schema-postgresql`. A test fails when the committed
 * file differs from what this derives.
 */

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const SQLITE_SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
export const POSTGRESQL_DIR = path.join(PROJECT_ROOT, 'prisma', 'postgresql');
export const POSTGRESQL_SCHEMA_PATH = path.join(POSTGRESQL_DIR, 'schema.prisma');

const HEADER =
  '// Derived from prisma/schema.prisma by `npm run db:schema-postgresql`: edit that file, never this one.\n' +
  '// Same models, PostgreSQL provider, client generated into lib/generated/prisma-postgresql.\n\n';

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma has no ${what} to derive the PostgreSQL schema from.`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for the given SQLite schema text. */
export function derivePostgresqlSchema(sqliteSchema: string): string {
  let schema = replaceOnce(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', 'sqlite datasource');
  schema = replaceOnce(schema, /output(\s*)=\s*"\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma-postgresql"', 'client output');
  return HEADER + schema;
}

export function readSqliteSchema(): string {
  return fs.readFileSync(SQLITE_SCHEMA_PATH, 'utf8');
}

export function readPostgresqlSchema(): string | null {
  return fs.existsSync(POSTGRESQL_SCHEMA_PATH) ? fs.readFileSync(POSTGRESQL_SCHEMA_PATH, 'utf8') : null;
}
