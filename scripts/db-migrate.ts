// npm run db:migrate: applies pending migrations to the database named by DATABASE_URL (created if missing).
import { getDatabasePath } from '../lib/env';
import { prepareDatabase } from '../lib/db/prepare';
import { runScript } from './support/run-script';

runScript(async () => {
  const databasePath = getDatabasePath();
  const { appliedMigrations, backupPath } = await prepareDatabase(databasePath);
  if (backupPath) console.log(`Backed up the existing data to ${backupPath}.`);
  console.log(
    appliedMigrations.length
      ? `Applied ${appliedMigrations.length} migration(s) to ${databasePath}: ${appliedMigrations.join(', ')}`
      : `${databasePath} is up to date.`,
  );
});
