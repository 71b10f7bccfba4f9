// npm run db:migrate: applies pending migrations to the database named by DATABASE_URL (a SQLite file, created if
// missing, with prisma/migrations; a PostgreSQL database with prisma/postgresql/migrations).
import { getDatabaseLocation } from '../lib/env';
import { prepareDatabase, redactPassword } from '../lib/db/prepare';
import { runScript } from './support/run-script';

runScript(async () => {
  const location = getDatabaseLocation();
  const { appliedMigrations, backupPath } = await prepareDatabase(location);
  if (backupPath) console.log(`Backed up the existing data to ${backupPath}.`);
  console.log(
    appliedMigrations.length
      ? `Applied ${appliedMigrations.length} migration(s) to ${redactPassword(location)}: ${appliedMigrations.join(', ')}`
      : `${redactPassword(location)} is up to date.`,
  );
});
