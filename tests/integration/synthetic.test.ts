import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { locateRawText } from '@/lib/mutations/figure-database-rules';
import { createPrismaClient } from '@/lib/db/connect';
import { splitSentences } from '@/lib/extract/sentences';
import { boundsForQualifier, boundsForVagueWord } from '@/lib/figures/hedge-ranges';
import { CATEGORIES, GRADES, QUALIFIERS, SOURCE_KINDS, type Qualifier } from '@/lib/figures/vocabulary';
import { hashReportBody } from '@/lib/reports/body-hash';
import { generateSyntheticData, type SyntheticCounts } from '@/lib/synthetic';
import { createFigureSchema, figureMeasure } from '@/lib/validation/figure';
import { makeTempDir } from '../support/temp-database';

/** The synthetic data generator and `npm run db:synthetic`, on throwaway files. */
const repositoryRoot = path.join(__dirname, '..', '..');
const SIZE = { reports: 200, perReport: 20 };

interface FigureRecord {
  id: number; category: string; value: number | null; low: number | null; high: number | null; qualifier: Qualifier;
  rawText: string; quote: string; start: number; end: number; counted: string; date: string; grade: string | null;
  reportId: number; sourceId: number | null; placeId: number | null; partOfId: number | null;
}
interface ReportRecord { id: number; title: string; outlet: string; publishedAt: string; body: string; bodyHash: string }
interface PlaceRecord { id: number; name: string; parentId: number | null; adminCode: string | null; latitude: number | null; longitude: number | null }

let dir: string;
let counts: SyntheticCounts;
let figures: FigureRecord[];
let reports: Map<number, ReportRecord>;
let places: PlaceRecord[];

function readTable<Row>(databasePath: string, table: string): Row[] {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return database.prepare(`SELECT * FROM "${table}" ORDER BY "id"`).all() as Row[];
  } finally {
    database.close();
  }
}

