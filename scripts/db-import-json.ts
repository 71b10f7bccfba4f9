// npm run db:import-json -- FILE [--database FILE]: restores a full backup (GET /api/admin/export.json) into a
// database that holds no data (DATABASE_URL unless --database names another file), in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commitFullImport } from '../lib/backup/full-import';
import { prepareDatabase } from '../lib/db/prepare';
import { getDatabasePath } from '../lib/env';
import { runScript } from './support/run-script';

const USAGE = 'Usage: npm run db:import-json -- <backup.json> [--database data/dashboard.db]';

function readOptions(): { backupPath: string; databasePath: string } {
  try {
    const { values, positionals } = parseArgs({ options: { database: { type: 'string' } }, allowPositionals: true });
    if (positionals.length !== 1) throw new Error('name one backup file');
    return {
      backupPath: path.resolve(process.cwd(), positionals[0]!),
      databasePath: values.database ? path.resolve(process.cwd(), values.database) : getDatabasePath('npm run db:import-json'),
    };
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

runScript(async () => {
  const { backupPath, databasePath } = readOptions();
  if (!fs.existsSync(backupPath)) {
    console.error(`Error: there is no file ${backupPath}.`);
    process.exit(2);
  }
  const bytes = fs.readFileSync(backupPath);
  // The restore needs the tables; a database that already has them and any data is refused without a change.
  await prepareDatabase(databasePath);
  const result = commitFullImport(databasePath, bytes);
  if (!result.ok) {
    console.error(`Nothing was written to ${databasePath}:`);
    for (const problem of result.problems) console.error(`  ${problem.path ? `${problem.path}: ` : ''}${problem.message}`);
    process.exit(2);
  }
  const counts = Object.entries(result.counts).map(([table, count]) => `${count.toLocaleString('en')} ${count === 1 ? table.slice(0, -1) : table}`).join(', ');
  console.log(`Restored into ${databasePath}: ${counts}.`);
  if (result.existingUsers.length > 0) console.log(`Kept the existing accounts of ${result.existingUsers.join(', ')}.`);
  console.log('Restored users cannot sign in until they are given a new password.');
});
