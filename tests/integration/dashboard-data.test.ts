import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { testDatabase } from '../support/test-database';

// The data modules use the app's one Prisma client, which opens DATABASE_URL when first imported: point it at
// this file's own database before loading them.
const database = testDatabase('dashboard-data');

type Modules = {
  list: typeof import('@/lib/data/figure-list');
  detail: typeof import('@/lib/data/figure-detail');
  reports: typeof import('@/lib/data/reports');
  sources: typeof import('@/lib/data/sources');
  overview: typeof import('@/lib/data/overview');
  headlines: typeof import('@/lib/data/headlines');
  ranking: typeof import('@/lib/data/source-ranking');
  places: typeof import('@/lib/data/place-counts');
  estimates: typeof import('@/lib/data/estimate-series');
  names: typeof import('@/lib/data/scope-names');
  history: typeof import('@/lib/data/figure-history');
};
let data: Modules;
let prisma: PrismaClient;

beforeAll(async () => {
  await database.create();
  prisma = createPrismaClient(database.location);
  await seedDatabase(prisma);
  data = {
    list: await import('@/lib/data/figure-list'),
    detail: await import('@/lib/data/figure-detail'),
    reports: await import('@/lib/data/reports'),
    sources: await import('@/lib/data/sources'),
    overview: await import('@/lib/data/overview'),
    headlines: await import('@/lib/data/headlines'),
    ranking: await import('@/lib/data/source-ranking'),
    places: await import('@/lib/data/place-counts'),
    estimates: await import('@/lib/data/estimate-series'),
    names: await import('@/lib/data/scope-names'),
    history: await import('@/lib/data/figure-history'),
  };
});
afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: appClient } = await import('@/lib/db/prisma');
  await appClient.$disconnect();
  await database.drop();
});

async function idOf(rawText: string): Promise<number> {
  return (await prisma.figure.findFirstOrThrow({ where: { rawText } })).id;
}
const rawTexts = (figures: Array<{ rawText: string }>) => figures.map((figure) => figure.rawText);

describe('the figure list of a scope', () => {
  it('scopes by category, source, place (with the places under it), report and period', async () => {
    const sohr = await prisma.source.findFirstOrThrow({ where: { shortName: 'SOHR' } });
    const raqqa = await prisma.place.findFirstOrThrow({ where: { name: 'Raqqa' } });
    const jazra = await prisma.place.findFirstOrThrow({ where: { name: 'Jazra' } });
    const report = await prisma.report.findFirstOrThrow();
    expect(rawTexts((await data.list.queryFigurePage({ category: 'killed' }, null, 50)).items)).toEqual(['15', '23']);
    expect(rawTexts((await data.list.queryFigurePage({ sourceId: sohr.id }, null, 50)).items).sort()).toEqual(['15', '23', '25']);
    expect(rawTexts((await data.list.queryFigurePage({ placeId: jazra.id }, null, 50)).items)).toEqual(['15']);
    const inRaqqa = await data.list.queryFigurePage({ placeId: raqqa.id }, null, 50);
    expect(inRaqqa.items.map((figure) => figure.place?.name)).toContain('Jazra');
    expect((await data.list.queryFigurePage({ reportId: report.id }, null, 50)).total).toBe(12);
    expect((await data.list.queryFigurePage({ from: '2017-06-10' }, null, 50)).total).toBe(0);
    expect((await data.list.queryFigurePage({ from: '2017-06-01', to: '2017-06-09' }, null, 50)).total).toBe(12);
  });

  it('walks every figure exactly once, newest first, through its cursor', async () => {
    const seen: number[] = [];
    let cursor: Array<string | number | null> | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof data.list.queryFigurePage>> = await data.list.queryFigurePage({}, cursor, 5);
      expect(page.total).toBe(12);
      seen.push(...page.items.map((figure) => figure.id));
      cursor = page.nextCursor ? JSON.parse(Buffer.from(page.nextCursor, 'base64url').toString()) : null;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(12);
  });
});

