import type { SessionUser } from '@/lib/auth/users';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser } from '../support/admin';
import { dumpDatabase, EVERY_ROW } from '../support/database-dump';
import { cellOf, rowWhere, withCell } from '../support/figure-files';
import { testDatabase } from '../support/test-database';

// The export reads through the app's one Prisma client, which opens DATABASE_URL when first imported.
const database = testDatabase('import-commit');

let prisma: PrismaClient;
let editor: SessionUser;
let csv: string;
let importer: typeof import('@/lib/import/run-import');
const bytesOf = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  await database.create();
  prisma = createPrismaClient(database.location);
  await seedDatabase(prisma);
  const user = await addTestUser(prisma, 'importer@example.org', 'editor', 'Ida Importer');
  editor = { id: user.id, email: user.email, name: 'Ida Importer', role: 'editor' };
  const { streamFigureCsv } = await import('@/lib/export/figure-csv');
  const exported = await new Response(streamFigureCsv({}, { hxl: true })).text();
  // The file's remaining figure and its part get ids of their own, the part's lower than its whole's.
  const whole = rowWhere(exported, 'rawText', 'about 160,000');
  const part = rowWhere(exported, 'rawText', 'an estimated 40,000');
  csv = withCell(withCell(withCell(exported, whole, 'id', '7001'), part, 'id', '7000'), part, 'partOfId', '7001');
  // The database lacks five of the twelve figures, the source of two of them and the place of another.
  await prisma.figure.deleteMany({ where: { rawText: { in: ['Hundreds', 'up to 2,500', 'third', 'an estimated 40,000', 'about 160,000'] } } });
  await prisma.source.delete({ where: { name: 'US Department of Defense' } });
  await prisma.place.delete({ where: { name: 'Al-Tanaf' } });
  importer = await import('@/lib/import/run-import');
});
afterAll(async () => {
  await prisma?.$disconnect();
  const { prisma: appClient } = await import('@/lib/db/prisma');
  await appClient.$disconnect();
  await database.drop();
});

