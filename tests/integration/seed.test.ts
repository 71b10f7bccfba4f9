import { readSeedReport, seedDatabase } from '@/prisma/seed';
import type { PrismaClient } from '@/lib/db/connect';
import { createMigratedDatabase } from '../support/temp-database';

let drop: () => Promise<void> = async () => {};
let prisma: PrismaClient;

beforeAll(async () => {
  ({ prisma, drop } = await createMigratedDatabase());
  await seedDatabase(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
  await drop();
});

async function figureByRawText(rawText: string, quoteFragment?: string) {
  const matches = await prisma.figure.findMany({ where: { rawText }, include: { source: true, place: true, partOf: true } });
  const figure = quoteFragment ? matches.find((candidate) => candidate.quote.includes(quoteFragment)) : matches[0];
  if (!figure) throw new Error(`no seeded figure "${rawText}"`);
  return figure;
}

describe('the Raqqa seed', () => {
  it('stores the report with its metadata and the full body', async () => {
    const reports = await prisma.report.findMany();
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report).toMatchObject({ outlet: 'AFP', title: 'Coalition strikes pound Raqqa as SDF fighters push into the city' });
    expect(report!.publishedAt.toISOString().slice(0, 10)).toBe('2017-06-09');
    expect(report!.body).toBe(readSeedReport('raqqa-2017-06-09').body);
  });

  it('stores all twelve figures that count people or events', async () => {
    const raw = (await prisma.figure.findMany({ orderBy: { start: 'asc' } })).map((figure) => figure.rawText);
    expect(raw).toEqual([
      '25', '23', '15', 'Hundreds', 'up to 2,500', 'An estimated 300,000', '80,000', 'thousands',
      'about 160,000', 'an estimated 40,000', 'Tens of thousands', 'third',
    ]);
  });

  it.each([
    ['25', 'airstrikes', 'exact', 25, 25, 25, 'Syrian Observatory for Human Rights'],
    ['23', 'killed', 'exact', 23, 23, 23, 'Syrian Observatory for Human Rights'],
    ['15', 'killed', 'exact', 15, 15, 15, 'Syrian Observatory for Human Rights'],
    ['Hundreds', 'personnel', 'vague', null, 200, 999, 'US Department of Defense'],
    ['up to 2,500', 'fighters', 'up_to', 2500, null, 2500, 'US Department of Defense'],
    ['An estimated 300,000', 'population', 'estimated', 300000, 270000, 330000, null],
    ['80,000', 'displaced', 'exact', 80000, 80000, 80000, null],
    ['thousands', 'fled', 'vague', null, 2000, 9999, null],
    ['about 160,000', 'population', 'about', 160000, 144000, 176000, 'UN Office for the Coordination of Humanitarian Affairs'],
    ['an estimated 40,000', 'children', 'estimated', 40000, 36000, 44000, 'UNICEF'],
    ['Tens of thousands', 'fled', 'vague', null, 20000, 99999, null],
    ['third', 'airstrikes', 'exact', 3, 3, 3, null],
  ])('stores "%s" as %s, %s, value %p, range %p–%p, source %p', async (rawText, category, qualifier, value, low, high, sourceName) => {
    const figure = await figureByRawText(rawText);
    expect({ category: figure.category, qualifier: figure.qualifier, value: figure.value, low: figure.low, high: figure.high }).toEqual({
      category, qualifier, value, low, high,
    });
    expect(figure.source?.name ?? null).toBe(sourceName);
  });

  it('points every figure at its number phrase in the body and quotes the sentence it sits in', async () => {
    const report = await prisma.report.findFirstOrThrow();
    const figures = await prisma.figure.findMany();
    for (const figure of figures) {
      expect(report.body.slice(figure.start, figure.end)).toBe(figure.rawText);
      const quoteStart = report.body.indexOf(figure.quote);
      expect(quoteStart).toBeGreaterThanOrEqual(0);
      expect(figure.start).toBeGreaterThanOrEqual(quoteStart);
      expect(figure.end).toBeLessThanOrEqual(quoteStart + figure.quote.length);
    }
  });

  it('resolves "the Britain-based group" to the Syrian Observatory and records the subsets the text gives', async () => {
    const killed = await figureByRawText('23');
    expect(killed.quote).toMatch(/^The Britain-based group reported 23 civilians killed/);
    const internetCafe = await figureByRawText('15');
    expect(internetCafe.partOf?.id).toBe(killed.id);
    expect(internetCafe.place?.name).toBe('Jazra');
    const displaced = await figureByRawText('80,000');
    expect(displaced.partOf?.rawText).toBe('An estimated 300,000');
    for (const part of [internetCafe, displaced]) expect(part.value!).toBeLessThanOrEqual(part.partOf!.value!);
  });

  it('writes a creation revision for every seeded record', async () => {
    const figureRevisions = await prisma.revision.count({ where: { entityType: 'Figure', action: 'create' } });
    expect(figureRevisions).toBe(12);
    expect(await prisma.revision.count({ where: { entityType: 'Report' } })).toBe(1);
  });

  it('changes nothing when run a second time', async () => {
    const counts = async () => ({
      reports: await prisma.report.count(),
      figures: await prisma.figure.count(),
      sources: await prisma.source.count(),
      places: await prisma.place.count(),
      revisions: await prisma.revision.count(),
    });
    const before = await counts();
    const second = await seedDatabase(prisma);
    expect(second).toEqual({ reportsCreated: 0, figuresCreated: 0, sourcesCreated: 0, placesCreated: 0 });
    expect(await counts()).toEqual(before);
  });
});
