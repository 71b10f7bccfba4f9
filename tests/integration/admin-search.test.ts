import { createReport } from '@/lib/mutations/report-mutations';
import type { SessionUser } from '@/lib/auth/users';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { findPlaceCandidates, findSourceCandidates } from '@/lib/data/admin-name-matches';
import { matchPlace, matchSource } from '@/lib/review/matching';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser } from '../support/admin';
import { loadBulkDataInto, type BulkLoaded } from '../support/admin-bulk-data';
import { testDatabase } from '../support/test-database';

// The admin data modules use the app's one Prisma client, opened on DATABASE_URL when first imported.
const database = testDatabase('admin-search');

let search: typeof import('@/lib/data/admin-search');
let review: typeof import('@/lib/data/admin-review');
let prisma: PrismaClient;
let bulk: BulkLoaded;

beforeAll(async () => {
  await database.create();
  prisma = createPrismaClient(database.location);
  await seedDatabase(prisma);
  bulk = await loadBulkDataInto(database.location, { reports: 30, figuresPerReport: 10, sources: 300, places: 120 });
  search = await import('@/lib/data/admin-search');
  review = await import('@/lib/data/admin-review');
});
afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: appClient } = await import('@/lib/db/prisma');
  await appClient.$disconnect();
  await database.drop();
});

describe('the admin search helpers', () => {
  it('return at most 20 choices, whatever matches', async () => {
    for (const results of [
      await search.searchSources(''),
      await search.searchSources('bulk'),
      await search.searchPlaces('town'),
      await search.searchReports('bulk'),
      await search.searchReports(''),
    ]) {
      expect(results).toHaveLength(20);
    }
  });

  it('find a source by its alias and say which alias matched', async () => {
    const [pentagon] = await search.searchSources('pentagon');
    expect(pentagon?.label).toBe('US Department of Defense');
    const [observatory] = await search.searchSources('britain-based');
    expect(observatory).toMatchObject({ label: 'Syrian Observatory for Human Rights', detail: 'SOHR · also “the Britain-based group”' });
    const byAlias = await search.searchSources('the 42th monitor');
    expect(byAlias.map((choice) => choice.label)).toEqual(['Bulk Monitor 00042']);
    const byShortName = await search.searchSources('ocha');
    expect(byShortName[0]?.label).toBe('UN Office for the Coordination of Humanitarian Affairs');
  });

  it('put names that start with the text before names that only contain it', async () => {
    const results = await search.searchSources('un');
    const starts = results.map((choice) => /^un/i.test(choice.label) || /^un/i.test(choice.detail ?? ''));
    expect(starts[0]).toBe(true);
    expect(starts.indexOf(false) === -1 || starts.slice(starts.indexOf(false)).every((start) => !start)).toBe(true);
  });

  it('name each place with the place it lies in, and find reports by title, outlet or id', async () => {
    const [town] = await search.searchPlaces('Bulk Town 00007');
    expect(town).toMatchObject({ label: 'Bulk Town 00007', detail: 'in Bulk Town 00001' });
    const [raqqa] = await search.searchPlaces('raq');
    expect(raqqa).toMatchObject({ label: 'Raqqa', detail: 'in Syria' });

    const reuters = await search.searchReports('reuters');
    expect(reuters.length).toBeGreaterThan(0);
    expect(reuters.every((choice) => choice.detail?.startsWith('Reuters, '))).toBe(true);
    const byId = await search.searchReports(`#${bulk.reportIds[4]}`);
    expect(byId.map((choice) => choice.label)).toContain('Bulk report 5');
    expect(await search.searchReports('no such report anywhere')).toEqual([]);
  });

  it('offer the figures of one report, in text order, as wholes', async () => {
    const choices = await search.queryReportFigureChoices(bulk.reportIds[2]!);
    const stored = await prisma.figure.findMany({ where: { reportId: bulk.reportIds[2]! }, orderBy: { start: 'asc' } });
    expect(choices.map((choice) => choice.id)).toEqual(stored.map((figure) => figure.id));
    expect(choices[0]!.label).toBe(`#${stored[0]!.id} ${stored[0]!.rawText}: ${stored[0]!.counted}`);
  });
});

