import fs from 'node:fs';
import path from 'node:path';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { fullBackupSchema } from '@/lib/backup/backup-format';
import { fullExportChunks } from '@/lib/backup/full-export';
import { commitFullImport, previewFullImport } from '@/lib/backup/full-import';
import { TABLE_COLUMNS } from '@/lib/backup/stored-rows';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { prepareDatabase } from '@/lib/db/prepare';
import { Prisma } from '@/lib/generated/prisma/client';
import { generateSyntheticData } from '@/lib/synthetic';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser } from '../support/admin';
import { makeTempDir } from '../support/temp-database';

let dir: string;
let sourcePath: string;
let source: PrismaClient;
const clients: PrismaClient[] = [];
let editor: { id: number; email: string; password: string };

function exportText(databasePath: string, at = new Date('2026-12-01T12:00:00.000Z')): string {
  let text = '';
  for (const chunk of fullExportChunks(databasePath, at)) text += chunk;
  return text;
}

let databases = 0;
async function emptyDatabase(): Promise<{ databasePath: string; prisma: PrismaClient }> {
  databases += 1;
  const databasePath = path.join(dir, `target-${databases}.db`);
  await prepareDatabase(databasePath);
  const prisma = createPrismaClient(databasePath);
  clients.push(prisma);
  return { databasePath, prisma };
}

function bytesOf(value: unknown): Uint8Array {
  return new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
}

async function rowCounts(prisma: PrismaClient) {
  return {
    reports: await prisma.report.count(), sources: await prisma.source.count(), places: await prisma.place.count(),
    figures: await prisma.figure.count(), revisions: await prisma.revision.count(),
  };
}

beforeAll(async () => {
  dir = makeTempDir();
  sourcePath = path.join(dir, 'source.db');
  await prepareDatabase(sourcePath);
  source = createPrismaClient(sourcePath);
  await seedDatabase(source);
  editor = await addTestUser(source, 'ana@example.org', 'editor', 'Ana');
  await addTestUser(source, 'admin@example.org', 'admin');
  // An edit by Ana, with text a backup must carry exactly: quotes, a line break, Arabic and an emoji.
  const figure = await source.figure.findFirstOrThrow({ where: { rawText: '23' } });
  const before = { ...figure };
  const after = await source.figure.update({ where: { id: figure.id }, data: { counted: 'civilians, "mostly" women\nand children في الرقة 🕊️', version: 2 } });
  await source.revision.create({ data: { entityType: 'Figure', entityId: figure.id, action: 'update', before: JSON.stringify(before), after: JSON.stringify(after), userId: editor.id } });
});
afterAll(async () => {
  await source?.$disconnect();
  await Promise.all(clients.map((client) => client.$disconnect()));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the full export', () => {
  it('holds every column of every table but the password hash, dates as ISO times, rows in id order', async () => {
    const expected = {
      reports: Prisma.ReportScalarFieldEnum, sources: Prisma.SourceScalarFieldEnum, places: Prisma.PlaceScalarFieldEnum,
      figures: Prisma.FigureScalarFieldEnum, revisions: Prisma.RevisionScalarFieldEnum, users: Prisma.UserScalarFieldEnum,
    };
    for (const [table, fields] of Object.entries(expected)) {
      const columns = TABLE_COLUMNS[table as keyof typeof expected].columns.map((column) => column.name);
      expect({ table, columns }).toEqual({ table, columns: Object.values(fields).filter((field) => field !== 'passwordHash') });
    }
    const text = exportText(sourcePath);
    expect(text).not.toContain('passwordHash');
    expect(text).not.toContain('scrypt:');
    const backup = fullBackupSchema.parse(JSON.parse(text));
    expect(backup.figures).toHaveLength(12);
    expect(backup.users.map((user) => user.email)).toEqual(['ana@example.org', 'admin@example.org']);
    expect(backup.figures.map((figure) => figure.id)).toEqual([...backup.figures.map((figure) => figure.id)].sort((a, b) => a - b));
    const stored = await source.figure.findFirstOrThrow({ where: { rawText: '23' } });
    expect(backup.figures.find((figure) => figure.id === stored.id)).toMatchObject({
      counted: stored.counted, date: stored.date!.toISOString(), createdAt: stored.createdAt.toISOString(), version: 2,
    });
  });

  it('is the same text twice but for the time it was taken', () => {
    const first = exportText(sourcePath, new Date('2026-12-01T12:00:00.000Z'));
    const second = exportText(sourcePath, new Date('2026-12-02T08:30:00.000Z'));
    expect(second.replace('2026-12-02T08:30:00.000Z', '2026-12-01T12:00:00.000Z')).toBe(first);
  });
});

