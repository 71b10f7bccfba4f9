import type { SessionUser } from '@/lib/auth/users';
import { createFigure, deleteFigure, restoreFigureRevision, updateFigure } from '@/lib/mutations/figure-mutations';
import type { FormValues } from '@/lib/forms/form-state';
import { runFormAction, SIGNED_OUT_MESSAGE } from '@/lib/actions/run-form-action';
import type { PrismaClient } from '@/lib/db/connect';
import { readHistory } from '@/lib/data/revision-history';
import type { Figure } from '@/lib/generated/prisma/client';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser } from '../support/admin';
import { createMigratedDatabase } from '../support/temp-database';
import { figureFormValues } from '@/lib/forms/figure-form-values';

let drop: () => Promise<void> = async () => {};
let prisma: PrismaClient;
let editor: SessionUser;
let otherEditor: SessionUser;

beforeAll(async () => {
  ({ prisma, drop } = await createMigratedDatabase());
  await seedDatabase(prisma);
  const first = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  const second = await addTestUser(prisma, 'other@example.org', 'editor', 'Otto Other');
  editor = { id: first.id, email: first.email, name: 'Edith Editor', role: 'editor' };
  otherEditor = { id: second.id, email: second.email, name: 'Otto Other', role: 'editor' };
});
afterAll(async () => {
  await prisma.$disconnect();
  await drop();
});

async function figure(rawText: string): Promise<Figure> {
  return prisma.figure.findFirstOrThrow({ where: { rawText } });
}

/** A figure as its edit form would send it back, with some fields changed. */
function formOf(stored: Figure, changes: FormValues = {}): FormValues {
  return { id: String(stored.id), version: String(stored.version), ...figureFormValues(stored), ...changes };
}

async function snapshotOfDatabase() {
  return { figures: await prisma.figure.findMany({ orderBy: { id: 'asc' } }), revisions: await prisma.revision.count() };
}

