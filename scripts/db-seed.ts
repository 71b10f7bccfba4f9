// npm run db:seed: stores the seed reports that are not in the database yet (safe to run any number of times).
import { createPrismaClient } from '../lib/db/connect';
import { prepareDatabase, redactPassword } from '../lib/db/prepare';
import { getDatabaseLocation } from '../lib/env';
import { seedDatabase } from '../prisma/seed';
import { runScript } from './support/run-script';

runScript(async () => {
  const location = getDatabaseLocation();
  await prepareDatabase(location);
  const prisma = createPrismaClient(location);
  try {
    const result = await seedDatabase(prisma);
    console.log(
      `Seeded ${redactPassword(location)}: ${result.reportsCreated} report(s), ${result.figuresCreated} figure(s), ` +
        `${result.sourcesCreated} source(s), ${result.placesCreated} place(s) added.`,
    );
  } finally {
    await prisma.$disconnect();
  }
});