describe('restoring a full export into an empty database', () => {
  it('gives back the same export, byte for byte, for seed data with history and users', async () => {
    const exported = exportText(sourcePath);
    const target = await emptyDatabase();
    const preview = previewFullImport(target.databasePath, bytesOf(exported));
    expect(preview).toEqual({
      counts: { reports: 1, sources: expect.any(Number), places: expect.any(Number), figures: 12, revisions: expect.any(Number), users: 2 },
      exportedAt: '2026-12-01T12:00:00.000Z', existingUsers: [], problems: [],
    });
    expect(await rowCounts(target.prisma)).toEqual({ reports: 0, sources: 0, places: 0, figures: 0, revisions: 0 });
    const result = commitFullImport(target.databasePath, bytesOf(exported));
    expect(result).toEqual({ ok: true, counts: preview.counts, existingUsers: [] });
    expect(exportText(target.databasePath)).toBe(exported);
  });

  it('gives back the same export for synthetic data at size', async () => {
    const syntheticPath = path.join(dir, 'synthetic.db');
    await generateSyntheticData(syntheticPath, { reports: 200, perReport: 10, seed: 4 });
    const exported = exportText(syntheticPath);
    const target = await emptyDatabase();
    expect(commitFullImport(target.databasePath, bytesOf(exported))).toMatchObject({ ok: true, counts: { figures: 2_000, reports: 200 } });
    expect(exportText(target.databasePath)).toBe(exported);
    const generation = await target.prisma.dataGeneration.findUniqueOrThrow({ where: { id: 1 } });
    expect(generation.value).toBeGreaterThan(0);
  });

  it('restores users as accounts that cannot sign in, keeps an account whose email exists, and points its revisions at it', async () => {
    const exported = exportText(sourcePath);
    const target = await emptyDatabase();
    // The restoring administrator already has an account here, at the id Ana has in the backup.
    const admin = await addTestUser(target.prisma, 'admin@example.org', 'admin');
    expect(previewFullImport(target.databasePath, bytesOf(exported)).existingUsers).toEqual(['admin@example.org']);
    expect(commitFullImport(target.databasePath, bytesOf(exported))).toMatchObject({ ok: true, existingUsers: ['admin@example.org'] });

    const users = await target.prisma.user.findMany({ orderBy: { id: 'asc' } });
    expect(users.map((user) => user.email)).toEqual(['admin@example.org', 'ana@example.org']);
    const ana = users[1]!;
    const anaRevisions = await target.prisma.revision.findMany({ where: { userId: { not: null } } });
    expect(anaRevisions.map((revision) => revision.userId)).toEqual([ana.id]);
    const signIn = await attemptSignIn(target.prisma, { email: 'ana@example.org', password: editor.password }, '127.0.0.1');
    expect(signIn.ok).toBe(false);
    const adminSignIn = await attemptSignIn(target.prisma, { email: admin.email, password: admin.password }, '127.0.0.1');
    expect(adminSignIn.ok).toBe(true);
  });

  it('refuses a database that already holds data, writing nothing', async () => {
    const exported = exportText(sourcePath);
    const before = await rowCounts(source);
    const preview = previewFullImport(sourcePath, bytesOf(exported));
    expect(preview.problems[0]!.message).toMatch(/^This database already holds data \(1 report, \d+ sources, \d+ places, 12 figures, \d+ revisions\)/);
    const result = commitFullImport(sourcePath, bytesOf(exported));
    expect(result).toEqual({ ok: false, problems: [preview.problems[0]] });
    expect(await rowCounts(source)).toEqual(before);
  });
});