describe('one figure', () => {
  it('comes with its sentence split at the number phrase, its whole, its parts and other sources of the same place and time', async () => {
    const detail = await data.detail.queryFigureDetail(await idOf('about 160,000'));
    expect(detail?.sentence).toEqual({
      before: 'But thousands have fled in recent months, and the UN humanitarian office estimates ',
      phrase: 'about 160,000',
      after: ' people remain in the city.',
    });
    expect(detail?.partOf?.rawText).toBe('An estimated 300,000');
    expect(rawTexts(detail!.parts)).toEqual(['an estimated 40,000']);
    expect(detail?.otherSources.map((other) => [other.rawText, other.source])).toEqual([['An estimated 300,000', null]]);
    expect(detail?.otherSourcesScope).toMatchObject({ category: 'population', from: '2017-05-10', to: '2017-07-09' });
    expect(await data.detail.queryFigureDetail(999_999)).toBeNull();
  });

  it('is compared with figures of the same place only, and, when unattributed, with attributed ones only', async () => {
    const third = await data.detail.queryFigureDetail(await idOf('third'));
    expect(third!.otherSources).toEqual([]);
    await prisma.figure.update({ where: { id: third!.figure.id }, data: { placeId: (await prisma.figure.findFirstOrThrow({ where: { rawText: '25' } })).placeId } });
    expect(rawTexts((await data.detail.queryFigureDetail(third!.figure.id))!.otherSources)).toEqual(['25']);
    await prisma.figure.update({ where: { id: third!.figure.id }, data: { placeId: third!.figure.place?.id ?? null } });
  });

  it('has a public history with names and formatted values, never ids or offsets', async () => {
    const id = await idOf('An estimated 300,000');
    const { recordRevision } = await import('@/lib/revisions/record');
    const before = await prisma.figure.findUniqueOrThrow({ where: { id } });
    const pentagon = await prisma.source.findFirstOrThrow({ where: { shortName: 'Pentagon' } });
    const after = { ...before, sourceId: pentagon.id, value: 310_000, start: before.start + 1, version: 2 };
    await prisma.$transaction((tx) => recordRevision(tx, { entityType: 'Figure', entityId: id, action: 'update', before, after, userId: null }));
    const [latest] = await data.history.queryPublicFigureHistory(id);
    expect(latest!.changes).toEqual(
      expect.arrayContaining([
        { field: 'sourceId', label: 'Source', before: 'empty', after: 'US Department of Defense' },
        { field: 'value', label: 'Value', before: '300,000', after: '310,000' },
      ]),
    );
    expect(latest!.changes.map((change) => change.field)).not.toContain('start');
  });
});

describe('reports and sources', () => {
  it('lists reports newest first with their figure counts and gives one report with its body and figures', async () => {
    const page = await data.reports.queryReportPage(null);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ outlet: 'AFP', publishedAt: '2017-06-09', figureCount: 12 });
    const report = await data.reports.queryReport(page.items[0]!.id);
    expect(report?.body.startsWith('U.S.-led coalition forces launched heavy raids')).toBe(true);
    for (const figure of report!.figures) expect(report!.body.slice(figure.start, figure.end)).toBe(figure.rawText);
    expect(await data.reports.queryReport(999_999)).toBeNull();
  });

  it('gives one source with how many figures it stands behind', async () => {
    const pentagon = await prisma.source.findFirstOrThrow({ where: { shortName: 'Pentagon' } });
    expect(await data.sources.querySource(pentagon.id)).toMatchObject({ name: 'US Department of Defense', figureCount: 2 });
    expect(await data.sources.querySource(999_999)).toBeNull();
  });

  it('resolves the names a scope uses and reports the ones that name nothing', async () => {
    const scope = { category: 'killed' as const, sourceId: 999_999, placeId: 1 };
    const resolved = data.names.checkScopeNames(scope, await data.names.queryScopeNames(999_999, 1, null));
    expect(resolved.scope).toEqual({ category: 'killed', placeId: 1 });
    expect(resolved.problems).toEqual([{ parameter: 'source', value: '999999', message: 'names no source' }]);
    expect(resolved.names.place?.name).toBeTruthy();
  });
});