describe('editing a figure', () => {
  it('saves the change, increments the version and writes a revision with who, before and after', async () => {
    const before = await figure('23');
    const result = await updateFigure(prisma, editor, formOf(before, { counted: 'civilians killed overnight in coalition strikes', grade: 'confirmed' }));
    expect(result).toMatchObject({ status: 'saved', id: before.id, version: 2 });

    const after = await prisma.figure.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({ counted: 'civilians killed overnight in coalition strikes', grade: 'confirmed', version: 2 });
    const [latest] = await readHistory(prisma, 'Figure', before.id);
    expect(latest).toMatchObject({ action: 'update', who: 'Edith Editor', userId: editor.id, version: 2 });
    expect(latest!.before).toMatchObject({ counted: before.counted, version: 1 });
    expect(latest!.after).toMatchObject({ counted: 'civilians killed overnight in coalition strikes', version: 2 });
    expect(latest!.changes.map((change) => change.field).sort()).toEqual(['counted', 'grade']);
  });

  it('refuses a save based on an old version, names what changed meanwhile, and changes nothing', async () => {
    const loaded = await figure('about 160,000');
    expect(await updateFigure(prisma, otherEditor, formOf(loaded, { counted: 'people who remain in the city' }))).toMatchObject({ status: 'saved' });
    const state = await snapshotOfDatabase();

    const stale = formOf(loaded, { value: '170000', low: '', high: '' });
    const result = await updateFigure(prisma, editor, stale);
    expect(result.status).toBe('conflict');
    expect(result.message).toBe('Someone else saved this figure while you were editing it, so nothing was saved.');
    expect(result.conflict).toMatchObject({ changedBy: ['Otto Other'], currentVersion: 2, deleted: false });
    expect(result.conflict!.changes).toEqual([{ field: 'counted', label: 'What is counted', current: 'people who remain in the city' }]);
    expect(result.values).toEqual(stale);
    expect(await snapshotOfDatabase()).toEqual(state);
  });

  it('recomputes the offsets when the number as written changes, preferring the occurrence inside the sentence', async () => {
    const stored = await figure('15');
    const result = await updateFigure(prisma, editor, formOf(stored, { rawText: '15 who were in an internet cafe' }));
    expect(result.status).toBe('saved');
    const after = await prisma.figure.findUniqueOrThrow({ where: { id: stored.id }, include: { report: true } });
    expect(after.report.body.slice(after.start, after.end)).toBe('15 who were in an internet cafe');
  });

  it('refuses a number as written that does not occur in the report, changing nothing', async () => {
    const stored = await figure('third');
    const state = await snapshotOfDatabase();
    const result = await updateFigure(prisma, editor, formOf(stored, { rawText: 'fourth time', quote: 'It was the fourth time the coalition struck.' }));
    expect(result.status).toBe('invalid');
    expect(result.fieldErrors?.rawText).toEqual(['“fourth time” does not occur in the text of the report; copy it exactly as written']);
    expect(result.values?.rawText).toBe('fourth time');
    expect(await snapshotOfDatabase()).toEqual(state);
  });

  it('never lets a part exceed its whole, nor a whole drop below its parts', async () => {
    const whole = await figure('An estimated 300,000');
    const part = await figure('80,000');
    const tooBig = await updateFigure(prisma, editor, formOf(part, { value: '400000', low: '', high: '' }));
    expect(tooBig.fieldErrors?.value?.[0]).toMatch(/^Larger than its whole, #\d+ “An estimated 300,000” \(300,000\): a part never exceeds its whole$/);
    const tooSmall = await updateFigure(prisma, editor, formOf(whole, { value: '50000', low: '', high: '' }));
    expect(tooSmall.fieldErrors?.value?.join(' ')).toContain('Smaller than its part');
    expect(tooSmall.fieldErrors?.value?.join(' ')).toContain('“80,000” (80,000)');
    expect((await figure('80,000')).version).toBe(1);
  });

  it('refuses a figure that is part of itself or of one of its own parts', async () => {
    const whole = await figure('An estimated 300,000');
    const part = await figure('80,000');
    expect((await updateFigure(prisma, editor, formOf(whole, { partOfId: String(whole.id) }))).fieldErrors?.partOfId).toEqual(['A figure cannot be part of itself']);
    const loop = await updateFigure(prisma, editor, formOf(whole, { partOfId: String(part.id) }));
    expect(loop.fieldErrors?.partOfId?.[0]).toContain('is itself part of this figure: choosing it would make a loop');
  });

  it('saves nothing when nothing changed', async () => {
    const stored = await figure('Hundreds');
    const revisions = await prisma.revision.count();
    expect(await updateFigure(prisma, editor, formOf(stored))).toMatchObject({ status: 'saved', version: stored.version });
    expect(await prisma.revision.count()).toBe(revisions);
  });
});

describe('creating and deleting figures', () => {
  it('creates a figure with its offsets and a creation revision', async () => {
    const report = await prisma.report.findFirstOrThrow();
    const result = await createFigure(prisma, editor, {
      category: 'fighters',
      qualifier: 'vague',
      value: '',
      low: '',
      high: '',
      rawText: 'snipers',
      quote: 'ISIS fighters have been fighting back against the advancing forces with snipers as well as drones armed with explosives, according to the SDF.',
      counted: 'ISIS snipers (number not given)',
      date: '',
      grade: '',
      reportId: String(report.id),
      sourceId: '',
      placeId: '',
      partOfId: '',
    });
    expect(result.status).toBe('invalid');
    expect(result.fieldErrors).toEqual({ low: ['A vague figure needs a low end'], high: ['A vague figure needs a high end'] });

    const created = await createFigure(prisma, editor, {
      category: 'displaced',
      qualifier: 'estimated',
      value: '80000',
      low: '',
      high: '',
      rawText: '80,000',
      quote: 'An estimated 300,000 civilians were believed to have been living under ISIS rule in Raqqa, including 80,000 displaced from other parts of Syria.',
      counted: 'displaced people among Raqqa residents (second coding)',
      date: '2017-06-09',
      grade: 'weak',
      reportId: String(report.id),
      sourceId: '',
      placeId: '',
      partOfId: '',
    });
    expect(created).toMatchObject({ status: 'saved', version: 1 });
    const stored = await prisma.figure.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ value: 80000, low: 72000, high: 88000, grade: 'weak' });
    expect(report.body.slice(stored.start, stored.end)).toBe('80,000');
    const history = await readHistory(prisma, 'Figure', stored.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', who: 'Edith Editor', before: null, after: { id: stored.id, counted: stored.counted } });
  });

  it('deletes a figure, unlinks its parts with their own revisions, and keeps the history', async () => {
    const whole = await figure('23');
    const part = await figure('15 who were in an internet cafe');
    const stale = await deleteFigure(prisma, editor, { id: String(whole.id), version: String(whole.version - 1) });
    expect(stale.status).toBe('conflict');
    expect(await prisma.figure.count({ where: { id: whole.id } })).toBe(1);

    const result = await deleteFigure(prisma, editor, { id: String(whole.id), version: String(whole.version) });
    expect(result.status).toBe('saved');
    expect(await prisma.figure.findUnique({ where: { id: whole.id } })).toBeNull();
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: part.id } })).toMatchObject({ partOfId: null, version: part.version + 1 });
    const [deletion] = await readHistory(prisma, 'Figure', whole.id);
    expect(deletion).toMatchObject({ action: 'delete', after: null, before: { id: whole.id, rawText: '23' } });
    const [unlinking] = await readHistory(prisma, 'Figure', part.id);
    expect(unlinking!.changes).toEqual([{ field: 'partOfId', before: whole.id, after: null }]);

    const late = await updateFigure(prisma, otherEditor, formOf(whole, { counted: 'too late' }));
    expect(late).toMatchObject({ status: 'missing', message: 'Someone else deleted this figure while you were editing it, so nothing was saved.' });
  });
});

