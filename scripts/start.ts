// npm start: migrate the database, seed it if it is empty, create the first user if there is none, build if the
// sources changed, then serve on PORT.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureFirstUser } from '../lib/auth/users';
import { buildIfStale } from '../lib/build/current-build';
import { createPrismaClient } from '../lib/db/connect';
import { prepareDatabase } from '../lib/db/prepare';
import { childProcessEnvironment, getDatabasePath, getEnv } from '../lib/env';
import { seedDatabase } from '../prisma/seed';
import { runScript } from './support/run-script';

runScript(async () => {
  const { PORT, ADMIN_EMAIL, ADMIN_PASSWORD } = getEnv();
  const databasePath = getDatabasePath();
  const prepared = await prepareDatabase(databasePath);
  if (prepared.backupPath) console.log(`Backed up the existing data to ${prepared.backupPath}.`);
  console.log(`Database ${databasePath} ready${prepared.appliedMigrations.length ? ` (applied ${prepared.appliedMigrations.join(', ')})` : ''}.`);

  const prisma = createPrismaClient(databasePath);
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

  buildIfStale();

  const nextBin = path.join(__dirname, '..', 'node_modules', 'next', 'dist', 'bin', 'next');
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(PORT)], {
    stdio: 'inherit',
    env: childProcessEnvironment({ NODE_ENV: 'production' }),
  });
  console.log(`Serving on http://localhost:${PORT}/`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
});

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
