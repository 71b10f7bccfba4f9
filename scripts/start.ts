// npm start: migrate the database, seed it if it is empty, build if the sources changed, then serve on PORT.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale } from '../lib/build/current-build';
import { createPrismaClient } from '../lib/db/connect';
import { prepareDatabase } from '../lib/db/prepare';
import { childProcessEnvironment, getDatabasePath, getEnv } from '../lib/env';
import { seedDatabase } from '../prisma/seed';
import { runScript } from './support/run-script';

runScript(async () => {
  const { PORT } = getEnv();
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
