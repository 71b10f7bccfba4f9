import fs from 'node:fs';
import { SIGNED_OUT_MESSAGE } from '@/lib/actions/run-form-action';
import type { PrismaClient } from '@/lib/db/connect';
import { seedDatabase } from '@/prisma/seed';
import { addTestUser, testSessionSecret } from '../support/admin';
import { inlineServerActions, mutatingRoutes, serverActionExports } from '../support/auth-surface';
import { builtServerActions, callServerAction } from '../support/server-actions';
import { startServer, type RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

/**
 * Every server action and every mutating route handler, found in the source, is called over HTTP on the real
 * server: anonymously, each must refuse and change nothing; as an editor, each administrators-only one must
 * refuse. A new export without its own check fails here.
 */

// Signing in and out are open to anyone by nature; everything else must refuse an anonymous call.
const OPEN_TO_ANYONE = new Set(['lib/actions/account-actions.ts#signInAction', 'lib/actions/account-actions.ts#signOutAction']);

const actions = serverActionExports();
const routes = mutatingRoutes();

let dir: string;
let prisma: PrismaClient;
let server: RunningServer;
let editorCookie: string;

/** Rows of every table the app writes, to prove a refused call changed nothing. */
async function rowCounts(): Promise<Record<string, number>> {
  return {
    figures: await prisma.figure.count(),
    reports: await prisma.report.count(),
    sources: await prisma.source.count(),
    places: await prisma.place.count(),
    revisions: await prisma.revision.count(),
    proposals: await prisma.proposal.count(),
    users: await prisma.user.count(),
    sessions: await prisma.session.count(),
  };
}

beforeAll(async () => {
  let databasePath: string;
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  const editor = await addTestUser(prisma, 'editor@example.org', 'editor');
  server = await startServer(databasePath, { SESSION_SECRET: testSessionSecret() });
  const signIn = builtServerActions().get('lib/actions/account-actions.ts#signInAction')!;
  const signedIn = await callServerAction(server.url, signIn.id, { email: editor.email, password: editor.password, next: '' }, { pagePath: signIn.pagePath });
  editorCookie = /figures_admin_session=[^;]+/.exec(signedIn.setCookie ?? '')?.[0] ?? '';
  if (!editorCookie) throw new Error('the editor could not sign in');
});
afterAll(async () => {
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the code scanned for what can change data', () => {
  it('finds the server actions and mutating routes, and no inline server action', () => {
    expect(actions.length).toBeGreaterThan(0);
    expect(routes.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action.adminOnly).map((action) => action.name)).toEqual(
      expect.arrayContaining(['createUserAction', 'resetUserPasswordAction', 'setUserDisabledAction']),
    );
    // An action declared inside a component would escape this test: keep them in 'use server' modules.
    expect(inlineServerActions()).toEqual([]);
  });

  it('leaves open to anyone only signing in and out, which exist', () => {
    expect(actions.map(keyOf).filter((key) => OPEN_TO_ANYONE.has(key)).sort()).toEqual([...OPEN_TO_ANYONE].sort());
  });

  it('finds every scanned server action in the build', () => {
    const built = builtServerActions();
    expect(actions.map(keyOf).filter((key) => !built.has(key))).toEqual([]);
  });
});

const keyOf = (action: { file: string; name: string }) => `${action.file}#${action.name}`;
const guardedActions = actions.filter((action) => !OPEN_TO_ANYONE.has(keyOf(action)));
const adminOnlyActions = actions.filter((action) => action.adminOnly);

function builtAction(key: string) {
  const built = builtServerActions().get(key);
  if (!built) throw new Error(`${key} is not in the build: no page uses it, so it cannot be checked (or called)`);
  return built;
}

describe.each(guardedActions.map((action) => [keyOf(action)]))('the server action %s', (key) => {
  it('refuses an anonymous call and changes nothing', async () => {
    const built = builtAction(key);
    const before = await rowCounts();
    const call = await callServerAction(server.url, built.id, { id: '1', version: '1', reportId: '1', userId: '1' }, { pagePath: built.pagePath });
    expect(call.state).toMatchObject({ status: 'refused', message: SIGNED_OUT_MESSAGE });
    expect(call.redirectedTo).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });
});

describe.each(adminOnlyActions.map((action) => [keyOf(action)]))('the administrators-only server action %s', (key) => {
  it('refuses an editor and changes nothing', async () => {
    const built = builtAction(key);
    const before = await rowCounts();
    const fields = { userId: '1', email: 'new@example.org', role: 'admin', password: 'a long enough password', newPassword: 'a long enough password', confirmPassword: 'a long enough password', disabled: 'true' };
    const call = await callServerAction(server.url, built.id, fields, { pagePath: built.pagePath, cookie: editorCookie });
    expect(call.state).toMatchObject({ status: 'refused', message: 'Only an admin can do this; nothing was changed.' });
    expect(await rowCounts()).toEqual(before);
  });
});

describe.each(routes.map((route) => [`${route.method} ${route.urlPath}`, route] as const))('the route %s', (_name, route) => {
  it('refuses an anonymous call with 401 and changes nothing', async () => {
    const before = await rowCounts();
    const response = await fetch(`${server.url}${route.urlPath}?version=1`, { method: route.method, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: expect.stringContaining('Sign in') });
    expect(await rowCounts()).toEqual(before);
  });
});
