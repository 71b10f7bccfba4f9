import fs from 'node:fs';
import path from 'node:path';
import { createReport } from '@/lib/mutations/report-mutations';
import { runFormAction } from '@/lib/actions/run-form-action';
import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import { isPostgresqlUrl } from '@/lib/env';
import { extractFigures } from '@/lib/extract';
import { acceptProposal, rejectProposal } from '@/lib/mutations/review-mutations';
import { readProposalData } from '@/lib/review/proposals';
import { parseQueueOrder } from '@/lib/review/queue-order';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser } from '../support/admin';
import { createMigratedDatabase } from '../support/temp-database';

// A real Reuters report (eval/extract/drc-ituri-adf-attack.txt) pasted as a new report.
const body = fs.readFileSync(path.join(__dirname, '..', '..', 'eval', 'extract', 'drc-ituri-adf-attack.txt'), 'utf8');
const reportForm = { title: 'ADF attack in Ituri', outlet: 'Reuters', publishedAt: '2023-06-11', url: '', language: 'en', body };

let drop: () => Promise<void> = async () => {};
let prisma: PrismaClient;
let queueData: typeof import('@/lib/data/admin-review');
let editor: SessionUser;
let reportId: number;

beforeAll(async () => {
  let location: string;
  ({ prisma, drop, databasePath: location } = await createMigratedDatabase());
  // The queue is read through the app's one Prisma client, which opens DATABASE_URL when first imported: point it at
  // this file's own database before loading it.
  process.env.DATABASE_URL = isPostgresqlUrl(location) ? location : `file:${location}`;
  process.env.SESSION_SECRET ??= 'a test secret of at least thirty-two characters';
  queueData = await import('@/lib/data/admin-review');
  await seedDatabase(prisma);
  const account = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  editor = { id: account.id, email: account.email, name: 'Edith Editor', role: 'editor' };
  const created = await createReport(prisma, editor, reportForm);
  expect(created.status).toBe('saved');
  reportId = created.id!;
});
afterAll(async () => {
  await prisma?.$disconnect();
  const { prisma: appClient } = await import('@/lib/db/prisma');
  await appClient.$disconnect();
  await drop();
});

async function proposalFor(rawText: string) {
  const proposals = await prisma.proposal.findMany({ where: { reportId }, orderBy: { id: 'asc' } });
  const found = proposals.map((proposal) => ({ proposal, data: readProposalData(proposal.data) })).find(({ data }) => data.rawText === rawText);
  if (!found) throw new Error(`no proposal "${rawText}"`);
  return found;
}

function acceptanceForm(proposalId: number, data: ReturnType<typeof readProposalData>, changes: Record<string, string> = {}) {
  const text = (number: number | null) => (number === null ? '' : String(number));
  return {
    proposalId: String(proposalId),
    reportId: String(reportId),
    category: data.category,
    qualifier: data.qualifier,
    value: text(data.value),
    low: text(data.low),
    high: text(data.high),
    counted: data.counted,
    date: '2023-06-11',
    grade: '',
    sourceName: data.source ?? '',
    placeName: data.place ?? '',
    partOfId: '',
    ...changes,
  };
}

describe('pasting a report', () => {
  it('stores it and queues every figure the extractor proposes, with offsets into the stored body', async () => {
    const proposals = await prisma.proposal.findMany({ where: { reportId } });
    expect(proposals.map((proposal) => readProposalData(proposal.data).rawText)).toEqual(['at least 22', '25', '15', 'seven', 'two']);
    const stored = await prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    for (const proposal of proposals) {
      const data = readProposalData(proposal.data);
      expect(stored.body.slice(data.start, data.end)).toBe(data.rawText);
      expect(proposal.status).toBe('pending');
    }
    expect(await prisma.revision.count({ where: { entityType: 'Report', entityId: reportId, action: 'create' } })).toBe(1);
  });

  it('offers the stored report when the same text is pasted again, storing nothing', async () => {
    const before = { reports: await prisma.report.count(), proposals: await prisma.proposal.count() };
    const again = await createReport(prisma, editor, { ...reportForm, title: 'Same text again', body: `  ${body.replace(/\n/g, '\n\n')}  ` });
    expect(again).toMatchObject({ status: 'invalid', existingId: reportId });
    expect(again.fieldErrors?.body?.[0]).toContain(`already stored as report #${reportId}`);
    expect({ reports: await prisma.report.count(), proposals: await prisma.proposal.count() }).toEqual(before);
  });
});

