import { randomBytes } from 'node:crypto';
import { findNginx, startNginx, type RunningNginx } from '../support/nginx';
import {
  createSharedDatabase,
  instanceEnvironment,
  readFigure,
  saveCounted,
  saveCountedThroughForm,
  signInCookie,
  startInstance,
  type ApiFigure,
  type SharedDatabase,
} from '../support/instances';
import { startRedis, type RunningRedis } from '../support/redis';
import type { RunningServer } from '../support/server';

/**
 * Two instances of the production server on one database and the Redis of TEST_REDIS_URL, behind nginx with the
 * example site of deploy/nginx: what one instance writes, the other shows at once; concurrent saves on both stay
 * correct; nginx answers from one instance while the other dies. A third instance uses a Redis of this suite's
 * own, stopped and started again mid-run. (jest.config.js leaves this file out when Redis or nginx is missing.)
 */

let database: SharedDatabase;
let instanceA: RunningServer;
let instanceB: RunningServer;
let nginx: RunningNginx;
let ownRedis: RunningRedis | undefined;
let instanceC: RunningServer | undefined;
let cookie: string;

beforeAll(async () => {
  const redisUrl = process.env.TEST_REDIS_URL;
  const nginxPath = findNginx();
  if (!redisUrl || !nginxPath) throw new Error('the instance suite needs TEST_REDIS_URL and nginx');
  database = await createSharedDatabase();
  [instanceA, instanceB] = await Promise.all([startInstance(instanceEnvironment(database, redisUrl)), startInstance(instanceEnvironment(database, redisUrl))]);
  nginx = await startNginx(nginxPath, [instanceA.url, instanceB.url]);
  cookie = await signInCookie(instanceA.url, database.editor);
}, 240_000);
afterAll(async () => {
  await Promise.allSettled([instanceA?.stop(), instanceB?.stop(), instanceC?.stop()]);
  await Promise.allSettled([nginx?.stop(), ownRedis?.stop()]);
  await database?.remove();
});

async function page(baseUrl: string, path: string): Promise<{ status: number; text: string; cache: string | null }> {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, text: await response.text(), cache: response.headers.get('x-nextjs-cache') };
}

/**
 * Requests the page until the instance answers it from the cache (HIT), at most 20 times: right after a write a
 * page may first be served STALE while it is rendered again in the background.
 */
async function cachedPage(baseUrl: string, path: string): Promise<string | null> {
  let cache: string | null = null;
  for (let attempt = 0; attempt < 20 && cache !== 'HIT'; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250));
    cache = (await page(baseUrl, path)).cache;
  }
  return cache;
}

async function figureWithRawText(baseUrl: string, rawText: string): Promise<ApiFigure> {
  const list = (await (await fetch(`${baseUrl}/api/figures?limit=1000`)).json()) as { items: Array<{ id: number; rawText: string }> };
  const found = list.items.find((item) => item.rawText === rawText);
  if (!found) throw new Error(`no seed figure "${rawText}"`);
  return readFigure(baseUrl, found.id);
}

const unique = (text: string) => `${text} ${randomBytes(3).toString('hex')}`;

