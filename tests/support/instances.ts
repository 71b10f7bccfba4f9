import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { childProcessEnvironment } from '@/lib/env';
import { testSessionSecret } from './admin';
import { callServerAction, builtServerActions } from './server-actions';
import { startServer, type RunningServer } from './server';
import { makeTempDir } from './temp-database';
import { createPostgresqlDatabase, dropPostgresqlDatabase } from './test-database';

/**
 * The database several instances share: a fresh database on the TEST_DATABASE_URL server when it is set
 * (PostgreSQL, dropped by `remove`), otherwise a SQLite file of its own. It is set up as an operator would, by the project's scripts (migrate and seed, create an editor),
 * and read back only through the running instances, so the suite is the same on either database.
 */
export interface SharedDatabase {
  url: string;
  editor: { email: string; password: string };
  remove: () => Promise<void>;
}

const ROOT = path.join(__dirname, '..', '..');

function runScript(script: string, args: string[], environment: Record<string, string>, input?: string): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: childProcessEnvironment({ NODE_ENV: 'production', ...environment }),
    input,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${script} failed (${run.status}):\n${run.stdout}${run.stderr}`);
}

export async function createSharedDatabase(): Promise<SharedDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  const name = `figures_instances_${randomBytes(4).toString('hex')}`;
  const dir = server ? null : makeTempDir('figures-instances-');
  let url = `file:${path.join(dir ?? '', 'shared.db')}`;
  if (server) {
    await createPostgresqlDatabase(name);
    const parsed = new URL(server);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
  }
  const remove = async () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (server) await dropPostgresqlDatabase(name);
  };
  const editor = { email: `instances-${randomBytes(4).toString('hex')}@example.org`, password: `test-${randomBytes(12).toString('base64url')}` };
  try {
    const environment = { DATABASE_URL: url, SESSION_SECRET: sharedSecret };
    runScript('db-seed.ts', [], environment);
    runScript('user-create.ts', ['--email', editor.email, '--role', 'editor', '--password-stdin'], environment, `${editor.password}\n`);
  } catch (error) {
    await remove();
    throw error;
  }
  return { url, editor, remove };
}

/** What every instance shares: the database, the session secret, and (when given) the Redis of the cache. */
export function instanceEnvironment(database: SharedDatabase, redisUrl: string | null): Record<string, string> {
  return { DATABASE_URL: database.url, SESSION_SECRET: sharedSecret, TRUSTED_PROXIES: '127.0.0.1', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
}
const sharedSecret = testSessionSecret();

export function startInstance(environment: Record<string, string>): Promise<RunningServer> {
  // startServer's file argument only sets a DATABASE_URL, which the environment replaces.
  return startServer('', environment);
}

/** Signs the editor in through one instance's sign-in action; the cookie is good on every instance. */
export async function signInCookie(baseUrl: string, editor: SharedDatabase['editor']): Promise<string> {
  const signIn = builtServerActions().get('lib/actions/account-actions.ts#signInAction')!;
  const signedIn = await callServerAction(baseUrl, signIn.id, { email: editor.email, password: editor.password, next: '' }, { pagePath: signIn.pagePath });
  const cookie = /figures_admin_session=[^;]+/.exec(signedIn.setCookie ?? '')?.[0];
  if (!cookie) throw new Error(`the editor could not sign in: ${JSON.stringify(signedIn)}`);
  return cookie;
}

/** A figure as GET /api/figures/:id gives it, with what an edit needs. */
export interface ApiFigure {
  id: number;
  version: number;
  counted: string;
  category: string;
  qualifier: string;
  value: number | null;
  low: number | null;
  high: number | null;
  rawText: string;
  quote: string;
  date: string | null;
  grade: string | null;
  partOfId: number | null;
  report: { id: number };
  source: { id: number } | null;
  place: { id: number } | null;
  history: Array<{ id: number; action: string; changes: Array<{ field: string; after: string }> }>;
}

export async function readFigure(baseUrl: string, id: number): Promise<ApiFigure> {
  const response = await fetch(`${baseUrl}/api/figures/${id}`);
  if (response.status !== 200) throw new Error(`GET /api/figures/${id} answered ${response.status}`);
  return (await response.json()) as ApiFigure;
}

const asText = (value: number | null) => (value === null ? '' : String(value));

/** The figure form's fields for the figure with `counted` changed, based on `version`. */
export function editedFields(figure: ApiFigure, counted: string, version = figure.version): Record<string, string> {
  return {
    id: String(figure.id),
    category: figure.category,
    qualifier: figure.qualifier,
    value: asText(figure.value),
    low: asText(figure.low),
    high: asText(figure.high),
    rawText: figure.rawText,
    quote: figure.quote,
    counted,
    date: figure.date ? figure.date.slice(0, 10) : '',
    grade: figure.grade ?? '',
    reportId: String(figure.report.id),
    sourceId: figure.source ? String(figure.source.id) : '',
    placeId: figure.place ? String(figure.place.id) : '',
    partOfId: asText(figure.partOfId),
    version: String(version),
  };
}

/** PUT /api/admin/figures/:id with those fields, as a script or another client would save. */
export function saveCounted(baseUrl: string, cookie: string, figure: ApiFigure, counted: string, version = figure.version): Promise<Response> {
  return fetch(`${baseUrl}/api/admin/figures/${figure.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie, origin: baseUrl },
    body: JSON.stringify(editedFields(figure, counted, version)),
  });
}

/** The admin form's save (the server action), posted to one instance; true when it saved (it redirects then). */
export async function saveCountedThroughForm(baseUrl: string, cookie: string, figure: ApiFigure, counted: string): Promise<boolean> {
  const action = builtServerActions().get('lib/actions/figure-actions.ts#updateFigureAction')!;
  const call = await callServerAction(baseUrl, action.id, editedFields(figure, counted), { cookie, pagePath: `/admin/figures/${figure.id}` });
  return call.redirectedTo?.startsWith(`/admin/figures/${figure.id}?saved=`) ?? false;
}
