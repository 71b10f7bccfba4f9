import type { SessionUser } from '@/lib/auth/users';
import { updateFigure } from '@/lib/mutations/figure-mutations';
import { figureFormValues } from '@/lib/forms/figure-form-values';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser } from '../support/admin';
import { testDatabase } from '../support/test-database';

// PostgreSQL only: twenty editors save the same figure at once, each through a connection pool of its own (as
// twenty app instances would), all based on the same version. Round after round, exactly one save per version is
// accepted, with its revision, and every other editor is told of the conflict: no lost update, no error.
const database = testDatabase('postgresql-contention');
const EDITORS = 20;
const ROUNDS = 3;
let clients: PrismaClient[] = [];
const editors: SessionUser[] = [];

beforeAll(async () => {
  await database.create();
  clients = Array.from({ length: EDITORS }, () => createPrismaClient(database.location));
  const [first] = clients as [PrismaClient];
  await seedDatabase(first);
  for (let index = 0; index < EDITORS; index += 1) {
    const user = await addTestUser(first, `editor${index}@example.org`, 'editor', `Editor ${index}`);
    editors.push({ id: user.id, email: user.email, name: `Editor ${index}`, role: 'editor' });
  }
}, 120_000);
afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  await database.drop();
});

it('accepts exactly one of twenty conflicting saves per version, each accepted one with its revision', async () => {
  const [first] = clients as [PrismaClient];
  const figure = await first.figure.findFirstOrThrow({ where: { rawText: '23' } });
  const revisionsBefore = await first.revision.count({ where: { entityType: 'Figure', entityId: figure.id } });
  for (let round = 0; round < ROUNDS; round += 1) {
    const base = await first.figure.findUniqueOrThrow({ where: { id: figure.id } });
    const results = await Promise.all(
      clients.map((client, index) =>
        updateFigure(client, editors[index] as SessionUser, {
          ...figureFormValues(base),
          id: String(base.id),
          version: String(base.version),
          counted: `civilians killed, as editor ${index} read it in round ${round}`,
        }),
      ),
    );
    const saved = results.filter((result) => result.status === 'saved');
    expect(saved).toHaveLength(1);
    expect(results.filter((result) => result.status === 'conflict')).toHaveLength(EDITORS - 1);
    const winner = results.findIndex((result) => result.status === 'saved');
    const stored = await first.figure.findUniqueOrThrow({ where: { id: figure.id } });
    expect(stored).toMatchObject({ version: base.version + 1, counted: `civilians killed, as editor ${winner} read it in round ${round}` });
    const latest = await first.revision.findFirstOrThrow({ where: { entityType: 'Figure', entityId: figure.id }, orderBy: { id: 'desc' } });
    expect(latest).toMatchObject({ action: 'update', userId: editors[winner]?.id });
    expect(JSON.parse(latest.after ?? '{}')).toMatchObject({ version: base.version + 1, counted: stored.counted });
  }
  expect(await first.revision.count({ where: { entityType: 'Figure', entityId: figure.id } })).toBe(revisionsBefore + ROUNDS);
});

it('runs a transaction that PostgreSQL chose to break a deadlock again, so both writers get their change', async () => {
  const [a, b] = clients as [PrismaClient, PrismaClient];
  const [first, second] = editors as [SessionUser, SessionUser];
  // Each transaction locks one account, waits until the other has locked the other one, then asks for it: a
  // deadlock, which PostgreSQL breaks by aborting one of them (40P01). Its second run finds no one waiting.
  let arrived = 0;
  let bothLocked!: () => void;
  const barrier = new Promise<void>((resolve) => (bothLocked = resolve));
  const arrive = async () => {
    arrived += 1;
    if (arrived === 2) bothLocked();
    await barrier;
  };
  const runs = { a: 0, b: 0 };
  const rename = (client: PrismaClient, run: 'a' | 'b', firstId: number, secondId: number) =>
    client.$transaction(async (transaction) => {
      runs[run] += 1;
      await transaction.user.update({ where: { id: firstId }, data: { name: `renamed by ${run}` } });
      await arrive();
      await transaction.user.update({ where: { id: secondId }, data: { name: `renamed by ${run}` } });
    });
  await Promise.all([rename(a, 'a', first.id, second.id), rename(b, 'b', second.id, first.id)]);
  expect(runs.a + runs.b).toBe(3);
  const names = (await a.user.findMany({ where: { id: { in: [first.id, second.id] } }, select: { name: true } })).map((user) => user.name);
  // The transaction that ran twice committed last, so both accounts carry its name.
  expect(new Set(names)).toEqual(new Set([`renamed by ${runs.a === 2 ? 'a' : 'b'}`]));
});
