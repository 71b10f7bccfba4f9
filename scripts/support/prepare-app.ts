import { ensureFirstUser } from '../../lib/auth/users';
import { createPrismaClient } from '../../lib/db/connect';
import { prepareDatabase, redactPassword } from '../../lib/db/prepare';
import { getDatabaseLocation, getEnv } from '../../lib/env';
import { seedDatabase } from '../../prisma/seed';

/**
 * What `npm start` and `npm run dev` do before serving: migrate the database, seed it if it holds no report, and
 * create the first administrator if there is no user (printing a generated password once).
 */
export async function prepareApp(): Promise<void> {
  const { PORT, ADMIN_EMAIL, ADMIN_PASSWORD } = getEnv();
  const location = getDatabaseLocation();
  const prepared = await prepareDatabase(location);
  if (prepared.backupPath) console.log(`Backed up the existing data to ${prepared.backupPath}.`);
  console.log(`Database ${redactPassword(location)} ready${prepared.appliedMigrations.length ? ` (applied ${prepared.appliedMigrations.join(', ')})` : ''}.`);

  const prisma = createPrismaClient(location);
  try {
    if ((await prisma.report.count()) === 0) {
      const seeded = await seedDatabase(prisma);
      console.log(`Seeded ${seeded.reportsCreated} report(s) with ${seeded.figuresCreated} figure(s).`);
    }
    const firstUser = await ensureFirstUser(prisma, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    if (firstUser.created) printFirstUser(firstUser.email, firstUser.generatedPassword, PORT);
  } finally {
    await prisma.$disconnect();
  }
}

/** Printed once, when the first user is created: the only time a generated password is ever shown. */
function printFirstUser(email: string, generatedPassword: string | null, port: number): void {
  const signIn = `http://localhost:${port}/admin/login`;
  if (!generatedPassword) {
    console.log(`Created the administrator ${email} (password from ADMIN_PASSWORD). Sign in at ${signIn}`);
    return;
  }
  console.log(
    [
      '',
      '  First administrator created. This password is shown only once:',
      `    email:    ${email}`,
      `    password: ${generatedPassword}`,
      `  Sign in at ${signIn} and change it under your account.`,
      '',
    ].join('\n'),
  );
}