describe('restoring an earlier version', () => {
  it('writes the old values back as a new version with a "restore" revision', async () => {
    const original = await figure('up to 2,500');
    await updateFigure(prisma, editor, formOf(original, { value: '3000', high: '', rawText: '2,500', counted: 'a mistaken edit' }));
    const edited = await prisma.figure.findUniqueOrThrow({ where: { id: original.id } });
    expect(edited).toMatchObject({ value: 3000, version: 2 });
    const creation = (await readHistory(prisma, 'Figure', original.id)).find((entry) => entry.action === 'create')!;

    const stale = await restoreFigureRevision(prisma, otherEditor, { id: String(original.id), version: '1', revisionId: String(creation.id) });
    expect(stale.status).toBe('conflict');

    const result = await restoreFigureRevision(prisma, otherEditor, { id: String(original.id), version: '2', revisionId: String(creation.id) });
    expect(result).toMatchObject({ status: 'saved', version: 3 });
    const restored = await prisma.figure.findUniqueOrThrow({ where: { id: original.id } });
    const { version: _v1, updatedAt: _u1, ...originalFields } = original;
    const { version, updatedAt: _u2, ...restoredFields } = restored;
    expect(restoredFields).toEqual(originalFields);
    expect(version).toBe(3);
    const [latest] = await readHistory(prisma, 'Figure', original.id);
    expect(latest).toMatchObject({ action: 'restore', who: 'Otto Other', version: 3 });
    expect(latest!.changes.map((change) => change.field).sort()).toEqual(['counted', 'high', 'rawText', 'start', 'value']);
  });
});

describe('the auth-checked action wrapper', () => {
  it('refuses an anonymous call before anything is parsed or written, and keeps the input', async () => {
    const stored = await figure('an estimated 40,000');
    const state = await snapshotOfDatabase();
    const afterWrite = jest.fn();
    const input = formOf(stored, { value: '1' });
    for (const mutation of [updateFigure, deleteFigure, restoreFigureRevision, createFigure]) {
      const result = await runFormAction({ readUser: () => Promise.resolve(null), database: prisma, afterWrite }, mutation, input);
      expect(result).toEqual({ status: 'refused', message: SIGNED_OUT_MESSAGE, values: input });
    }
    expect(afterWrite).not.toHaveBeenCalled();
    expect(await snapshotOfDatabase()).toEqual(state);
  });

  it('refuses a user without the required role', async () => {
    const result = await runFormAction({ readUser: () => Promise.resolve(editor), database: prisma, afterWrite: jest.fn() }, updateFigure, {}, { role: 'admin' });
    expect(result).toMatchObject({ status: 'refused', message: 'Only an admin can do this; nothing was changed.' });
  });

  it('runs the mutation for a signed-in user and expires the cached pages after the write', async () => {
    const stored = await figure('Tens of thousands');
    const afterWrite = jest.fn();
    const form = new FormData();
    for (const [key, value] of Object.entries(formOf(stored, { grade: 'fair' }))) form.set(key, value);
    form.set('$ACTION_ID_abc', '');
    const result = await runFormAction({ readUser: () => Promise.resolve(editor), database: prisma, afterWrite }, updateFigure, form);
    expect(result.status).toBe('saved');
    expect(afterWrite).toHaveBeenCalledTimes(1);
    expect((await figure('Tens of thousands')).grade).toBe('fair');
  });
});
