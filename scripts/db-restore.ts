// npm run db:restore -- FILE [--database FILE]: restores a backup into the database (DATABASE_URL unless
// --database names it) after checking that it is a healthy database of this app, keeping a copy of the current
// file first. A running server shows the restored data at once in the API and the pages rendered per request, and in
// its pre-rendered pages within their revalidation time (a minute) or after a restart.
import path from 'node:path';
import { restoreDatabase } from '../lib/db/backup';
import { getDatabasePath } from '../lib/env';
import { exitWithUsage, parseFlags, UsageError } from './support/flags';
import { runScript } from './support/run-script';

const USAGE = 'npm run db:restore -- BACKUP_FILE [--database FILE]';

runScript(async () => {
  const [backupFile, ...rest] = process.argv.slice(2);
  let flags;
  try {
    if (!backupFile || backupFile.startsWith('--')) throw new UsageError('name the backup file to restore');
    flags = parseFlags(rest, { database: 'text' });
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(error, USAGE);
    throw error;
  }
  const databasePath = flags.database ? path.resolve(flags.database) : getDatabasePath('npm run db:restore');
  const result = await restoreDatabase(databasePath, path.resolve(backupFile));
  if (result.previousCopy) console.log(`Kept a copy of the database as it was at ${result.previousCopy}.`);
  if (result.appliedMigrations.length) console.log(`Brought the restored data up to date: ${result.appliedMigrations.join(', ')}.`);
  console.log(`Restored ${backupFile} into ${databasePath}.`);
  console.log('A running server shows it at once in the API and filtered pages; its pre-rendered pages within a minute, or at once after a restart.');
});