const dumpOf = (databasePath: string) => ['Place', 'Source', 'Report', 'Figure'].map((table) => readTable(databasePath, table));
const fileHash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Runs the command as `npm run db:synthetic -- ...args` would, and resolves with how it ended. */
function runCli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');
  return new Promise((resolve) => {
    execFile(tsx, ['scripts/db-synthetic.ts', ...args], { cwd: repositoryRoot, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = makeTempDir('figures-synthetic-');
  counts = await generateSyntheticData(path.join(dir, 'first.db'), { ...SIZE, seed: 7 });
  await generateSyntheticData(path.join(dir, 'same-seed.db'), { ...SIZE, seed: 7 });
  await generateSyntheticData(path.join(dir, 'other-seed.db'), { ...SIZE, seed: 8 });
  figures = readTable<FigureRecord>(path.join(dir, 'first.db'), 'Figure');
  reports = new Map(readTable<ReportRecord>(path.join(dir, 'first.db'), 'Report').map((report) => [report.id, report]));
  places = readTable<PlaceRecord>(path.join(dir, 'first.db'), 'Place');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('generateSyntheticData', () => {
  it('writes the requested reports, each with the requested figures, and reports its counts', () => {
    expect(counts).toMatchObject({ reports: 200, figures: 4_000 });
    expect(reports.size).toBe(200);
    expect(figures).toHaveLength(4_000);
    const perReport = new Map<number, number>();
    for (const figure of figures) perReport.set(figure.reportId, (perReport.get(figure.reportId) ?? 0) + 1);
    expect(new Set(perReport.values())).toEqual(new Set([20]));
    expect(counts.places).toBe(places.length);
    expect(counts.sources).toBe(readTable(path.join(dir, 'first.db'), 'Source').length);
    expect(counts.parts).toBe(figures.filter((figure) => figure.partOfId !== null).length);
  });

  it('gives identical rows for the same seed and different rows for another', () => {
    const first = dumpOf(path.join(dir, 'first.db'));
    expect(dumpOf(path.join(dir, 'same-seed.db'))).toEqual(first);
    expect(dumpOf(path.join(dir, 'other-seed.db'))[3]).not.toEqual(first[3]);
  });

  it('stores dates as Prisma does, and Prisma reads every figure back with its report, source and place', async () => {
    const storedDate = /^\d{4}-\d{2}-\d{2}T00:00:00\.000\+00:00$/;
    expect(figures.every((figure) => storedDate.test(figure.date))).toBe(true);
    expect([...reports.values()].every((report) => storedDate.test(report.publishedAt))).toBe(true);
    const prisma = createPrismaClient(path.join(dir, 'first.db'));
    try {
      const read = await prisma.figure.findMany({ where: { reportId: 1 }, include: { report: true, source: true, place: true } });
      expect(read).toHaveLength(20);
      expect(read[0]!.date).toBeInstanceOf(Date);
      expect(read[0]!.report.updatedAt).toBeInstanceOf(Date);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('hashes each body as the app does, so pasting a synthetic report again finds it', () => {
    for (const report of reports.values()) expect(report.bodyHash).toBe(hashReportBody(report.body));
  });

  it('places every number as written at its offsets, inside its sentence, where the app would find it again', () => {
    const sentencesOf = new Map([...reports.values()].map((report) => [report.id, splitSentences(report.body)]));
    for (const figure of figures) {
      const { body } = reports.get(figure.reportId)!;
      expect(body.slice(figure.start, figure.end)).toBe(figure.rawText);
      const sentence = sentencesOf.get(figure.reportId)!.find((candidate) => candidate.start <= figure.start && figure.start < candidate.start + candidate.text.length);
      expect(sentence?.text).toBe(figure.quote);
      expect(locateRawText(body, figure.rawText, figure.quote)).toEqual({ start: figure.start, end: figure.end });
    }
  });

  it('gives every figure the value and range its hedge allows, and passes the figure form schema', () => {
    for (const figure of figures) {
      const expected =
        figure.qualifier === 'vague'
          ? boundsForVagueWord(figure.rawText)
          : figure.qualifier === 'range'
            ? { value: null, low: figure.low, high: figure.high }
            : boundsForQualifier(figure.qualifier, figure.value!);
      expect({ id: figure.id, value: figure.value, low: figure.low, high: figure.high }).toEqual({ id: figure.id, ...expected });
      if (figure.qualifier === 'range') expect(figure.low!).toBeLessThan(figure.high!);
      const parsed = createFigureSchema.safeParse({ ...figure, date: figure.date.slice(0, 10) });
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('writes numbers as reports do, one phrase per hedge', () => {
    const phrase: Record<Qualifier, RegExp> = {
      exact: /^\d{1,3}(,\d{3})*( million)?$|^\d+(\.\d)? million$/,
      about: /^(about|around|some|nearly|almost|roughly) [\d,.]+( million)?$/i,
      estimated: /^an estimated [\d,.]+( million)?$/i,
      up_to: /^(up to|as many as) [\d,.]+( million)?$/i,
      at_least: /^at least [\d,.]+( million)?$/i,
      more_than: /^(more than|over) [\d,.]+( million)?$/i,
      fewer_than: /^fewer than [\d,.]+( million)?$/i,
      range: /^(between [\d,.]+( million)? and|[\d,.]+( million)? to) [\d,.]+( million)?$/i,
      vague: /^(several|dozens|scores|hundreds|thousands|tens of thousands|hundreds of thousands|millions)$/i,
    };
    for (const figure of figures) expect(figure.rawText).toMatch(phrase[figure.qualifier]);
  });

  it('keeps every part within its whole, in the same report', () => {
    const byId = new Map(figures.map((figure) => [figure.id, figure]));
    const parts = figures.filter((figure) => figure.partOfId !== null);
    expect(parts.length).toBeGreaterThan(figures.length / 20);
    for (const part of parts) {
      const whole = byId.get(part.partOfId!)!;
      expect(whole.reportId).toBe(part.reportId);
      expect(whole.partOfId).toBeNull();
      expect(figureMeasure(part)!).toBeLessThanOrEqual(figureMeasure(whole)!);
    }
  });

  it('uses every category, hedge, grade and source kind', () => {
    expect(new Set(figures.map((figure) => figure.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(figures.map((figure) => figure.qualifier))).toEqual(new Set(QUALIFIERS));
    expect(new Set(figures.map((figure) => figure.grade))).toEqual(new Set([...GRADES, null]));
    const sources = readTable<{ kind: string; shortName: string | null; aliases: string; description: string }>(path.join(dir, 'first.db'), 'Source');
    expect(new Set(sources.map((source) => source.kind))).toEqual(new Set(SOURCE_KINDS));
    expect(sources.some((source) => source.shortName !== null)).toBe(true);
    expect(sources.some((source) => source.aliases !== '')).toBe(true);
    expect(sources.every((source) => source.description.length > 0)).toBe(true);
    expect(figures.some((figure) => figure.sourceId === null)).toBe(true);
  });

  it('builds a country → governorate → district hierarchy with admin codes and coordinates', () => {
    const byId = new Map(places.map((place) => [place.id, place]));
    const districts = places.filter((place) => place.parentId !== null && byId.get(place.parentId)!.parentId !== null);
    expect(districts.length).toBeGreaterThan(places.length / 2);
    for (const district of districts) {
      const governorate = byId.get(district.parentId!)!;
      const country = byId.get(governorate.parentId!)!;
      expect(country.parentId).toBeNull();
      expect(district.adminCode!.startsWith(governorate.adminCode!)).toBe(true);
      expect(governorate.adminCode!.startsWith(country.adminCode!)).toBe(true);
    }
    expect(places.every((place) => place.latitude !== null && place.longitude !== null)).toBe(true);
  });

  it('dates reports over more than ten years, each figure on its report’s day or a few days before', () => {
    const days = [...reports.values()].map((report) => Date.parse(report.publishedAt)).sort((a, b) => a - b);
    expect(days[days.length - 1]! - days[0]!).toBeGreaterThan(10 * 365 * 86_400_000);
    for (const figure of figures) {
      const lag = Date.parse(reports.get(figure.reportId)!.publishedAt) - Date.parse(figure.date);
      expect(lag).toBeGreaterThanOrEqual(0);
      expect(lag).toBeLessThanOrEqual(7 * 86_400_000);
    }
  });

  it('has several reports of one event giving different numbers for the same thing', () => {
    const reportsPerThing = new Map<string, Set<string>>();
    for (const figure of figures) {
      const key = `${figure.counted}|${figure.placeId}`;
      const statements = reportsPerThing.get(key) ?? new Set<string>();
      statements.add(`${figure.reportId}:${figure.rawText}`);
      reportsPerThing.set(key, statements);
    }
    const disputed = [...reportsPerThing.values()].filter((statements) => {
      const reportIds = new Set([...statements].map((statement) => statement.split(':')[0]));
      const numbers = new Set([...statements].map((statement) => statement.split(':')[1]));
      return reportIds.size >= 2 && numbers.size >= 2;
    });
    expect(disputed.length).toBeGreaterThan(50);
  });
});

describe('npm run db:synthetic', () => {
  it('writes a new database and says what it wrote', async () => {
    const target = path.join(dir, 'cli.db');
    const result = await runCli('--reports', '3', '--per-report', '4', '--seed', '5', '--database', target);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*cli\.db \(seed 5\) in [\d.]+ s: 3 reports of \d+ events?, 12 figures/);
    expect(readTable(target, 'Figure')).toHaveLength(12);
  });

  it('refuses a database that already holds reports, and leaves it unchanged', async () => {
    const target = path.join(dir, 'first.db');
    const before = fileHash(target);
    const result = await runCli('--reports', '5', '--database', target);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${target} already holds data (200 reports`);
    expect(result.stderr).toContain('nothing was changed');
    expect(fileHash(target)).toBe(before);
  });

  it('refuses a bad flag with a message naming it and exit code 2, writing nothing', async () => {
    const cases: [string[], string][] = [
      [['--reports', '0'], '--reports must be a whole number of at least 1'],
      [['--reports', '-3'], '--reports must be a whole number of at least 1'],
      [['--per-report', '2.5'], '--per-report must be a whole number of at least 1'],
      [['--seed', 'abc'], '--seed must be a whole number'],
      [['--rows', '10'], 'unknown flag --rows'],
      [['--reports'], '--reports needs a value'],
    ];
    const results = await Promise.all(
      cases.map(async ([args], index) => {
        const target = path.join(dir, `refused-${index}.db`);
        return { ...(await runCli(...args, '--database', target)), created: fs.existsSync(target) };
      }),
    );
    results.forEach((result, index) => {
      expect({ args: cases[index]![0], status: result.status, created: result.created }).toEqual({ args: cases[index]![0], status: 2, created: false });
      expect(result.stderr).toContain(cases[index]![1]);
    });
  });
});
