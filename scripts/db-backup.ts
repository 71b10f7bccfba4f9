// npm run db:backup [-- --database FILE]: a consistent copy of the database (SQLite's online backup API, safe while
// the app runs) into <its folder>/backups/<name>-<UTC time>.db. Without --database, DATABASE_URL names the file.
import path from 'node:path';
import { backUpDatabase } from '../lib/db/backup';
import { getDatabasePath } from '../lib/env';
import { exitWithUsage, parseFlags, UsageError } from './support/flags';
import { runScript } from './support/run-script';

const USAGE = 'npm run db:backup [-- --database FILE]';

runScript(async () => {
  let flags;
  try {
    flags = parseFlags(process.argv.slice(2), { database: 'text' });
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(error, USAGE);
    throw error;
  }
  const databasePath = flags.database ? path.resolve(flags.database) : getDatabasePath('npm run db:backup');
  const backupPath = await backUpDatabase(databasePath);
  console.log(`Backed up ${databasePath} to ${backupPath}.`);
});
