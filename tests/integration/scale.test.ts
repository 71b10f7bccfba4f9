import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { generateSyntheticData } from '@/lib/synthetic';
import { createQueryLoggingClient, type QueryLoggingClient, type SentQuery } from '../support/query-log';
import {
  connectPostgresqlPlanner,
  fullSorts,
  sqliteFigureTableScans,
  sqlitePlanLines,
  unindexedReads,
  type PostgresqlPlanner,
} from '../support/query-plans';
import { testDatabase } from '../support/test-database';

// A generated database of about 20,000 figures, on SQLite or PostgreSQL (tests/support/test-database.ts). The data
// modules use the app's one Prisma client: this file creates it first (with query events, to read the plans of the
// queries they send) and points the app at it. The test reads the stored rows through a client of its own.
const database = testDatabase('scale');
let app: QueryLoggingClient;
let prisma: PrismaClient;

type Modules = {
  list: typeof import('@/lib/data/figure-list');
  overview: typeof import('@/lib/data/overview');
  headlines: typeof import('@/lib/data/headlines');
  estimates: typeof import('@/lib/data/estimate-series');
  ranking: typeof import('@/lib/data/source-ranking');
  places: typeof import('@/lib/data/place-counts');
  detail: typeof import('@/lib/data/figure-detail');
  reports: typeof import('@/lib/data/reports');
};
let data: Modules;

beforeAll(async () => {
  await database.create();
  await generateSyntheticData(database.location, { reports: 1_000, perReport: 20, seed: 7 });
  app = createQueryLoggingClient(database.location);
  (globalThis as unknown as { prisma: unknown }).prisma = app.client;
  prisma = createPrismaClient(database.location);
  data = {
    list: await import('@/lib/data/figure-list'),
    overview: await import('@/lib/data/overview'),
    headlines: await import('@/lib/data/headlines'),
    estimates: await import('@/lib/data/estimate-series'),
    ranking: await import('@/lib/data/source-ranking'),
    places: await import('@/lib/data/place-counts'),
    detail: await import('@/lib/data/figure-detail'),
    reports: await import('@/lib/data/reports'),
  };
}, 120_000);
afterAll(async () => {
  await Promise.allSettled([app?.client.$disconnect(), prisma?.$disconnect()]);
  await database.drop();
});

interface StoredFigure {
  id: number;
  category: string;
  value: number | null;
  low: number | null;
  high: number | null;
  sourceId: number | null;
  placeId: number | null;
  reportId: number;
  date: string | null;
}
async function allFigures(): Promise<StoredFigure[]> {
  const rows = await prisma.figure.findMany({ select: { id: true, category: true, value: true, low: true, high: true, sourceId: true, placeId: true, reportId: true, date: true } });
  return rows.map((row) => ({ ...row, date: row.date?.toISOString() ?? null }));
}

const firstCountryId = async () => (await prisma.place.findFirstOrThrow({ where: { parentId: null }, orderBy: { id: 'asc' } })).id;

/** The ids of a place and every place under it, walked in JavaScript, independently of the app's SQL. */
async function subtree(placeId: number): Promise<Set<number>> {
  const places = await prisma.place.findMany({ select: { id: true, parentId: true } });
  const ids = new Set([placeId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const place of places) if (place.parentId !== null && ids.has(place.parentId) && !ids.has(place.id)) grew = ids.add(place.id).size > 0;
  }
  return ids;
}