describe('two instances sharing one database and one Redis', () => {
  it('shows an edit made through instance A on the next request to instance B: cached pages and the API', async () => {
    const figure = await figureWithRawText(instanceB.url, 'an estimated 40,000');
    const paths = ['/', `/figures/${figure.id}`, `/categories/${figure.category}`, `/api/figures?category=${figure.category}`];
    for (const path of paths) await page(instanceB.url, path);
    // B serves the pre-rendered pages from the shared cache before the edit.
    for (const path of paths.slice(0, 3)) expect({ path, cache: await cachedPage(instanceB.url, path) }).toEqual({ path, cache: 'HIT' });

    const counted = unique('children still trapped, counted through A');
    expect((await saveCounted(instanceA.url, cookie, figure, counted)).status).toBe(200);
    const stale = [];
    for (const path of paths) {
      const answer = await page(instanceB.url, path);
      if (answer.status !== 200 || !answer.text.includes(counted)) stale.push(path);
    }
    expect(stale).toEqual([]);
  });

  it('shows an edit saved with the admin form on instance B on the next request to instance A', async () => {
    const figure = await figureWithRawText(instanceA.url, 'an estimated 40,000');
    for (const path of ['/', `/figures/${figure.id}`]) expect({ path, cache: await cachedPage(instanceA.url, path) }).toEqual({ path, cache: 'HIT' });
    const counted = unique('children still trapped, counted through the form on B');
    expect(await saveCountedThroughForm(instanceB.url, cookie, figure, counted)).toBe(true);
    for (const path of ['/', `/figures/${figure.id}`]) {
      const answer = await page(instanceA.url, path);
      expect({ path, status: answer.status, shown: answer.text.includes(counted) }).toEqual({ path, status: 200, shown: true });
    }
  });

  it('keeps the session of a sign-in on A on B (sessions in the database, one secret)', async () => {
    const response = await fetch(`${instanceB.url}/admin`, { headers: { cookie }, redirect: 'manual' });
    expect(response.status).toBe(200);
  });

  it('accepts exactly one of each round of conflicting saves spread over both instances, each with its revision', async () => {
    let figure = await figureWithRawText(instanceA.url, 'up to 2,500');
    const historyBefore = figure.history.length;
    const accepted: string[] = [];
    for (let round = 0; round < 4; round += 1) {
      const base = figure;
      const attempts = Array.from({ length: 5 }, (_, index) => ({ via: index % 2 === 0 ? instanceA.url : instanceB.url, counted: unique(`fighters, round ${round} save ${index}`) }));
      const answers = await Promise.all(
        attempts.map(async ({ via, counted }) => {
          const response = await saveCounted(via, cookie, base, counted);
          return { status: response.status, body: await response.text() };
        }),
      );
      expect(answers.filter((answer) => answer.status !== 200 && answer.status !== 409)).toEqual([]);
      const statuses = answers.map((answer) => answer.status);
      expect([...statuses].sort()).toEqual([200, 409, 409, 409, 409]);
      accepted.push(attempts[statuses.indexOf(200)]!.counted);
      figure = await readFigure(instanceB.url, figure.id);
      expect({ version: figure.version, counted: figure.counted }).toEqual({ version: base.version + 1, counted: accepted.at(-1) });
    }
    // Every accepted save has its revision, newest first, and no other save left one.
    const updates = figure.history.slice(0, figure.history.length - historyBefore);
    expect(updates.map((revision) => revision.action)).toEqual(['update', 'update', 'update', 'update']);
    expect(updates.map((revision) => revision.changes.find((change) => change.field === 'counted')?.after).reverse()).toEqual(accepted);
  });

  it('passes the API caching headers through nginx: ETag, Cache-Control and 304', async () => {
    const direct = await fetch(`${instanceA.url}/api/figures?limit=5`);
    const proxied = await fetch(`${nginx.url}/api/figures?limit=5`);
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get('etag')).toBe(direct.headers.get('etag'));
    expect(proxied.headers.get('cache-control')).toBe(direct.headers.get('cache-control'));
    const revalidated = await fetch(`${nginx.url}/api/figures?limit=5`, { headers: { 'if-none-match': proxied.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    const health = (await (await fetch(`${nginx.url}/api/health`)).json()) as { status: string; cache: { kind: string; reachable: boolean } };
    expect(health).toMatchObject({ status: 'ok', cache: { kind: 'redis', reachable: true } });
  });

  it('keeps answering through nginx from A while B is killed during reads, with no 5xx beyond the requests in flight', async () => {
    const readers = 4;
    const results: Array<{ status: number; at: number }> = [];
    let killedAt = Infinity;
    const stopAt = Date.now() + 5_000;
    const read = async (reader: number) => {
      for (let request = 0; Date.now() < stopAt; request += 1) {
        const path = (reader + request) % 2 === 0 ? '/' : '/api/figures?limit=100';
        const started = Date.now();
        let status: number;
        try {
          const response = await fetch(`${nginx.url}${path}`);
          await response.arrayBuffer();
          status = response.status;
        } catch {
          status = 0;
        }
        results.push({ status, at: started });
      }
    };
    const reading = Promise.all(Array.from({ length: readers }, (_, reader) => read(reader)));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    process.kill(instanceB.pid, 'SIGKILL');
    killedAt = Date.now();
    await reading;

    const failed = results.filter((result) => result.status !== 200);
    expect(failed.length).toBeLessThanOrEqual(readers);
    // Everything asked after the kill was answered, and there was plenty of it.
    const afterKill = results.filter((result) => result.at > killedAt);
    expect(afterKill.length).toBeGreaterThan(10);
    expect(afterKill.filter((result) => result.status !== 200)).toEqual([]);
  });
});

describe('an instance whose Redis goes away', () => {
  beforeAll(async () => {
    ownRedis = await startRedis();
    instanceC = await startInstance(instanceEnvironment(database, ownRedis.url));
  }, 120_000);

  it('serves pages from the database while Redis is stopped, says so once in its log, and caches again when it is back', async () => {
    const server = instanceC!;
    const figure = await figureWithRawText(server.url, 'an estimated 40,000');
    expect(await cachedPage(server.url, `/figures/${figure.id}`)).toBe('HIT');

    const redisPort = ownRedis!.port;
    await ownRedis!.stop();
    // An edit made elsewhere meanwhile: C shows it on the next request, so its pages come from the database.
    const counted = unique('children counted while the cache is away');
    expect((await saveCounted(instanceA.url, cookie, await readFigure(instanceA.url, figure.id), counted)).status).toBe(200);
    const deadline = Date.now() + 4_000;
    while (Date.now() < deadline) {
      for (const path of ['/', `/figures/${figure.id}`]) {
        const answer = await page(server.url, path);
        expect({ path, status: answer.status, shown: answer.text.includes(counted) }).toEqual({ path, status: 200, shown: true });
      }
    }
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'degraded', cache: { kind: 'redis', reachable: false } });
    expect(server.output().match(/Shared cache at \S+ lost/g)).toHaveLength(1);

    ownRedis = await startRedis(redisPort);
    const back = Date.now() + 15_000;
    while (!/Shared cache at \S+ reachable again/.test(server.output()) && Date.now() < back) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.output()).toMatch(/Shared cache at \S+ reachable again/);
    expect(await cachedPage(server.url, `/figures/${figure.id}`)).toBe('HIT');
    expect((await page(server.url, `/figures/${figure.id}`)).text).toContain(counted);
  }, 60_000);
});
