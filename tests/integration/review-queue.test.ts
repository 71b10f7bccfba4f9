import fs from 'node:fs';
import path from 'node:path';
import { createReport } from '@/lib/actions/report-mutations';
import { runFormAction } from '@/lib/actions/run-form-action';
import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import { acceptProposal, rejectProposal } from '@/lib/review/decisions';
import { readProposalData } from '@/lib/review/proposals';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser } from '../support/admin';
import { createMigratedDatabase } from '../support/temp-database';

// A real Reuters report (eval/extract/drc-ituri-adf-attack.txt) pasted as a new report.
const body = fs.readFileSync(path.join(__dirname, '..', '..', 'eval', 'extract', 'drc-ituri-adf-attack.txt'), 'utf8');
const reportForm = { title: 'ADF attack in Ituri', outlet: 'Reuters', publishedAt: '2023-06-11', url: '', language: 'en', body };

let drop: () => Promise<void> = async () => {};
let prisma: PrismaClient;
let editor: SessionUser;
let reportId: number;

beforeAll(async () => {
  ({ prisma, drop } = await createMigratedDatabase());
  await seedDatabase(prisma);
  const account = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  editor = { id: account.id, email: account.email, name: 'Edith Editor', role: 'editor' };
  const created = await createReport(prisma, editor, reportForm);
  expect(created.status).toBe('saved');
  reportId = created.id!;
});
afterAll(async () => {
  await prisma.$disconnect();
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
    const result = await runFormAction({ readUser: async () => null, database: prisma, afterWrite: () => (wrote = true) }, acceptProposal, acceptanceForm(proposal.id, data));
    expect(result.status).toBe('refused');
    expect(wrote).toBe(false);
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('pending');
  });
});
