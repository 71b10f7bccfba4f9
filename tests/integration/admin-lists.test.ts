import { cursorParam } from '@/lib/data/admin-list-params';
import { encodeCursor } from '@/lib/data/cursor';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { loadBulkDataInto, type BulkLoaded } from '../support/admin-bulk-data';
import { testDatabase } from '../support/test-database';

// The admin data modules use the app's one Prisma client, which opens DATABASE_URL when first imported: point it
// at this file's own database before loading them.
const database = testDatabase('admin-lists');

type Modules = {
  figures: typeof import('@/lib/data/admin-figure-list');
  catalog: typeof import('@/lib/data/admin-catalog-lists');
};
let data: Modules;
let prisma: PrismaClient;
let bulk: BulkLoaded;

// 80 reports × 25 figures = 2,000 figures besides the seed's twelve, and one long report of 120 figures.
const SIZE = { reports: 80, figuresPerReport: 25, sources: 120, places: 75 };
const LONG_REPORT = { reports: 1, figuresPerReport: 120, sources: 0, places: 0, reportTitle: 'Long report' };
const FIGURES = 12 + 2_000 + 120;
let longReportId: number;

beforeAll(async () => {
  await database.create();
  prisma = createPrismaClient(database.location);
  await seedDatabase(prisma);
  bulk = await loadBulkDataInto(database.location, SIZE);
  [longReportId] = (await loadBulkDataInto(database.location, LONG_REPORT)).reportIds as [number];
  data = { figures: await import('@/lib/data/admin-figure-list'), catalog: await import('@/lib/data/admin-catalog-lists') };
});
afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: appClient } = await import('@/lib/db/prisma');
  await appClient.$disconnect();
  await database.drop();
});

/** Every row of a paginated list, page by page through its cursors; fails on a page larger than 50. */
async function walk<Row>(read: (cursor?: string) => Promise<{ items: Row[]; nextCursor: string | null; total: number; badCursor: boolean }>) {
  const rows: Row[] = [];
  let cursor: string | undefined;
  let pages = 0;
  for (;;) {
    const page = await read(cursor);
    expect(page.badCursor).toBe(false);
    expect(page.items.length).toBeLessThanOrEqual(50);
    rows.push(...page.items);
    pages += 1;
    if (!page.nextCursor) return { rows, pages, total: page.total };
    cursor = page.nextCursor;
  }
}

describe('the admin figure list', () => {
  it('walks every figure exactly once, newest first, 50 a page, with the total counted', async () => {
    const { rows, pages, total } = await walk((cursor) => data.figures.queryAdminFigurePage({}, cursor));
    const ids = rows.map((row) => row.id);
    expect(total).toBe(FIGURES);
    expect(ids).toHaveLength(FIGURES);
    expect(new Set(ids).size).toBe(FIGURES);
    expect(pages).toBe(Math.ceil(FIGURES / 50));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('walks a category filter, and a category and source filter, through its cursor, every matching figure once', async () => {
    const killedWithSource = await prisma.figure.findFirstOrThrow({ where: { category: 'killed', sourceId: { in: bulk.sourceIds } } });
    for (const filters of [{ category: 'killed' as const }, { category: 'killed' as const, sourceId: killedWithSource.sourceId! }]) {
      const expected = await prisma.figure.findMany({ where: filters, select: { id: true }, orderBy: { id: 'desc' } });
      const { rows, total, pages } = await walk((cursor) => data.figures.queryAdminFigurePage(filters, cursor));
      expect(total).toBe(expected.length);
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / 50)));
      expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
      expect(rows.every((row) => row.category === 'killed')).toBe(true);
    }
  });

  it('lists one report in text order across pages, every figure once', async () => {
    // Figures added later in the text must still come in text order, not by id.
    const body = (await prisma.report.findUniqueOrThrow({ where: { id: longReportId } })).body;
    const added = await prisma.figure.create({
      data: { category: 'other', qualifier: 'exact', value: 1, low: 1, high: 1, rawText: 'Long', quote: 'Long report 1.', start: 0, end: 4, counted: 'an early word', reportId: longReportId },
    });
    expect(body.slice(0, 4)).toBe('Long');
    const { rows, pages, total } = await walk((cursor) => data.figures.queryAdminFigurePage({ reportId: longReportId }, cursor));
    expect(total).toBe(121);
    expect(pages).toBe(3);
    expect(rows[0]!.id).toBe(added.id);
    const stored = await prisma.figure.findMany({ where: { reportId: longReportId }, orderBy: [{ start: 'asc' }, { id: 'asc' }], select: { id: true } });
    expect(rows.map((row) => row.id)).toEqual(stored.map((row) => row.id));
    expect(new Set(rows.map((row) => row.reportTitle))).toEqual(new Set(['Long report 1']));
    await prisma.figure.delete({ where: { id: added.id } });
  });

  it('finds figures by the number as written, the sentence or what is counted, counting the matches in SQL', async () => {
    const byNumber = await data.figures.queryAdminFigurePage({ query: '12024' });
    expect(byNumber.items.map((row) => row.rawText)).toEqual(['12024']);
    expect(byNumber.total).toBe(1);

    const bySentence = await data.figures.queryAdminFigurePage({ query: 'internet cafe' });
    expect(bySentence.total).toBe(2);

    const byCounted = await data.figures.queryAdminFigurePage({ query: 'BULK FIGURE 3 of bulk report' });
    expect(byCounted.total).toBe(SIZE.reports);
    expect(byCounted.items.every((row) => row.counted.startsWith('people counted in bulk figure 3 of Bulk report'))).toBe(true);

    const combined = await data.figures.queryAdminFigurePage({ query: 'bulk sentence', reportId: bulk.reportIds[0]!, category: 'injured' });
    expect(combined.total).toBeGreaterThan(0);
    expect(combined.items.every((row) => row.category === 'injured' && row.reportTitle === 'Bulk report 1')).toBe(true);
  });

  it('answers a bad cursor with the first page and a flag, never an error', async () => {
    const first = await data.figures.queryAdminFigurePage({});
    for (const cursor of ['not a cursor!', 'bm90LWpzb24', encodeCursor(['text']), encodeCursor([1, 2]), encodeCursor([1.5]), 'A'.repeat(600)]) {
      const page = await data.figures.queryAdminFigurePage({}, cursor);
      expect(page.badCursor).toBe(true);
      expect(page.items.map((row) => row.id)).toEqual(first.items.map((row) => row.id));
    }
    // A cursor of the newest-first order does not fit the text order of one report.
    const newestCursor = first.nextCursor!;
    const reportPage = await data.figures.queryAdminFigurePage({ reportId: bulk.reportIds[0]! }, newestCursor);
    expect(reportPage.badCursor).toBe(true);
  });
});

