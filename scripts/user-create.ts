// npm run user:create -- --email <address> [--role editor|admin] [--name "<name>"] [--password-stdin]
// Adds a user who can sign in to /admin. Without --password-stdin a strong password is generated and printed once.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { parseArgs } from 'node:util';
import { generatePassword } from '../lib/auth/password';
import { createUser } from '../lib/auth/users';
import { createPrismaClient } from '../lib/db/connect';
import { prepareDatabase } from '../lib/db/prepare';
import { getDatabaseLocation, isPostgresqlUrl } from '../lib/env';
import { runScript } from './support/run-script';

const USAGE = 'Usage: npm run user:create -- --email <address> [--role editor|admin] [--name "<name>"] [--password-stdin]';

runScript(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  if (!values.email) {
    console.error(USAGE);
    process.exit(2);
  }
  // Reading the password from standard input keeps it out of the shell history and the process list.
  const typedPassword = values['password-stdin'] ? fs.readFileSync(0, 'utf8').split(/\r?\n/)[0] ?? '' : null;
  const password = typedPassword ?? generatePassword();

  const location = getDatabaseLocation();
  // Migrating a SQLite file needs it to itself, and a running server keeps it open: only a file not yet set up (no
  // User table) is prepared here; `npm start` applies any later migration. PostgreSQL migrates beside its clients.
  if (isPostgresqlUrl(location) || !hasUserTable(location)) await prepareDatabase(location);
  const prisma = createPrismaClient(location);
  try {
    const result = await createUser(prisma, { email: values.email, role: values.role, name: values.name ?? '', password });
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors)) console.error(`${field}: ${messages?.join(' ')}`);
      process.exit(1);
    }
    console.log(`Created ${result.user.role} ${result.user.email}.`);
    if (!typedPassword) console.log(`Password (shown only once): ${password}`);
  } finally {
    await prisma.$disconnect();
  }
});

function hasUserTable(databasePath: string): boolean {
  if (!fs.existsSync(databasePath)) return false;
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'User'").get() !== undefined;
  } finally {
    database.close();
  }
}
