import Database from 'better-sqlite3';
import type { SessionUser } from '@/lib/auth/users';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { generateSyntheticData } from '@/lib/synthetic';
import { addTestUser } from '../support/admin';
import { testDatabase } from '../support/test-database';

// The export reads through the app's one Prisma client, which opens DATABASE_URL when first imported.
const database = testDatabase('import-round-trip');

let prisma: PrismaClient;
let editor: SessionUser;

async function exportCsv(hxl: boolean): Promise<string> {
  const { streamFigureCsv } = await import('@/lib/export/figure-csv');
  return new Response(streamFigureCsv({}, { hxl })).text();
}

/** The same reports, and no figure, source or place, as a database that never held any (ids start again at 1). */
async function keepOnlyReports(): Promise<void> {
  if (database.kind === 'postgresql') {
    await prisma.$executeRawUnsafe('TRUNCATE "Figure", "Source", "Place" RESTART IDENTITY');
    return;
  }
  const sqlite = new Database(database.location);
  try {
    sqlite.exec(`DELETE FROM "Figure"; DELETE FROM "Source"; DELETE FROM "Place";
      DELETE FROM "sqlite_sequence" WHERE "name" IN ('Figure', 'Source', 'Place');`);
  } finally {
    sqlite.close();
  }
}

beforeAll(async () => {
  await database.create();
  await generateSyntheticData(database.location, { reports: 40, perReport: 10, seed: 7 });
  prisma = createPrismaClient(database.location);
  const user = await addTestUser(prisma, 'importer@example.org');
  editor = { id: user.id, email: user.email, name: null, role: 'editor' };
});
afterAll(async () => {
  await prisma?.$disconnect();
  const { prisma: appClient } = await import('@/lib/db/prisma');
  await appClient.$disconnect();
  await database.drop();
});

describe('export, import, export', () => {
  it('gives the same file byte for byte, ids included, into a database with the same reports and no figures', async () => {
    const exported = await exportCsv(false);
    const exportedHxl = await exportCsv(true);
    const figureCount = await prisma.figure.count();
    expect(figureCount).toBeGreaterThan(300);
    expect(await prisma.figure.count({ where: { partOfId: { not: null } } })).toBeGreaterThan(0);
    await keepOnlyReports();

    const { commitImport, previewImport } = await import('@/lib/import/run-import');
    const bytes = new TextEncoder().encode(exported);
    const preview = await previewImport(prisma, editor, bytes);
    expect(preview.rows.filter((row) => row.status === 'error')).toEqual([]);
    expect(preview.counts).toEqual({ create: figureCount, present: 0, errors: 0 });
    expect(preview.sources.length).toBeGreaterThan(0);
    expect(preview.sources.every((source) => source.status === 'create')).toBe(true);
    // A PostgreSQL sequence is not rolled back with the preview's transaction: the ids it used stay used, and the
    // import's figures would start after them. A database that never held figures starts at 1 again.
    if (database.kind === 'postgresql') await prisma.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Figure"', 'id'), 1, false)`);
    const result = await commitImport(prisma, editor, bytes, preview);
    expect(result.status).toBe('committed');

    expect(await exportCsv(false)).toBe(exported);
    expect(await exportCsv(true)).toBe(exportedHxl);
    expect(await prisma.revision.count({ where: { entityType: 'Figure', action: 'create', userId: editor.id } })).toBe(figureCount);

    // The HXL file of the same figures is read the same way, and is all present now.
    const again = await previewImport(prisma, editor, new TextEncoder().encode(exportedHxl));
    expect(again.counts).toEqual({ create: 0, present: figureCount, errors: 0 });
  });
});