describe('matching proposed names to stored sources and places in SQL', () => {
  const sourceNames = [
    'the Britain-based group',
    'The Observatory',
    'the U.N. Children’s Agency',
    "UN children's agency",
    'OCHA',
    'Pentagon',
    'bulk monitor 00042',
    'BM42',
    'the 42th monitor',
    'Bulk-Monitor 00043',
    'Monitor 00042',
    'Syrian Observatory for Human Rights!',
    'nobody we know',
    '...',
  ];

  it('finds the same source as the matcher run over every stored source, reading only a few candidates', async () => {
    const everySource = await prisma.source.findMany();
    for (const name of sourceNames) {
      const candidates = await findSourceCandidates(prisma, [name]);
      expect(candidates.length).toBeLessThan(10);
      expect(matchSource(candidates, name)?.id ?? null).toBe(matchSource(everySource, name)?.id ?? null);
    }
    expect(matchSource(await findSourceCandidates(prisma, ['the Britain-based group']), 'the Britain-based group')?.name).toBe('Syrian Observatory for Human Rights');
    expect(matchSource(await findSourceCandidates(prisma, ['the U.N. Children’s Agency']), 'the U.N. Children’s Agency')?.name).toBe('UNICEF');
    expect(await findSourceCandidates(prisma, ['...', ''])).toEqual([]);
  });

  it('finds every stored name again however the text spells it (case, “the”, dots, hyphens, apostrophes)', async () => {
    const everySource = await prisma.source.findMany();
    const spellings = (name: string) => [
      name.toUpperCase(),
      `The ${name}`,
      name.replace(/ /g, '-'),
      `${name.replace(/([A-Za-z])(?=[A-Za-z])/g, '$1.')}.`,
      name.replace(/s\b/g, '’s'),
      `“${name}”,`,
    ];
    const stored = everySource.filter((source) => source.id <= 4 || source.id % 37 === 0);
    let found = 0;
    let tried = 0;
    for (const source of stored) {
      for (const known of [source.name, source.shortName ?? '', ...source.aliases.split('\n')].filter(Boolean)) {
        for (const name of spellings(known)) {
          const candidates = await findSourceCandidates(prisma, [name, 'some other name']);
          const expected = matchSource(everySource, name)?.id ?? null;
          expect(matchSource(candidates, name)?.id ?? null).toBe(expected);
          tried += 1;
          if (expected !== null) found += 1;
        }
      }
    }
    // Most spellings do name a stored source, so the comparison is not between two misses.
    expect(found / tried).toBeGreaterThan(0.8);
  });

  it('finds the same place as the matcher run over every stored place', async () => {
    const everyPlace = await prisma.place.findMany();
    for (const name of ['Raqqa', 'raqqa.', 'Al Tanaf', 'al-tanaf', 'Bulk Town 00099', 'Town 00099', 'Nowhere']) {
      const candidates = await findPlaceCandidates(prisma, [name]);
      expect(matchPlace(candidates, name)?.id ?? null).toBe(matchPlace(everyPlace, name)?.id ?? null);
    }
    expect(matchPlace(await findPlaceCandidates(prisma, ['al-tanaf']), 'al-tanaf')?.name).toBe('Al-Tanaf');
  });

  it('marks the review queue’s proposals whose source and place are stored, without reading every source', async () => {
    const account = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
    const editor: SessionUser = { id: account.id, email: account.email, name: 'Edith Editor', role: 'editor' };
    const body =
      'At least 12 civilians were killed in Raqqa on Monday, the Britain-based group said.\n\n' +
      'More than 300 families fled Jazra overnight, according to Bulk Monitor 00042.\n\n' +
      'About 40 fighters were killed near Nowhere-on-Sea, said the Invented Council for Tests.';
    const created = await createReport(prisma, editor, { title: 'Review matching', outlet: 'AFP', publishedAt: '2021-03-01', url: '', language: 'en', body });
    expect(created.status).toBe('saved');
    const queue = await review.queryReviewQueue(created.id!);
    const byNumber = new Map(queue!.proposals.map((proposal) => [proposal.data.rawText, proposal]));
    expect(byNumber.get('At least 12')).toMatchObject({ sourceKnown: true, placeKnown: true, defaults: { sourceName: 'Syrian Observatory for Human Rights', placeName: 'Raqqa' } });
    expect(byNumber.get('More than 300')).toMatchObject({ sourceKnown: true, placeKnown: true, defaults: { sourceName: 'Bulk Monitor 00042', placeName: 'Jazra' } });
    expect(byNumber.get('About 40')).toMatchObject({ sourceKnown: false, placeKnown: false, defaults: { sourceName: 'Invented Council for Tests', placeName: 'Nowhere-on-Sea' } });
  });
});
