import type { SessionUser } from '@/lib/auth/users';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import type { ImportPreview } from '@/lib/import/types';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser } from '../support/admin';
import { dumpDatabase, EVERY_ROW } from '../support/database-dump';
import { cellOf, csvRecords, rowWhere, toCsv, withCell } from '../support/figure-files';
import { testDatabase } from '../support/test-database';

// The export reads through the app's one Prisma client, which opens DATABASE_URL when first imported.
const database = testDatabase('import-bad-input');

let prisma: PrismaClient;
let editor: SessionUser;
let goodCsv: string;
let importer: typeof import('@/lib/import/run-import');

const FORMULA = '=HYPERLINK("http://evil.example")';

async function exportCsv(hxl: boolean): Promise<string> {
  const { streamFigureCsv } = await import('@/lib/export/figure-csv');
  return new Response(streamFigureCsv({}, { hxl })).text();
}

beforeAll(async () => {
  await database.create();
  prisma = createPrismaClient(database.location);
  await seedDatabase(prisma);
  const user = await addTestUser(prisma, 'editor@example.org');
  editor = { id: user.id, email: user.email, name: null, role: 'editor' };
  // A source whose name a spreadsheet would run as a formula: the export neutralises it, the import reads it back.
  await prisma.source.update({ where: { name: 'US Department of Defense' }, data: { name: FORMULA } });
  goodCsv = await exportCsv(false);
  // The database keeps the report, its sources and places, but none of its figures: the file's figures are new.
  await prisma.figure.deleteMany();
  importer = await import('@/lib/import/run-import');
});
afterAll(async () => {
  await prisma?.$disconnect();
  const { prisma: appClient } = await import('@/lib/db/prisma');
  await appClient.$disconnect();
  await database.drop();
});

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Previews the file, then tries to commit it as previewed; asserts that neither wrote anything. */
async function previewAndCommitWritingNothing(bytes: Uint8Array): Promise<ImportPreview> {
  const before = await dumpDatabase(database.location, EVERY_ROW);
  const preview = await importer.previewImport(prisma, editor, bytes);
  expect(await dumpDatabase(database.location, EVERY_ROW)).toEqual(before);
  const commit = await importer.commitImport(prisma, editor, bytes, { digest: preview.digest, generation: preview.generation });
  expect(commit.status).toBe('invalid');
  expect(await dumpDatabase(database.location, EVERY_ROW)).toEqual(before);
  return preview;
}

function problemsAt(preview: ImportPreview, row: number, column: string | null): string[] {
  const outcome = preview.rows.find((candidate) => candidate.row === row);
  return (outcome?.problems ?? []).filter((problem) => problem.column === column).map((problem) => problem.message);
}