describe('the overview', () => {
  it('counts the scope in SQL', async () => {
    expect(await data.overview.queryScopeTotals({})).toEqual({ figures: 12, reports: 1, sources: 4, places: 3 });
    expect(await data.overview.queryScopeTotals({ category: 'killed' })).toEqual({ figures: 2, reports: 1, sources: 1, places: 2 });
  });

  it('leads each headline with the latest attributed figure, counts the others and gives their spread', async () => {
    const headlines = await data.headlines.queryHeadlines({});
    const lead = Object.fromEntries(headlines.map((headline) => [headline.key, headline.lead?.rawText]));
    expect(lead).toEqual({ killed: '23', children: 'an estimated 40,000', fighters: 'up to 2,500', displaced: '80,000', population: 'about 160,000' });
    const displaced = headlines.find((headline) => headline.key === 'displaced')!;
    expect(rawTexts(displaced.others)).toEqual(['Tens of thousands', 'thousands']);
    expect(displaced.otherCount).toBe(2);
    expect(displaced.spread).toEqual({ low: 2_000, high: 99_999, openHigh: false });
    expect(headlines.find((headline) => headline.key === 'killed')!.spread).toEqual({ low: 15, high: 23, openHigh: false });
  });

  it('builds the composition of the population from stored figures and their parts', async () => {
    const compositions = await data.overview.queryCompositions({});
    expect(compositions).toHaveLength(1);
    const flat = data.overview.flattenComposition(compositions[0]!).map((node) => [node.depth, node.figure.rawText]);
    expect(flat).toEqual([[0, 'An estimated 300,000'], [1, 'about 160,000'], [2, 'an estimated 40,000'], [1, '80,000']]);
  });

  it('ranks sources by their figures, with the latest of each headline group', async () => {
    const ranking = await data.ranking.querySourceRanking({});
    expect(ranking.map((entry) => [entry.source.name, entry.figureCount])).toEqual([
      ['Syrian Observatory for Human Rights', 3],
      ['US Department of Defense', 2],
      ['UN Office for the Coordination of Humanitarian Affairs', 1],
      ['UNICEF', 1],
    ]);
    expect(ranking[0]!.latest.killed?.rawText).toBe('23');
    expect(ranking[1]!.latest.fighters?.rawText).toBe('up to 2,500');
  });

  it('counts figures by place', async () => {
    const places = await data.places.queryPlaceCounts({});
    expect(places.reduce((sum, place) => sum + place.figureCount, 0)).toBeLessThanOrEqual(12);
    expect(places.find((place) => place.name === 'Jazra')).toMatchObject({ parentName: 'Raqqa', figureCount: 1 });
  });

  it('draws estimates over time as bands with the latest figure, never a sum', async () => {
    const [killed] = await data.estimates.queryHeadlineEstimates({ category: 'killed' });
    expect(killed).toMatchObject({ key: 'killed', granularity: 'week' });
    expect(killed!.periods).toHaveLength(1);
    expect(killed!.periods[0]).toMatchObject({ start: '2017-06-05', figureCount: 2, low: 15, high: 23, openHigh: false });
    expect(killed!.periods[0]!.latest.rawText).toBe('23');
  });

  it('follows a change in the stored figures, with nothing taken from the code', async () => {
    const remaining = await idOf('about 160,000');
    await prisma.figure.update({ where: { id: remaining }, data: { value: 150_000, low: 135_000, high: 165_000 } });
    const compositions = await data.overview.queryCompositions({ category: 'killed' });
    expect(compositions[0]!.parts[0]!.figure).toMatchObject({ value: 150_000, low: 135_000, high: 165_000 });
    await prisma.figure.update({ where: { id: remaining }, data: { value: 160_000, low: 144_000, high: 176_000 } });
  });
});