describe('reviewing proposed figures', () => {
  it('accepts a figure with an edit, creating its new source with a revision and marking the proposal accepted', async () => {
    const { proposal, data } = await proposalFor('25');
    const result = await acceptProposal(prisma, editor, acceptanceForm(proposal.id, data, { counted: 'civilians killed in Apakolu', grade: 'weak' }));
    expect(result.status).toBe('saved');
    const figure = await prisma.figure.findUniqueOrThrow({ where: { id: result.id! }, include: { source: true, place: true } });
    expect(figure).toMatchObject({ rawText: '25', value: 25, qualifier: 'exact', category: 'killed', counted: 'civilians killed in Apakolu', grade: 'weak', start: data.start, end: data.end, reportId });
    expect(figure.source?.name).toBe('Christophe Munyanderu');
    expect(figure.place?.name).toBe('Irumu');
    expect(await prisma.revision.findFirst({ where: { entityType: 'Figure', entityId: figure.id, action: 'create', userId: editor.id } })).not.toBeNull();
    expect(await prisma.revision.count({ where: { entityType: 'Source', entityId: figure.sourceId!, action: 'create' } })).toBe(1);
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: 'accepted', figureId: figure.id, reviewedById: editor.id });
  });

  it('links a part to its accepted whole and reuses a stored source matched by name', async () => {
    const whole = await proposalFor('25');
    const { proposal, data } = await proposalFor('15');
    const result = await acceptProposal(prisma, editor, acceptanceForm(proposal.id, data, { partOfId: String(whole.proposal.figureId) }));
    expect(result.status).toBe('saved');
    const figure = await prisma.figure.findUniqueOrThrow({ where: { id: result.id! } });
    expect(figure.partOfId).toBe(whole.proposal.figureId);
    expect(await prisma.source.count({ where: { name: 'Christophe Munyanderu' } })).toBe(1);
  });

  it('matches a source written as one of its aliases to the stored source', async () => {
    const { proposal, data } = await proposalFor('at least 22');
    const result = await acceptProposal(prisma, editor, acceptanceForm(proposal.id, data, { sourceName: 'the Observatory' }));
    const figure = await prisma.figure.findUniqueOrThrow({ where: { id: result.id! }, include: { source: true } });
    expect(figure.source?.name).toBe('Syrian Observatory for Human Rights');
  });

  it('refuses a reading that breaks a rule, with the field error, and creates nothing (not even the new source)', async () => {
    const { proposal, data } = await proposalFor('seven');
    const figures = await prisma.figure.count();
    const badRange = await acceptProposal(prisma, editor, acceptanceForm(proposal.id, data, { qualifier: 'range', value: '', low: '9', high: '3' }));
    expect(badRange.status).toBe('invalid');
    expect(badRange.fieldErrors?.high).toEqual(['High must be at least Low']);
    expect(badRange.values?.low).toBe('9');

    const smallWhole = await prisma.figure.findFirstOrThrow({ where: { rawText: '15', reportId } });
    const tooBig = await acceptProposal(prisma, editor, acceptanceForm(proposal.id, data, { value: '70', low: '70', high: '70', partOfId: String(smallWhole.id), sourceName: 'A Brand New Monitor' }));
    expect(tooBig.status).toBe('invalid');
    expect(tooBig.fieldErrors?.value?.[0]).toMatch(/a part never exceeds its whole/);
    expect(await prisma.figure.count()).toBe(figures);
    expect(await prisma.source.count({ where: { name: 'A Brand New Monitor' } })).toBe(0);
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('pending');
  });

  it('rejects a figure, which then can be neither accepted nor rejected again', async () => {
    const { proposal, data } = await proposalFor('two');
    expect(await rejectProposal(prisma, editor, { proposalId: String(proposal.id), reportId: String(reportId) })).toMatchObject({ status: 'saved' });
    const figures = await prisma.figure.count();
    const late = await acceptProposal(prisma, editor, acceptanceForm(proposal.id, data));
    expect(late).toMatchObject({ status: 'refused', message: 'This proposed figure was already rejected; nothing was changed.' });
    expect(await prisma.figure.count()).toBe(figures);
  });

  it('refuses an anonymous acceptance and changes nothing', async () => {
    const { proposal, data } = await proposalFor('seven');
    let wrote = false;
    const result = await runFormAction({ readUser: () => Promise.resolve(null), database: prisma, afterWrite: () => (wrote = true) }, acceptProposal, acceptanceForm(proposal.id, data));
    expect(result.status).toBe('refused');
    expect(wrote).toBe(false);
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('pending');
  });
});

// A short report whose proposals are written as they were stored before the extractor said where each source was
// found and how sure it is: no sourceOrigin, no confidence.
const oldBody = 'Floods killed 40 people in Lakeside on Monday, the Red Cross said. He said 12 others were missing. 3 bridges fell. Another 5 roads were cut.';
const oldSentences = ['Floods killed 40 people in Lakeside on Monday, the Red Cross said.', 'He said 12 others were injured.', '3 bridges fell.', 'Another 5 roads were cut.'];

