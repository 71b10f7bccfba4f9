import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeLongStringsAsBuffers } from '@/lib/server/buffered-bodies';

// A long body with characters of one, two and three bytes in UTF-8, as a page of ranges ("36,000–44,000") has.
const LONG = `<p>Raqqa · 36,000–44,000 people é</p>`.repeat(2_000);
const SHORT = 'about 160,000 – remaining';

const bodies: Record<string, (response: http.ServerResponse) => void> = {
  '/end': (response) => response.end(LONG),
  '/end-encoding-callback': (response) => response.end(LONG, 'utf8', () => undefined),
  '/end-callback': (response) => response.end(LONG, () => undefined),
  '/write-then-end': (response) => {
    response.write(LONG);
    response.write(LONG, 'utf8', () => undefined);
    response.end(SHORT);
  },
  '/latin1': (response) => response.end('é'.repeat(20_000), 'latin1'),
  '/buffer': (response) => response.end(Buffer.from(LONG)),
};
const expected: Record<string, Buffer> = {
  '/end': Buffer.from(LONG),
  '/end-encoding-callback': Buffer.from(LONG),
  '/end-callback': Buffer.from(LONG),
  '/write-then-end': Buffer.from(LONG + LONG + SHORT),
  '/latin1': Buffer.from('é'.repeat(20_000), 'latin1'),
  '/buffer': Buffer.from(LONG),
};

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    writeLongStringsAsBuffers(response);
    bodies[request.url!]!(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a response whose long string bodies are written as buffers', () => {
  it.each(Object.keys(bodies))('sends exactly the bytes of %s', async (path) => {
    const response = await fetch(`${base}${path}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(expected[path]!)).toBe(true);
  });
});
