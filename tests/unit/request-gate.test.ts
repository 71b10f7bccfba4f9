import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gateRequests } from '@/lib/server/request-gate';

/**
 * The request gate on a real HTTP server whose handler holds each response until the test lets it go: reads beyond
 * the limit wait in order, an editor's request and any write pass at once, and a full queue is refused with a 503.
 */
describe('request gate', () => {
  let server: http.Server;
  let baseUrl: string;
  const held: Array<{ url: string; finish: () => void }> = [];
  const started: string[] = [];

  beforeAll(async () => {
    const handle = gateRequests(
      (request, response) => {
        started.push(`${request.method} ${request.url}`);
        held.push({ url: request.url ?? '', finish: () => response.end('done') });
      },
      { concurrentReads: 2, maxWaiting: 2 },
    );
    server = http.createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const request of held) request.finish();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const until = async (condition: () => boolean) => {
    for (let tries = 0; !condition(); tries += 1) {
      if (tries > 200) throw new Error(`gave up waiting; started: ${started.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const finish = (url: string) => {
    const index = held.findIndex((request) => request.url === url);
    held.splice(index, 1)[0]!.finish();
  };

  it('runs two reads at once, queues the rest in order, lets editors and writes pass, and refuses a full queue', async () => {
    const answers = ['/a', '/b', '/c', '/d'].map((path) => fetch(`${baseUrl}${path}`));
    await until(() => started.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toEqual(['GET /a', 'GET /b']);

    // Two reads are waiting: the queue is full, so a fifth read is refused at once.
    const refused = await fetch(`${baseUrl}/e`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.text()).toMatch(/busy/);

    // An editor's page, an admin API call and a write are not queued behind the reads.
    const editor = fetch(`${baseUrl}/admin/figures`);
    const adminApi = fetch(`${baseUrl}/api/admin/figures/1`, { method: 'PUT', body: '{}' });
    const write = fetch(`${baseUrl}/reports`, { method: 'POST', body: 'x' });
    await until(() => started.length === 5);
    expect(started.slice(2).sort()).toEqual(['GET /admin/figures', 'POST /reports', 'PUT /api/admin/figures/1']);
    for (const url of ['/admin/figures', '/api/admin/figures/1', '/reports']) finish(url);
    await Promise.all([editor, adminApi, write]);

    // Finishing a read lets the first waiting one in, and only it.
    finish('/a');
    await until(() => started.length === 6);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started[5]).toBe('GET /c');
    finish('/b');
    await until(() => started.length === 7);
    expect(started[6]).toBe('GET /d');
    finish('/c');
    finish('/d');
    const bodies = await Promise.all((await Promise.all(answers)).map((answer) => answer.text()));
    expect(bodies).toEqual(['done', 'done', 'done', 'done']);
  });

  it('frees the slot of a reader who went away, and skips a waiting reader who left', async () => {
    started.length = 0;
    const gone = new AbortController();
    const first = fetch(`${baseUrl}/x`, { signal: gone.signal }).catch(() => 'aborted');
    const second = fetch(`${baseUrl}/y`);
    await until(() => started.length === 2);
    const leaving = new AbortController();
    const waiting = fetch(`${baseUrl}/left`, { signal: leaving.signal }).catch(() => 'aborted');
    const last = fetch(`${baseUrl}/z`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    leaving.abort();
    expect(await waiting).toBe('aborted');
    gone.abort();
    expect(await first).toBe('aborted');
    // The aborted read's slot went to /z: the reader who left the queue was never run.
    await until(() => started.length === 3);
    expect(started).toEqual(['GET /x', 'GET /y', 'GET /z']);
    finish('/y');
    finish('/z');
    expect((await second).status).toBe(200);
    expect((await last).status).toBe(200);
  });
});
