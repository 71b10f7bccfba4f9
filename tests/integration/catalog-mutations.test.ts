import { createPlace, updatePlace } from '@/lib/mutations/place-mutations';
import { createReport, updateReport } from '@/lib/mutations/report-mutations';
import { createSource, updateSource } from '@/lib/mutations/source-mutations';
import type { SessionUser } from '@/lib/auth/users';
import type { PrismaClient } from '@/lib/db/connect';
import { readHistory } from '@/lib/data/revision-history';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser } from '../support/admin';
import { createMigratedDatabase } from '../support/temp-database';

let drop: () => Promise<void> = async () => {};
let prisma: PrismaClient;
let editor: SessionUser;

beforeAll(async () => {
  ({ prisma, drop } = await createMigratedDatabase());
  await seedDatabase(prisma);
  const account = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  editor = { id: account.id, email: account.email, name: 'Edith Editor', role: 'editor' };
});
afterAll(async () => {
  await prisma.$disconnect();
  await drop();
});

describe('sources', () => {
  it('creates and edits a source, each with a revision, and refuses a stale edit or a taken name', async () => {
    const created = await createSource(prisma, editor, { name: 'Airwars', shortName: '', kind: 'ngo_monitor', description: 'Civilian-harm monitor', aliases: '' });
    expect(created).toMatchObject({ status: 'saved', version: 1 });
    const form = { id: String(created.id), version: '1', name: 'Airwars', shortName: 'AW', kind: 'ngo_monitor', description: 'UK-based civilian-harm monitor', aliases: 'the monitor' };
    expect(await updateSource(prisma, editor, form)).toMatchObject({ status: 'saved', version: 2 });
    const history = await readHistory(prisma, 'Source', created.id!);
    expect(history.map((entry) => [entry.action, entry.who])).toEqual([['update', 'Edith Editor'], ['create', 'Edith Editor']]);

    const stale = await updateSource(prisma, editor, { ...form, description: 'stale' });
    expect(stale.status).toBe('conflict');
    expect(stale.conflict?.changes.map((change) => change.field).sort()).toEqual(['aliases', 'description', 'shortName']);
    expect(await createSource(prisma, editor, { name: 'UNICEF', kind: 'un_agency' })).toMatchObject({
      status: 'invalid',
      fieldErrors: { name: ['Another source already has this name'] },
    });
  });
});

describe('places', () => {
  it('creates a place inside another and refuses a loop', async () => {
    const parent = await createPlace(prisma, editor, { name: 'Raqqa Governorate', adminCode: 'SY11', latitude: '', longitude: '' });
    const child = await createPlace(prisma, editor, { name: 'Tabqa', parentId: String(parent.id), latitude: '35.84', longitude: '38.55' });
    expect(child).toMatchObject({ status: 'saved' });
    const loop = await updatePlace(prisma, editor, { id: String(parent.id), version: '1', name: 'Raqqa Governorate', parentId: String(child.id) });
    expect(loop).toMatchObject({ status: 'invalid', fieldErrors: { parentId: ['That place lies inside this one: choosing it would make a loop'] } });
    expect(await readHistory(prisma, 'Place', child.id!)).toHaveLength(1);
  });
});

describe('reports', () => {
  it('refuses the same text twice', async () => {
    const existing = await prisma.report.findFirstOrThrow();
    const result = await createReport(prisma, editor, { title: 'Copy', outlet: 'AFP', publishedAt: '2017-06-09', body: `  ${existing.body}  ` });
    expect(result).toMatchObject({ status: 'invalid', fieldErrors: { body: [`This text is already stored as report #${existing.id}`] } });
  });

  it('finds every figure again when the text is edited, and refuses an edit that removes a figure’s number', async () => {
    const report = await prisma.report.findFirstOrThrow();
    const form = {
      id: String(report.id),
      version: String(report.version),
      title: report.title,
      outlet: report.outlet,
      publishedAt: '2017-06-09',
      url: '',
      language: 'en',
    };
    const losing = await updateReport(prisma, editor, { ...form, body: report.body.replace('up to 2,500', 'up to 3,000') });
    expect(losing.status).toBe('invalid');
    expect(losing.fieldErrors?.body?.[0]).toMatch(/^The new text no longer contains figure #\d+ “up to 2,500”/);

    const prefixed = `Raqqa, June 9 (AFP) - ${report.body}`;
    const result = await updateReport(prisma, editor, { ...form, body: prefixed });
    expect(result).toMatchObject({ status: 'saved', version: 2, message: 'Saved; 12 figure(s) found again in the new text.' });
    for (const figure of await prisma.figure.findMany({ where: { reportId: report.id } })) {
      expect(prefixed.slice(figure.start, figure.end)).toBe(figure.rawText);
      expect(figure.version).toBe(2);
    }
    const [latest] = await readHistory(prisma, 'Report', report.id);
    expect(latest!.changes.map((change) => change.field).sort()).toEqual(['body', 'bodyHash']);
  });
});