describe('a database of 20,000 figures', () => {
  it('is counted in SQL exactly as the stored rows say, for the whole data and for a scope', async () => {
    const figures = await allFigures();
    expect(figures.length).toBe(20_000);
    const distinct = (rows: StoredFigure[], key: 'reportId' | 'sourceId' | 'placeId') => new Set(rows.map((row) => row[key]).filter((id) => id !== null)).size;
    expect(await data.overview.queryScopeTotals({})).toEqual({
      figures: 20_000, reports: distinct(figures, 'reportId'), sources: distinct(figures, 'sourceId'), places: distinct(figures, 'placeId'),
    });
    const country = await firstCountryId();
    const inCountry = await subtree(country);
    const scoped = figures.filter((row) => row.category === 'killed' && row.placeId !== null && inCountry.has(row.placeId) && row.date !== null && row.date >= '2015-01-01' && row.date < '2019-01-01');
    expect(scoped.length).toBeGreaterThan(50);
    expect(await data.overview.queryScopeTotals({ category: 'killed', placeId: country, from: '2015-01-01', to: '2018-12-31' })).toEqual({
      figures: scoped.length, reports: distinct(scoped, 'reportId'), sources: distinct(scoped, 'sourceId'), places: distinct(scoped, 'placeId'),
    });
  });

  it('gives each headline group its count and its spread from the lowest to the highest number, never a sum', async () => {
    const figures = await allFigures();
    for (const headline of await data.headlines.queryHeadlines({})) {
      const group = figures.filter((row) => headline.categories.includes(row.category as never));
      expect(headline.otherCount + 1).toBe(group.length);
      const lows = group.map((row) => row.low ?? row.value).filter((bound): bound is number => bound !== null);
      const highs = group.map((row) => row.high ?? row.value).filter((bound): bound is number => bound !== null);
      expect(headline.spread).toEqual({ low: Math.min(...lows), high: Math.max(...highs), openHigh: group.some((row) => row.high === null) });
      expect(headline.lead?.date).toBe(group.map((row) => row.date?.slice(0, 10) ?? '').sort().at(-1));
    }
  });

  it('walks every figure exactly once through the cursor, whole and scoped', async () => {
    for (const scope of [{}, { category: 'displaced' as const }]) {
      const seen = new Set<number>();
      let cursor: Array<string | number | null> | null = null;
      let total = 0;
      do {
        const page: Awaited<ReturnType<typeof data.list.queryFigurePage>> = await data.list.queryFigurePage(scope, cursor, 1_000);
        for (const figure of page.items) {
          expect(seen.has(figure.id)).toBe(false);
          seen.add(figure.id);
        }
        total = page.total;
        cursor = page.nextCursor ? (JSON.parse(Buffer.from(page.nextCursor, 'base64url').toString()) as Array<string | number | null>) : null;
        // The list takes back every key it hands out.
        if (cursor) expect(data.list.isFigureListKey(cursor)).toBe(true);
      } while (cursor);
      expect(seen.size).toBe(total);
      expect(total).toBe((await allFigures()).filter((row) => !('category' in scope) || row.category === scope.category).length);
    }
  });

  it('takes as a cursor only a key the database can compare, so a made-up cursor is refused rather than failing', async () => {
    const reportKey = (await data.reports.queryReportPage(null)).nextCursor;
    expect(data.reports.isReportListKey(JSON.parse(Buffer.from(reportKey!, 'base64url').toString()) as Array<string | number | null>)).toBe(true);
    expect(data.list.isFigureListKey([null, 12])).toBe(true);
    const unusable: Array<Array<string | number | null>> = [['', 1], ['not a date', 1], ['2017-06-09', 1], ['2017-13-01T00:00:00.000+00:00', 1], ['2017-06-09T00:00:00.000+00:00', 2 ** 31], ['2017-06-09T00:00:00.000+00:00', 0]];
    for (const key of unusable) expect({ key, figures: data.list.isFigureListKey(key), reports: data.reports.isReportListKey(key) }).toEqual({ key, figures: false, reports: false });
  });

  it('draws each period of the estimates as the band of its figures with the latest one as its point', async () => {
    const series = await data.estimates.queryEstimateSeries({}, ['killed']);
    expect(series.granularity).toBe('year');
    const killed = (await allFigures()).filter((row) => row.category === 'killed' && row.date !== null);
    expect(series.periods.reduce((sum, period) => sum + period.figureCount, 0)).toBe(killed.length);
    for (const period of series.periods) {
      const inPeriod = killed.filter((row) => row.date!.startsWith(period.start.slice(0, 4)));
      expect(period.figureCount).toBe(inPeriod.length);
      expect(period.low).toBe(Math.min(...inPeriod.map((row) => row.low ?? row.value ?? Infinity)));
      expect(period.latest.date).toBe(inPeriod.map((row) => row.date!.slice(0, 10)).sort().at(-1));
    }
  });

  /** Sends every hot query of the pages once per scope, and returns what was sent to the Figure table. */
  async function sendHotQueries() {
    const country = await firstCountryId();
    const [busiest] = await prisma.figure.groupBy({ by: ['sourceId'], where: { sourceId: { not: null } }, _count: { id: true }, orderBy: [{ _count: { id: 'desc' } }, { sourceId: 'asc' }], take: 1 });
    const scopes = [{}, { category: 'killed' as const }, { sourceId: busiest!.sourceId! }, { placeId: country }, { reportId: 1 }, { from: '2016-01-01', to: '2016-12-31' }];
    app.sent.length = 0;
    for (const scope of scopes) {
      const page = await data.list.queryFigurePage(scope, null, 50);
      const after = page.nextCursor ? (JSON.parse(Buffer.from(page.nextCursor, 'base64url').toString()) as Array<string | number | null>) : ['2100-01-01T00:00:00.000+00:00', 1];
      await data.list.queryFigurePage(scope, after, 50);
      await Promise.all([
        data.overview.queryScopeTotals(scope),
        data.headlines.queryHeadlines(scope),
        data.estimates.queryHeadlineEstimates(scope),
        data.ranking.querySourceRanking(scope),
        data.places.queryPlaceCounts(scope),
        data.overview.queryCompositions(scope),
      ]);
    }
    await data.detail.queryFigureDetail(1_234);
    await data.reports.queryReportPage(null);
    const figureQueries = app.sent.filter((entry) => /"Figure"|`Figure`/.test(entry.query));
    expect(figureQueries.length).toBeGreaterThan(50);
    return figureQueries;
  }

  // The figure list's read of one page of ids, newest first (lib/data/figure-list.ts), in every scope but a report's:
  // a report's figures are found by (reportId, start) and sorted, as a report holds a few hundred at most.
  const isNewestFirstPage = ({ query }: SentQuery) => /^SELECT f\."id" FROM "Figure" f WHERE (?!f\."reportId").* ORDER BY f\."date" DESC, f\."id" DESC LIMIT/.test(query);
  // Queries that no index can serve, to show that each check below finds what it looks for.
  const UNINDEXED_FILTER = { query: 'SELECT f."id" FROM "Figure" f WHERE f."quote" LIKE \'%bombing%\'', params: [] };
  const UNINDEXED_ORDER = { query: 'SELECT f."id" FROM "Figure" f WHERE f."date" IS NOT NULL ORDER BY f."counted" DESC LIMIT 50', params: [] };

  if (database.kind === 'sqlite') {
    it('reads no more than one page of figures and scans no index-less Figure table, on every hot query (SQLite)', async () => {
      const fullScans: string[] = [];
      for (const sent of await sendHotQueries()) {
        fullScans.push(...sqliteFigureTableScans(await sqlitePlanLines(prisma, sent)).map((line) => `${line}: ${sent.query.slice(0, 160)}`));
      }
      expect(fullScans).toEqual([]);
      expect(sqliteFigureTableScans(await sqlitePlanLines(prisma, UNINDEXED_FILTER))).toHaveLength(1);
    });
  } else {
    let planner: PostgresqlPlanner;
    beforeAll(async () => {
      planner = await connectPostgresqlPlanner(database.location);
    });
    afterAll(() => planner?.close());

    it('reads figures through an index condition or a covering index, on every hot query (PostgreSQL)', async () => {
      const unindexed: string[] = [];
      for (const sent of await sendHotQueries()) {
        unindexed.push(...unindexedReads(await planner.plan(sent), 'Figure').map((node) => `${node}: ${sent.query.slice(0, 160)}`));
      }
      expect(unindexed).toEqual([]);
      expect(unindexedReads(await planner.plan(UNINDEXED_FILTER), 'Figure')).toEqual(['Seq Scan Figure']);
    });

    it('pages the figure list newest first in the order of an index, sorting only figures of the same day (PostgreSQL)', async () => {
      const pages = (await sendHotQueries()).filter(isNewestFirstPage);
      expect(pages.length).toBeGreaterThanOrEqual(10);
      const sorted: string[] = [];
      for (const sent of pages) sorted.push(...fullSorts(await planner.plan(sent), 'date').map((node) => `${node}: ${sent.query.slice(0, 160)}`));
      expect(sorted).toEqual([]);
      expect(fullSorts(await planner.plan(UNINDEXED_ORDER), 'date')).toHaveLength(1);
    });
  }
});