describe('a backup file that cannot be restored', () => {
  let backup: Record<string, unknown> & { figures: Array<Record<string, unknown>> };
  let target: { databasePath: string; prisma: PrismaClient };

  beforeAll(async () => {
    backup = JSON.parse(exportText(sourcePath));
    target = await emptyDatabase();
  });

  function changedFigure(index: number, changes: Record<string, unknown>): Uint8Array {
    const figures = backup.figures.map((figure, position) => (position === index ? { ...figure, ...changes } : figure));
    return bytesOf({ ...backup, figures });
  }

  async function expectRefused(bytes: Uint8Array, problem: { path: string; message: RegExp | string }): Promise<void> {
    const preview = previewFullImport(target.databasePath, bytes);
    expect(preview.problems).toContainEqual({ path: problem.path, message: typeof problem.message === 'string' ? problem.message : expect.stringMatching(problem.message) });
    const result = commitFullImport(target.databasePath, bytes);
    expect(result.ok).toBe(false);
    expect(await rowCounts(target.prisma)).toEqual({ reports: 0, sources: 0, places: 0, figures: 0, revisions: 0 });
    expect(await target.prisma.user.count()).toBe(0);
  }

  it('is refused with a clear message when it is not UTF-8, not JSON, another format or version, or misses a table', async () => {
    await expectRefused(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), { path: '', message: /not UTF-8 text/ });
    await expectRefused(bytesOf('{"format": "humanitarian-figures-backup",'), { path: '', message: /not valid JSON/ });
    await expectRefused(bytesOf({ ...backup, format: 'other-app' }), { path: 'format', message: /not a backup of this app: its format is "other-app"/ });
    await expectRefused(bytesOf({ ...backup, version: 2 }), { path: 'version', message: 'The backup is version 2; this app reads version 1.' });
    const { figures: _figures, ...withoutFigures } = backup;
    await expectRefused(bytesOf(withoutFigures), { path: 'figures', message: 'The backup has no "figures" table (a list of rows).' });
  });

  it('is refused, naming the row, when a figure breaks the figure rules', async () => {
    const index = backup.figures.findIndex((figure) => figure.rawText === '23');
    await expectRefused(changedFigure(index, { start: Number(backup.figures[index]!.start) + 1 }), { path: `figures[${index}].start`, message: /do not give “23” in the text of report 1/ });
    await expectRefused(changedFigure(index, { category: 'wounded' }), { path: `figures[${index}].category`, message: /Invalid option/ });
    await expectRefused(changedFigure(index, { grade: 'sure' }), { path: `figures[${index}].grade`, message: /Invalid option/ });
    await expectRefused(changedFigure(index, { qualifier: 'vague' }), { path: `figures[${index}].value`, message: /vague figure has no single value/ });
    const partIndex = backup.figures.findIndex((figure) => figure.partOfId !== null);
    await expectRefused(changedFigure(partIndex, { value: 2_000_000_000, high: 2_000_000_000, low: 2_000_000_000, qualifier: 'exact' }), {
      path: `figures[${partIndex}].value`, message: /larger than its whole.*a part never exceeds its whole/,
    });
    await expectRefused(changedFigure(index, { placeId: 9_999 }), { path: `figures[${index}].placeId`, message: /names place 9999, which is not in the backup/ });
    await expectRefused(changedFigure(index, { colour: 'red' }), { path: `figures[${index}]`, message: /Unrecognized key.*colour/ });
  });
});
