import 'server-only';
import { createHash } from 'node:crypto';
import { readDataGeneration } from '@/lib/cache/figure-data';

/** What every public GET of the API says to caches and to other origins. */
export const PUBLIC_GET_HEADERS = {
  'Cache-Control': 'public, max-age=0, must-revalidate',
  'Access-Control-Allow-Origin': '*',
} as const;

/**
 * Answers a public GET so that any HTTP cache or CDN can keep it: a strong ETag made of the data generation (which
 * every write moves) and the request's path and query, `Cache-Control: public, max-age=0, must-revalidate`, and
 * `Access-Control-Allow-Origin: *` for notebooks and dashboards on other origins. A request whose If-None-Match
 * names the current ETag gets 304 without the answer being made.
 */
export async function answerPublicGet(request: Request, answer: () => Promise<Response>): Promise<Response> {
  const url = new URL(request.url);
  const generation = await readDataGeneration();
  const tag = `"${generation}-${createHash('sha256').update(url.pathname + url.search).digest('base64url').slice(0, 16)}"`;
  const headers = { ...PUBLIC_GET_HEADERS, ETag: tag };
  const known = (request.headers.get('if-none-match') ?? '').split(',').map((value) => value.trim());
  if (known.includes(tag) || known.includes('*')) return new Response(null, { status: 304, headers });
  const response = await answer();
  for (const [name, value] of Object.entries(response.ok ? headers : PUBLIC_GET_HEADERS)) response.headers.set(name, value);
  return response;
}
