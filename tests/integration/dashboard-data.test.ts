import fs from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from '@/lib/db/prepare';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { makeTempDir } from '../support/temp-database';

// The data modules use the app's one Prisma client, which opens DATABASE_URL when first imported: point it at
// this file's own database before loading them.
const dir = makeTempDir();
const databasePath = path.join(dir, 'dashboard-data.db');
process.env.DATABASE_URL = `file:${databasePath}`;

type Modules = {
  figures: typeof import('@/lib/data/figures');
  detail: typeof import('@/lib/data/figure-detail');
  reports: typeof import('@/lib/data/reports');
  sources: typeof import('@/lib/data/sources');
  places: typeof import('@/lib/data/places');
  overview: typeof import('@/lib/data/overview');
};
let data: Modules;
let prisma: PrismaClient;

beforeAll(async () => {
  await prepareDatabase(databasePath);
  prisma = createPrismaClient(databasePath);
  await seedDatabase(prisma);
  data = {
    figures: await import('@/lib/data/figures'),
    detail: await import('@/lib/data/figure-detail'),
    reports: await import('@/lib/data/reports'),
    sources: await import('@/lib/data/sources'),
    places: await import('@/lib/data/places'),
    overview: await import('@/lib/data/overview'),
  };
});
afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: appClient } = await import('@/lib/db/prisma');
  await appClient.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function idOf(rawText: string): Promise<number> {
  return (await prisma.figure.findFirstOrThrow({ where: { rawText } })).id;
}

describe('figure queries', () => {
  it('filter by category, source, place and report, in the order of the text', async () => {
    const fled = await data.figures.queryFigures({ category: 'fled' });
    expect(fled.map((figure) => figure.rawText)).toEqual(['thousands', 'Tens of thousands']);
    const sohr = await prisma.source.findUniqueOrThrow({ where: { name: 'Syrian Observatory for Human Rights' } });
    expect((await data.figures.queryFigures({ sourceId: sohr.id })).map((figure) => figure.rawText)).toEqual(['25', '23', '15']);
    const jazra = await prisma.place.findUniqueOrThrow({ where: { name: 'Jazra' } });
    expect((await data.figures.queryFigures({ placeId: jazra.id })).map((figure) => figure.rawText)).toEqual(['15']);
    const report = await prisma.report.findFirstOrThrow();
    expect(await data.figures.queryFigures({ reportId: report.id })).toHaveLength(12);
    expect(await data.figures.queryFigures({ reportId: report.id + 1 })).toEqual([]);
  });

  it('give a figure its sentence split at the number phrase, its whole, its parts and other sources', async () => {
    const detail = await data.detail.queryFigureDetail(await idOf('about 160,000'));
    expect(detail?.sentence).toEqual({
      before: 'But thousands have fled in recent months, and the UN humanitarian office estimates ',
      phrase: 'about 160,000',
      after: ' people remain in the city.',
    });
    expect(detail?.partOf?.rawText).toBe('An estimated 300,000');
    expect(detail?.parts.map((part) => part.rawText)).toEqual(['an estimated 40,000']);
    expect(detail?.otherSources.map((other) => [other.rawText, other.source])).toEqual([['An estimated 300,000', null]]);
    expect(await data.detail.queryFigureDetail(999_999)).toBeNull();
  });

  it('compare an unattributed figure with attributed ones only', async () => {
    const detail = await data.detail.queryFigureDetail(await idOf('third'));
    expect(detail?.otherSources.map((other) => other.rawText)).toEqual(['25']);
  });
});

describe('report, source and place queries', () => {
  it('list reports with their figure counts and give one report with its body and figures', async () => {
    const [summary] = await data.reports.queryReports();
    expect(summary).toMatchObject({ outlet: 'AFP', publishedAt: '2017-06-09', figureCount: 12 });
    const report = await data.reports.queryReport(summary!.id);
    expect(report?.body.startsWith('U.S.-led coalition forces launched heavy raids')).toBe(true);
    for (const figure of report!.figures) expect(report!.body.slice(figure.start, figure.end)).toBe(figure.rawText);
    expect(await data.reports.queryReport(999_999)).toBeNull();
  });

  it('list sources by name with how many figures each stands behind, and give one with its figures', async () => {
    const sources = await data.sources.querySources();
    expect(sources.map((source) => [source.shortName, source.figureCount])).toEqual([
      ['SOHR', 3], ['OCHA', 1], ['UNICEF', 1], ['Pentagon', 2],
    ]);
    const pentagon = await data.sources.querySource(sources[3]!.id);
    expect(pentagon?.figures.map((figure) => figure.rawText)).toEqual(['Hundreds', 'up to 2,500']);
    expect(await data.sources.querySource(999_999)).toBeNull();
  });

  it('list places with their parent', async () => {
    const places = await data.places.queryPlaces();
    expect(places.find((place) => place.name === 'Jazra')).toMatchObject({ parentName: 'Raqqa', figureCount: 1 });
  });
});

describe('the overview query', () => {
  it('leads each headline with the latest attributed figure and keeps the others beside it', async () => {
    const { headlines } = await data.overview.queryOverview();
    const lead = Object.fromEntries(headlines.map((headline) => [headline.key, headline.lead?.rawText]));
    expect(lead).toEqual({ killed: '23', children: 'an estimated 40,000', fighters: 'up to 2,500', displaced: '80,000', population: 'about 160,000' });
    expect(headlines.find((headline) => headline.key === 'displaced')?.others.map((figure) => figure.rawText)).toEqual(['Tens of thousands', 'thousands']);
  });

  it('builds the composition of the population from stored figures and their parts', async () => {
    const { compositions } = await data.overview.queryOverview();
    expect(compositions).toHaveLength(1);
    const flat = data.overview.flattenComposition(compositions[0]!).map((node) => [node.depth, node.figure.rawText]);
    expect(flat).toEqual([[0, 'An estimated 300,000'], [1, 'about 160,000'], [2, 'an estimated 40,000'], [1, '80,000']]);
  });

  it('follows a change in the stored figures, with nothing taken from the code', async () => {
    const remaining = await idOf('about 160,000');
    await prisma.figure.update({ where: { id: remaining }, data: { value: 150_000, low: 135_000, high: 165_000 } });
    const { compositions, figures } = await data.overview.queryOverview({ category: 'killed' });
    expect(figures.map((figure) => figure.rawText)).toEqual(['23', '15']);
    expect(compositions[0]!.parts[0]!.figure).toMatchObject({ value: 150_000, low: 135_000, high: 165_000 });
    await prisma.figure.update({ where: { id: remaining }, data: { value: 160_000, low: 144_000, high: 176_000 } });
  });

  it('groups figures by source, unattributed last', async () => {
    const { bySource } = await data.overview.queryOverview();
    expect(bySource.map((group) => [group.source?.shortName ?? null, group.figures.length])).toEqual([
      ['SOHR', 3], ['Pentagon', 2], ['OCHA', 1], ['UNICEF', 1], [null, 5],
    ]);
  });
});
