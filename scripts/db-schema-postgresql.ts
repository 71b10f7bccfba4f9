// npm run db:schema-postgresql: writes prisma/postgresql/schema.prisma from prisma/schema.prisma and the PostgreSQL
// migration of every SQLite migration it lacks. The schema engine diffs on a PostgreSQL server: TEST_DATABASE_URL,
// or DATABASE_URL when it is a postgresql:// URL (nothing is written to it).
import { derivePostgresql } from '../lib/db/postgresql-migrations';
import { runScript } from './support/run-script';

runScript(async () => {
  const url = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((candidate) => /^postgres(ql)?:\/\//.test(candidate ?? ''));
  if (!url) {
    console.error('Set TEST_DATABASE_URL (or DATABASE_URL) to a reachable postgresql:// server: the schema engine diffs on one.');
    process.exit(2);
  }
  const { schemaChanged, written } = await derivePostgresql(url);
  console.log(schemaChanged ? 'Wrote prisma/postgresql/schema.prisma.' : 'prisma/postgresql/schema.prisma is up to date.');
  for (const directory of written) console.log(`Wrote ${directory}/migration.sql.`);
});