describe('importing a figure file with bad input', () => {
  it('previews the good file as twelve figures to create, with the formula-named source read back and matched', async () => {
    expect(goodCsv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const before = await dumpDatabase(database.location, EVERY_ROW);
    const preview = await importer.previewImport(prisma, editor, bytesOf(goodCsv));
    expect(await dumpDatabase(database.location, EVERY_ROW)).toEqual(before);
    expect(preview.fileProblems).toEqual([]);
    expect(preview.counts).toEqual({ create: 12, present: 0, errors: 0 });
    expect(preview.canCommit).toBe(true);
    expect(preview.sources.find((source) => source.name === FORMULA)).toMatchObject({ status: 'match', matched: { name: FORMULA } });
  });

  it('refuses a file that is not UTF-8, naming the line', async () => {
    const text = bytesOf(goodCsv);
    const secondLineStart = text.indexOf(0x0a) + 1;
    const latin1 = new Uint8Array([...text.subarray(0, secondLineStart + 3), 0xe9, ...text.subarray(secondLineStart + 3)]);
    const preview = await previewAndCommitWritingNothing(latin1);
    expect(preview.fileProblems).toEqual([expect.stringMatching(/^The file is not UTF-8 text \(line 2 has bytes that are not UTF-8\)/)]);
    expect(preview.rows).toEqual([]);
  });

  it('accepts a byte order mark, removes it and says so', async () => {
    const preview = await importer.previewImport(prisma, editor, new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(goodCsv)]));
    expect(preview.notices).toContain('The file began with a byte order mark (BOM); it was removed.');
    expect(preview.counts).toEqual({ create: 12, present: 0, errors: 0 });
  });

  it('refuses a missing column and an unknown one, naming them', async () => {
    const records = csvRecords(goodCsv);
    const startColumn = records[0]!.indexOf('start');
    const edited = records.map((record, index) => [...record.filter((_cell, column) => column !== startColumn), index === 0 ? 'colour' : 'red']);
    const preview = await previewAndCommitWritingNothing(bytesOf(toCsv(edited)));
    expect(preview.fileProblems).toEqual([
      expect.stringContaining('Unknown column “colour” in the header (row 1, column'),
      'Missing column “start”: the header (row 1) must have every column of the CSV export.',
    ]);
  });

  it('refuses a ragged row, naming it', async () => {
    const records = csvRecords(goodCsv);
    const row = rowWhere(goodCsv, 'rawText', '25');
    records[row - 1] = records[row - 1]!.slice(0, -2);
    const preview = await previewAndCommitWritingNothing(bytesOf(toCsv(records)));
    expect(problemsAt(preview, row, null)).toEqual([expect.stringContaining('This row has 23 cells; the header has 25')]);
    expect(preview.counts.errors).toBe(1);
    expect(preview.canCommit).toBe(false);
  });

  it('refuses a text cell that a spreadsheet would run as a formula', async () => {
    const row = rowWhere(goodCsv, 'rawText', 'Hundreds');
    const preview = await previewAndCommitWritingNothing(bytesOf(withCell(goodCsv, row, 'sourceName', FORMULA)));
    expect(problemsAt(preview, row, 'sourceName')).toEqual([expect.stringContaining('starts with “=”, as a spreadsheet formula does, so it is refused')]);
  });

  it('refuses a negative count, low above high, and numbers that could be misread', async () => {
    const exact = rowWhere(goodCsv, 'rawText', '25');
    const vague = rowWhere(goodCsv, 'rawText', 'Hundreds');
    const estimated = rowWhere(goodCsv, 'rawText', 'thousands');
    let csv = withCell(goodCsv, exact, 'value', '-25');
    csv = withCell(csv, vague, 'low', '1200');
    csv = withCell(csv, estimated, 'value', '2,5');
    csv = withCell(csv, estimated, 'placeLatitude', '35,9');
    const preview = await previewAndCommitWritingNothing(bytesOf(csv));
    expect(problemsAt(preview, exact, 'value')).toContain('Value cannot be negative');
    expect(problemsAt(preview, vague, 'high')).toEqual(['High must be at least Low']);
    expect(problemsAt(preview, estimated, 'value')).toEqual([expect.stringContaining('“2,5” is not a whole number written with digits only')]);
    expect(problemsAt(preview, estimated, 'placeLatitude')).toEqual([expect.stringContaining('“35,9” is not a number written with digits and a decimal point')]);
    expect(preview.counts).toMatchObject({ errors: 3 });
  });

  it('refuses a part larger than its whole', async () => {
    const part = rowWhere(goodCsv, 'rawText', '15');
    let csv = goodCsv;
    for (const column of ['value', 'low', 'high']) csv = withCell(csv, part, column, '24');
    const preview = await previewAndCommitWritingNothing(bytesOf(csv));
    expect(problemsAt(preview, part, 'value')).toEqual([expect.stringContaining('Larger than its whole')]);
    expect(preview.counts.errors).toBe(1);
  });

  it('refuses offsets that do not point at the number in the report text', async () => {
    const row = rowWhere(goodCsv, 'rawText', '23');
    const start = Number(cellOf(goodCsv, row, 'start'));
    const csv = withCell(withCell(goodCsv, row, 'start', String(start + 1)), row, 'end', String(start + 3));
    const preview = await previewAndCommitWritingNothing(bytesOf(csv));
    expect(problemsAt(preview, row, 'start')).toEqual([expect.stringContaining(`The offsets ${start + 1}–${start + 3} point at`)]);
  });

  it('refuses an unknown category and a date that does not parse', async () => {
    const row = rowWhere(goodCsv, 'rawText', '23');
    const other = rowWhere(goodCsv, 'rawText', '25');
    const csv = withCell(withCell(withCell(goodCsv, row, 'category', 'deaths'), row, 'date', '8 June 2017'), other, 'date', '2017-02-30');
    const preview = await previewAndCommitWritingNothing(bytesOf(csv));
    expect(problemsAt(preview, row, 'category')).toEqual([expect.stringContaining('one of killed, injured, children')]);
    expect(problemsAt(preview, row, 'date')).toEqual(['Date must be a day written YYYY-MM-DD']);
    expect(problemsAt(preview, other, 'date')).toEqual(['Date must be a day written YYYY-MM-DD']);
  });

  it('refuses a row whose report is not stored, telling the editor to add the report first', async () => {
    const row = rowWhere(goodCsv, 'rawText', '23');
    const preview = await previewAndCommitWritingNothing(bytesOf(withCell(goodCsv, row, 'reportTitle', 'Another story')));
    expect(problemsAt(preview, row, 'reportTitle')).toEqual([expect.stringContaining('No stored report has this title, outlet and day: add the report (paste its text)')]);
    const withUrl = await previewAndCommitWritingNothing(bytesOf(withCell(goodCsv, row, 'reportUrl', 'https://example.org/elsewhere')));
    expect(problemsAt(withUrl, row, 'reportUrl')).toEqual([expect.stringContaining('No stored report has this URL')]);
  });

  it('refuses a part-of loop, a repeated id and a whole that is neither in the file nor in the report', async () => {
    const whole = rowWhere(goodCsv, 'rawText', '23');
    const part = rowWhere(goodCsv, 'rawText', '15');
    const lone = rowWhere(goodCsv, 'rawText', '25');
    let csv = withCell(goodCsv, whole, 'partOfId', cellOf(goodCsv, part, 'id'));
    csv = withCell(csv, lone, 'partOfId', '9999');
    const preview = await previewAndCommitWritingNothing(bytesOf(csv));
    expect(problemsAt(preview, whole, 'partOfId')).toEqual([expect.stringContaining(`make a loop with row ${part}`)]);
    expect(problemsAt(preview, part, 'partOfId')).toEqual([expect.stringContaining(`make a loop with row ${whole}`)]);
    expect(problemsAt(preview, lone, 'partOfId')).toEqual([expect.stringContaining('No figure with id 9999 in this file or in the same report')]);
    const repeated = await previewAndCommitWritingNothing(bytesOf(withCell(goodCsv, lone, 'id', cellOf(goodCsv, whole, 'id'))));
    const later = Math.max(lone, whole);
    expect(problemsAt(repeated, later, 'id')).toEqual([expect.stringContaining(`Row ${Math.min(lone, whole)} has the same id`)]);
  });

  it('refuses a file that is not CSV, and one with a header only', async () => {
    const broken = await previewAndCommitWritingNothing(bytesOf(`${goodCsv}"unclosed,quote\r\n`));
    expect(broken.fileProblems).toEqual([expect.stringContaining('The file is not valid CSV (near line')]);
    const headerOnly = await previewAndCommitWritingNothing(bytesOf(goodCsv.split('\r\n')[0]!));
    expect(headerOnly.fileProblems).toEqual(['The file has a header but no figure rows.']);
  });
});
