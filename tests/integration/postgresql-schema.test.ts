import { Client } from 'pg';
import { postgresqlSchemaScript } from '@/lib/db/postgresql-migrations';
import { createPostgresqlDatabase, dropPostgresqlDatabase, siblingDatabaseLocation, testDatabase } from '../support/test-database';

// PostgreSQL only: the committed PostgreSQL migrations build exactly what the derived data model describes. The
// engine cannot introspect PostgreSQL through the driver adapter, so the catalogs of two databases are compared:
// one built by the migrations, one by the engine's script for the data model.
const database = testDatabase('postgresql-schema');
const fromModel = siblingDatabaseLocation(database, 'model');
const fromModelName = new URL(fromModel).pathname.slice(1);

/** Tables, columns, indexes and constraints of the public schema, in a stable order. */
async function catalogOf(url: string): Promise<{ columns: unknown[]; indexes: unknown[]; constraints: unknown[] }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async (sql: string) => (await client.query<Record<string, unknown>>(sql)).rows;
    return {
      columns: await rows(`SELECT table_name, column_name, data_type, is_nullable, column_default, character_maximum_length, datetime_precision
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`),
      indexes: await rows(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`),
      constraints: await rows(`SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`),
    };
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await database.create();
  await createPostgresqlDatabase(fromModelName);
  const client = new Client({ connectionString: fromModel });
  await client.connect();
  try {
    await client.query(await postgresqlSchemaScript(fromModel));
  } finally {
    await client.end();
  }
});
afterAll(async () => {
  await dropPostgresqlDatabase(fromModelName);
  await database.drop();
});

it('leaves no difference between the migrated database and prisma/postgresql/schema.prisma', async () => {
  const migrated = await catalogOf(database.location);
  expect(migrated.columns.length).toBeGreaterThan(50);
  expect(migrated).toEqual(await catalogOf(fromModel));
});