function oldShapeRow(index: number, rawText: string, sentence: string, reading: { category: string; counted: string; source: string | null }) {
  const start = oldBody.indexOf(rawText, oldBody.indexOf(sentence));
  const value = Number(rawText);
  return { index, rawText, start, end: start + rawText.length, value, low: value, high: value, qualifier: 'exact', isPercentage: false, ...reading, place: null, partOfIndex: null, sentence };
}

const oldRows = [
  oldShapeRow(0, '40', oldSentences[0]!, { category: 'killed', counted: 'people killed', source: 'the Red Cross' }),
  oldShapeRow(1, '12', oldSentences[1]!, { category: 'injured', counted: 'others injured', source: 'the Red Cross' }),
  oldShapeRow(2, '3', oldSentences[2]!, { category: 'other', counted: 'bridges', source: null }),
  oldShapeRow(3, '5', oldSentences[3]!, { category: 'other', counted: 'roads cut', source: null }),
];

describe('an explained reading: where the source was found and how sure the reading is', () => {
  let oldReportId: number;
  beforeAll(async () => {
    const created = await createReport(prisma, editor, { ...reportForm, title: 'Floods in Lakeside', publishedAt: '2024-03-04', body: oldBody });
    expect(created.status).toBe('saved');
    oldReportId = created.id!;
    await prisma.proposal.deleteMany({ where: { reportId: oldReportId } });
    for (const row of oldRows) await prisma.proposal.create({ data: { reportId: oldReportId, data: JSON.stringify(row) } });
  });

  it('stores each proposal with the source origin and confidence the extractor gave it', async () => {
    const stored = await prisma.proposal.findMany({ where: { reportId } });
    const read = stored.map((proposal) => readProposalData(proposal.data)).sort((a, b) => a.start - b.start);
    const extracted = extractFigures(body);
    expect(read.map(({ rawText, sourceOrigin, confidence }) => ({ rawText, sourceOrigin, confidence }))).toEqual(
      extracted.map(({ rawText, sourceOrigin, confidence }) => ({ rawText, sourceOrigin, confidence })),
    );
    for (const proposal of stored) expect(Object.keys(JSON.parse(proposal.data))).toEqual(expect.arrayContaining(['sourceOrigin', 'confidence']));
    expect(read.every((data) => (data.source === null) === (data.sourceOrigin === null))).toBe(true);
  });

  it('reads a proposal stored without them: the origin from where its source is written, the confidence from its fields', async () => {
    const queue = await queueData.queryReviewQueue(oldReportId);
    expect(queue!.proposals.map(({ data }) => [data.rawText, data.sourceOrigin, data.confidence])).toEqual([
      ['40', 'sentence', 'high'],
      ['12', 'previous-sentence', 'medium'],
      ['3', null, 'low'],
      ['5', null, 'low'],
    ]);
    // Reading fills nothing in on disk: the stored rows keep exactly what they held.
    const stored = await prisma.proposal.findMany({ where: { reportId: oldReportId }, orderBy: { id: 'asc' } });
    expect(stored.map((proposal) => JSON.parse(proposal.data) as unknown)).toEqual(oldRows);
  });

  it('accepts a proposal stored in the old shape like any other', async () => {
    const queue = await queueData.queryReviewQueue(oldReportId);
    const twelve = queue!.proposals.find(({ data }) => data.rawText === '12')!;
    const result = await acceptProposal(prisma, editor, twelve.defaults);
    expect(result.status).toBe('saved');
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: result.id! } })).toMatchObject({ rawText: '12', value: 12, start: twelve.data.start, reportId: oldReportId });
  });

  it('orders the queue least sure first: low, then medium, then high, ties in text order', async () => {
    const inOrder = async (order: 'text' | 'least-sure') => (await queueData.queryReviewQueue(oldReportId, order))!.proposals.map(({ data }) => data.rawText);
    expect(await inOrder('least-sure')).toEqual(['3', '5', '12', '40']);
    expect(await inOrder('text')).toEqual(['40', '12', '3', '5']);
  });

  it('takes only a known order from the address; anything else is named for a notice and read as text order', () => {
    expect(parseQueueOrder(undefined)).toEqual({ order: 'text', refused: null });
    expect(parseQueueOrder('least-sure')).toEqual({ order: 'least-sure', refused: null });
    expect(parseQueueOrder('confidence')).toEqual({ order: 'text', refused: 'confidence' });
    expect(parseQueueOrder(['least-sure', 'text'])).toEqual({ order: 'text', refused: 'least-sure, text' });
  });
});
