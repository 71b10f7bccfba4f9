import { uncoveredSqliteMigrations } from '@/lib/db/postgresql-migrations';
import { derivePostgresqlSchema, readPostgresqlSchema, readSqliteSchema } from '@/lib/db/postgresql-schema';

// The PostgreSQL data model is derived from the SQLite one (npm run db:schema-postgresql); these fail when they drift.
describe('the PostgreSQL schema', () => {
  it('is exactly what prisma/schema.prisma derives', () => {
    expect(readPostgresqlSchema()).toBe(derivePostgresqlSchema(readSqliteSchema()));
  });

  it('has a migration covering every SQLite migration', () => {
    expect(uncoveredSqliteMigrations()).toEqual([]);
  });

  it('differs from the SQLite schema only in its provider, client output and heading', () => {
    const derived = derivePostgresqlSchema('generator client {\n  output = "../lib/generated/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n}\nmodel A {\n  id Int @id\n}\n');
    expect(derived).toContain('output = "../../lib/generated/prisma-postgresql"');
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('model A {\n  id Int @id\n}');
    expect(() => derivePostgresqlSchema('model A {\n  id Int @id\n}\n')).toThrow('prisma/schema.prisma has no sqlite datasource');
  });
});
