import fs from 'node:fs';
import { backUpDatabase, restoreDatabase } from '@/lib/db/backup';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { startServer, type RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

/**
 * A restore into the database a server is serving: the API and the pages rendered per request show the restored
 * data at once (their caches are keyed by the data generation, which the restore moves past both). Pre-rendered pages
 * follow within their revalidation time, or at once after a restart, as for any write made outside the app.
 */
let dir: string;
let databasePath: string;
let prisma: PrismaClient;
let server: RunningServer;

beforeAll(async () => {
  ({ dir, databasePath, prisma } = await createMigratedDatabase());
  await seedDatabase(prisma);
  server = await startServer(databasePath);
});
afterAll(async () => {
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function text(pathname: string): Promise<string> {
  const response = await fetch(`${server.url}${pathname}`);
  expect(response.status).toBe(200);
  return response.text();
}

it('shows the restored data on the next request of the API and the scoped pages it had cached', async () => {
  const figure = await prisma.figure.findFirstOrThrow({ where: { rawText: 'an estimated 40,000' } });
  const paths = [`/api/figures?category=${figure.category}`, `/?category=${figure.category}`, `/figures?category=${figure.category}`];
  const backup = await backUpDatabase(databasePath);

  await prisma.figure.update({ where: { id: figure.id }, data: { counted: 'counted after the backup was taken', version: { increment: 1 } } });
  for (const pathname of paths) {
    // Twice: the second answer comes from the server's caches.
    await text(pathname);
    expect(await text(pathname)).toContain('counted after the backup was taken');
  }

  await restoreDatabase(databasePath, backup);
  for (const pathname of paths) {
    const page = await text(pathname);
    expect({ pathname, stale: page.includes('counted after the backup was taken') }).toEqual({ pathname, stale: false });
    expect(page).toContain(figure.counted);
  }
});