describe('previewing and importing a figure file', () => {
  it('classifies every row: stored figures as present, the others to create, with the sources and places to match or create', async () => {
    const before = await dumpDatabase(database.location, EVERY_ROW);
    const preview = await importer.previewImport(prisma, editor, bytesOf(csv));
    expect(await dumpDatabase(database.location, EVERY_ROW)).toEqual(before);
    expect(preview.notices).toContain('Row 2 is the HXL hashtag row; it was checked and skipped.');
    expect(preview.counts).toEqual({ create: 5, present: 7, errors: 0 });
    const stored = await prisma.figure.findFirstOrThrow({ where: { rawText: '23' } });
    expect(preview.rows.find((row) => row.rawText === '23')).toMatchObject({ status: 'present', existingFigureId: stored.id });
    expect(preview.rows.filter((row) => row.status === 'create').map((row) => row.rawText).sort()).toEqual(['Hundreds', 'about 160,000', 'an estimated 40,000', 'third', 'up to 2,500']);
    expect(preview.sources).toEqual(expect.arrayContaining([
      { name: 'US Department of Defense', kind: 'government_military', status: 'create', matched: null },
      expect.objectContaining({ name: 'Syrian Observatory for Human Rights', status: 'match' }),
    ]));
    expect(preview.places).toEqual(expect.arrayContaining([{ name: 'Al-Tanaf', adminCode: null, latitude: 33.4977, longitude: 38.6506, status: 'create', matched: null }]));
  });

  it('refuses a new source without its kind, since it cannot be created', async () => {
    let edited = csv;
    for (const rawText of ['Hundreds', 'up to 2,500']) edited = withCell(edited, rowWhere(csv, 'rawText', rawText), 'sourceKind', '');
    const preview = await importer.previewImport(prisma, editor, bytesOf(edited));
    const row = preview.rows.find((outcome) => outcome.rawText === 'Hundreds')!;
    expect(row.problems).toEqual([{ column: 'sourceKind', message: expect.stringMatching(/^No stored source is named “US Department of Defense”, and a new one cannot be made: Choose a kind: one of un_agency, /) }]);
    expect(preview.canCommit).toBe(false);
  });

  it('rolls everything back when a write fails halfway', async () => {
    const preview = await importer.previewImport(prisma, editor, bytesOf(csv));
    // A failure the rules cannot foresee: the database itself refuses the third figure.
    if (database.kind === 'postgresql') {
      await prisma.$executeRawUnsafe(
        `CREATE FUNCTION "refuse_third"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW."rawText" = 'third' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`,
      );
      await prisma.$executeRawUnsafe(`CREATE TRIGGER "refuse_third" BEFORE INSERT ON "Figure" FOR EACH ROW EXECUTE FUNCTION "refuse_third"()`);
    } else {
      await prisma.$executeRawUnsafe(`CREATE TRIGGER "refuse_third" BEFORE INSERT ON "Figure" WHEN NEW."rawText" = 'third' BEGIN SELECT RAISE(ABORT, 'refused by test'); END`);
    }
    const before = await dumpDatabase(database.location, EVERY_ROW);
    try {
      await expect(importer.commitImport(prisma, editor, bytesOf(csv), preview)).rejects.toThrow();
      expect(await dumpDatabase(database.location, EVERY_ROW)).toEqual(before);
    } finally {
      await prisma.$executeRawUnsafe(database.kind === 'postgresql' ? 'DROP FUNCTION "refuse_third" CASCADE' : 'DROP TRIGGER "refuse_third"');
    }
  });

  it('refuses, writing nothing, a file other than the one previewed, or data that changed since the preview', async () => {
    const preview = await importer.previewImport(prisma, editor, bytesOf(csv));
    const before = await dumpDatabase(database.location, EVERY_ROW);
    const otherFile = await importer.commitImport(prisma, editor, bytesOf(`${csv}\r\n`), preview);
    expect(otherFile).toMatchObject({ status: 'changed', message: expect.stringContaining('not the file that was previewed') });
    expect(await dumpDatabase(database.location, EVERY_ROW)).toEqual(before);

    await prisma.figure.updateMany({ where: { rawText: '25' }, data: { counted: 'coalition airstrikes, recounted' } });
    const changed = await dumpDatabase(database.location, EVERY_ROW);
    const stale = await importer.commitImport(prisma, editor, bytesOf(csv), preview);
    expect(stale).toMatchObject({ status: 'changed', message: expect.stringContaining('The data changed since the preview') });
    expect(stale.preview.generation).not.toBe(preview.generation);
    expect(stale.preview.counts).toEqual({ create: 5, present: 7, errors: 0 });
    expect(await dumpDatabase(database.location, EVERY_ROW)).toEqual(changed);
  });

  it('imports every row in one transaction, renumbered, each creation with its revision by the editor', async () => {
    const preview = await importer.previewImport(prisma, editor, bytesOf(csv));
    const result = await importer.commitImport(prisma, editor, bytesOf(csv), preview);
    expect(result).toMatchObject({ status: 'committed', committed: { created: 5, present: 7, sourcesCreated: 1, placesCreated: 1 } });

    const threeHundred = await prisma.figure.findFirstOrThrow({ where: { rawText: 'An estimated 300,000' } });
    const whole = await prisma.figure.findFirstOrThrow({ where: { rawText: 'about 160,000' } });
    const part = await prisma.figure.findFirstOrThrow({ where: { rawText: 'an estimated 40,000' } });
    expect(whole.id).not.toBe(7001);
    expect(whole.partOfId).toBe(threeHundred.id);
    expect(part.partOfId).toBe(whole.id);
    expect(part.id).toBeGreaterThan(whole.id);
    const hundreds = await prisma.figure.findFirstOrThrow({ where: { rawText: 'Hundreds' }, include: { source: true, place: true } });
    expect(hundreds).toMatchObject({ value: null, low: 200, high: 999, qualifier: 'vague', source: { name: 'US Department of Defense', kind: 'government_military' }, place: { name: 'Raqqa' } });
    expect(hundreds.start).toBe(Number(cellOf(csv, rowWhere(csv, 'rawText', 'Hundreds'), 'start')));
    const tanaf = await prisma.place.findUniqueOrThrow({ where: { name: 'Al-Tanaf' } });
    expect(tanaf).toMatchObject({ latitude: 33.4977, longitude: 38.6506, adminCode: null });

    const revisions = await prisma.revision.findMany({ where: { userId: editor.id }, orderBy: { id: 'asc' } });
    expect(revisions.map((revision) => `${revision.entityType} ${revision.action}`).sort()).toEqual([
      'Figure create', 'Figure create', 'Figure create', 'Figure create', 'Figure create', 'Place create', 'Source create',
    ]);
    const figureRevision = revisions.find((revision) => revision.entityType === 'Figure' && revision.entityId === part.id)!;
    expect(JSON.parse(figureRevision.after!)).toMatchObject({ rawText: 'an estimated 40,000', partOfId: whole.id });
  });

  it('creates nothing the second time: every row is already present', async () => {
    const before = await dumpDatabase(database.location, EVERY_ROW);
    const preview = await importer.previewImport(prisma, editor, bytesOf(csv));
    expect(preview.counts).toEqual({ create: 0, present: 12, errors: 0 });
    expect(preview.sources.every((source) => source.status === 'match')).toBe(true);
    expect(preview.places.every((place) => place.status === 'match')).toBe(true);
    const result = await importer.commitImport(prisma, editor, bytesOf(csv), preview);
    expect(result).toMatchObject({ status: 'committed', committed: { created: 0, present: 12, sourcesCreated: 0, placesCreated: 0 } });
    expect(await dumpDatabase(database.location, EVERY_ROW)).toEqual(before);
  });
});