describe('the admin catalog lists', () => {
  it('walks every source once by name, with figure counts for the page rows', async () => {
    const { rows, total } = await walk((cursor) => data.catalog.queryAdminSourcePage(undefined, cursor));
    const all = await prisma.source.findMany({ select: { name: true }, orderBy: { name: 'asc' } });
    expect(total).toBe(all.length);
    expect(rows.map((row) => row.name)).toEqual(all.map((row) => row.name));
    const counted = await prisma.figure.count({ where: { sourceId: rows[0]!.id } });
    expect(rows[0]!.figures).toBe(counted);
  });

  it('pages on past a source whose long name makes a long cursor, as the page link gives it', async () => {
    const long = await prisma.source.create({ data: { name: `Bulk Monitor 00060 ${'with a very long name '.repeat(8).trim()}`, kind: 'other' } });
    const firstPage = await data.catalog.queryAdminSourcePage('Bulk Monitor 0006');
    const cursor = encodeCursor([long.name]);
    expect(cursor.length).toBeGreaterThan(200);
    const next = await data.catalog.queryAdminSourcePage('Bulk Monitor 0006', cursorParam({ cursor }));
    expect(next.badCursor).toBe(false);
    expect(next.items.map((row) => row.name)).toEqual(firstPage.items.map((row) => row.name).filter((name) => name > long.name));
    await prisma.source.delete({ where: { id: long.id } });
  });

  it('finds sources by name, short name or alias', async () => {
    const byAlias = await data.catalog.queryAdminSourcePage('britain-based');
    expect(byAlias.items.map((row) => row.name)).toEqual(['Syrian Observatory for Human Rights']);
    const byShortName = await data.catalog.queryAdminSourcePage('BM11');
    expect(byShortName.items.map((row) => row.name)).toEqual(['Bulk Monitor 00011', 'Bulk Monitor 00110', 'Bulk Monitor 00111', 'Bulk Monitor 00112', 'Bulk Monitor 00113', 'Bulk Monitor 00114', 'Bulk Monitor 00115', 'Bulk Monitor 00116', 'Bulk Monitor 00117', 'Bulk Monitor 00118', 'Bulk Monitor 00119']);
  });

  it('walks every place once, and every report once newest first with ties on the date broken by id', async () => {
    const places = await walk((cursor) => data.catalog.queryAdminPlacePage(undefined, cursor));
    expect(places.rows).toHaveLength(await prisma.place.count());
    expect(new Set(places.rows.map((row) => row.id)).size).toBe(places.rows.length);
    expect(places.rows.find((row) => row.name === 'Bulk Town 00002')?.parentName).toBe('Bulk Town 00001');

    const reports = await walk((cursor) => data.catalog.queryAdminReportPage(undefined, cursor));
    const stored = await prisma.report.findMany({ select: { id: true }, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }] });
    expect(reports.pages).toBe(2);
    expect(reports.rows.map((row) => row.id)).toEqual(stored.map((row) => row.id));
    expect(reports.rows.find((row) => row.id === bulk.reportIds[0])?.figures).toBe(SIZE.figuresPerReport);
    // Bulk reports 2k and 2k+1 share a day; the first page ends between two of them, and neither is lost.
    expect(reports.rows[49]!.publishedAt).toBe(reports.rows[50]!.publishedAt);

    const found = await data.catalog.queryAdminReportPage('bulk report 3');
    expect(found.items.map((row) => row.title).sort()).toEqual(['Bulk report 3', 'Bulk report 30', 'Bulk report 31', 'Bulk report 32', 'Bulk report 33', 'Bulk report 34', 'Bulk report 35', 'Bulk report 36', 'Bulk report 37', 'Bulk report 38', 'Bulk report 39']);
    expect((await data.catalog.queryAdminReportPage(undefined, encodeCursor(['not a date', 1]))).badCursor).toBe(true);
  });
});
