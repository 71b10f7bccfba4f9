import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { generateSyntheticData } from '@/lib/synthetic';
import { makeTempDir } from '../support/temp-database';

// A generated database of about 20,000 figures. The data modules use the app's one Prisma client: this file
// creates it first (with query events, to read the plans of the queries they send) and points the app at it.
const dir = makeTempDir();
const databasePath = path.join(dir, 'scale.db');
process.env.DATABASE_URL = `file:${databasePath}`;
const sent: Array<{ query: string; params: unknown[] }> = [];
function createLoggingClient() {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${databasePath}` }), log: [{ emit: 'event', level: 'query' }] as const });
}
let client: ReturnType<typeof createLoggingClient>;
let sqlite: Database.Database;

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
  await generateSyntheticData(databasePath, { reports: 1_000, perReport: 20, seed: 7 });
  client = createLoggingClient();
  client.$on('query', (event) => sent.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
  (globalThis as unknown as { prisma: unknown }).prisma = client;
  sqlite = new Database(databasePath, { readonly: true });
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
  sqlite?.close();
  await client?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
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
const allFigures = (): StoredFigure[] => sqlite.prepare('SELECT id, category, value, low, high, sourceId, placeId, reportId, date FROM Figure').all() as StoredFigure[];

/** The ids of a place and every place under it, walked in JavaScript, independently of the app's SQL. */
function subtree(placeId: number): Set<number> {
  const places = sqlite.prepare('SELECT id, parentId FROM Place').all() as Array<{ id: number; parentId: number | null }>;
  const ids = new Set([placeId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const place of places) if (place.parentId !== null && ids.has(place.parentId) && !ids.has(place.id)) grew = ids.add(place.id).size > 0;
  }
  return ids;
}

describe('a database of 20,000 figures', () => {
  it('is counted in SQL exactly as the stored rows say, for the whole data and for a scope', async () => {
    const figures = allFigures();
    expect(figures.length).toBe(20_000);
    const distinct = (rows: StoredFigure[], key: 'reportId' | 'sourceId' | 'placeId') => new Set(rows.map((row) => row[key]).filter((id) => id !== null)).size;
    expect(await data.overview.queryScopeTotals({})).toEqual({
      figures: 20_000, reports: distinct(figures, 'reportId'), sources: distinct(figures, 'sourceId'), places: distinct(figures, 'placeId'),
    });
    const country = (sqlite.prepare('SELECT id FROM Place WHERE parentId IS NULL ORDER BY id LIMIT 1').get() as { id: number }).id;
    const inCountry = subtree(country);
    const scoped = figures.filter((row) => row.category === 'killed' && row.placeId !== null && inCountry.has(row.placeId) && row.date !== null && row.date >= '2015-01-01' && row.date < '2019-01-01');
    expect(scoped.length).toBeGreaterThan(50);
    expect(await data.overview.queryScopeTotals({ category: 'killed', placeId: country, from: '2015-01-01', to: '2018-12-31' })).toEqual({
      figures: scoped.length, reports: distinct(scoped, 'reportId'), sources: distinct(scoped, 'sourceId'), places: distinct(scoped, 'placeId'),
    });
  });

  it('gives each headline group its count and its spread from the lowest to the highest number, never a sum', async () => {
    const figures = allFigures();
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
      } while (cursor);
      expect(seen.size).toBe(total);
      expect(total).toBe(allFigures().filter((row) => !('category' in scope) || row.category === scope.category).length);
    }
  });

  it('draws each period of the estimates as the band of its figures with the latest one as its point', async () => {
    const series = await data.estimates.queryEstimateSeries({}, ['killed']);
    expect(series.granularity).toBe('year');
    const killed = allFigures().filter((row) => row.category === 'killed' && row.date !== null);
    expect(series.periods.reduce((sum, period) => sum + period.figureCount, 0)).toBe(killed.length);
    for (const period of series.periods) {
      const inPeriod = killed.filter((row) => row.date!.startsWith(period.start.slice(0, 4)));
      expect(period.figureCount).toBe(inPeriod.length);
      expect(period.low).toBe(Math.min(...inPeriod.map((row) => row.low ?? row.value ?? Infinity)));
      expect(period.latest.date).toBe(inPeriod.map((row) => row.date!.slice(0, 10)).sort().at(-1));
    }
  });

  it('reads no more than one page of figures and scans no index-less Figure table, on every hot query', async () => {
    sent.length = 0;
    const country = (sqlite.prepare('SELECT id FROM Place WHERE parentId IS NULL ORDER BY id LIMIT 1').get() as { id: number }).id;
    const source = (sqlite.prepare('SELECT sourceId AS id FROM Figure WHERE sourceId IS NOT NULL GROUP BY sourceId ORDER BY COUNT(*) DESC LIMIT 1').get() as { id: number }).id;
    const scopes = [{}, { category: 'killed' as const }, { sourceId: source }, { placeId: country }, { reportId: 1 }, { from: '2016-01-01', to: '2016-12-31' }];
    for (const scope of scopes) {
      const page = await data.list.queryFigurePage(scope, null, 50);
      await data.list.queryFigurePage(scope, JSON.parse(Buffer.from(page.nextCursor ?? 'WyIiLDFd', 'base64url').toString()), 50);
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

    const figureQueries = sent.filter((entry) => /"Figure"|`Figure`/.test(entry.query));
    expect(figureQueries.length).toBeGreaterThan(50);
    const fullScans: string[] = [];
    for (const { query, params } of figureQueries) {
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...params.map((param) => (typeof param === 'boolean' ? Number(param) : param))) as Array<{ detail: string }>;
      for (const { detail } of plan) {
        // "SCAN f" or "SCAN Figure" without an index reads every figure; a scan of an index or a search is bounded.
        if (/^SCAN (f|Figure|main\.Figure|whole)\b(?! USING)/.test(detail)) fullScans.push(`${detail}: ${query.slice(0, 160)}`);
      }
    }
    expect(fullScans).toEqual([]);
  });
});
