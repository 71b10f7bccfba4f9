/**
 * The admin search routes' one gate: the session is read here, inside the handler (a proxy in front is not
 * trusted to have checked it), then the query string is parsed with zod, then one bounded search runs.
 * Anonymous → 401, bad parameters → 400, otherwise 200 with `{ results: [{ id, label, detail }] }`.
 */
import 'server-only';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/session';
import type { SearchChoice } from '@/lib/data/admin-search';
import { SEARCH_TEXT_LIMIT } from '@/lib/data/admin-list-params';

export const searchTextParameters = z.object({
  q: z
    .string()
    .max(SEARCH_TEXT_LIMIT, `q must be at most ${SEARCH_TEXT_LIMIT} characters`)
    .default(''),
});

export async function answerSearch<Parameters>(
  request: Request,
  schema: z.ZodType<Parameters>,
  search: (parameters: Parameters) => Promise<SearchChoice[]>,
): Promise<Response> {
  if (!(await getCurrentUser())) return Response.json({ error: 'Sign in first: this needs an editor session.' }, { status: 401 });
  const query = new URL(request.url).searchParams;
  const repeated = [...new Set(query.keys())].find((name) => query.getAll(name).length > 1);
  if (repeated) return Response.json({ error: `Give ${repeated} once.` }, { status: 400 });
  const parsed = schema.safeParse(Object.fromEntries(query.entries()));
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues.map((issue) => issue.message).join('; ') }, { status: 400 });
  }
  const results = await search(parsed.data);
  // Editors' searches change with every edit: never stored by a browser or a shared cache.
  return Response.json({ results }, { headers: { 'Cache-Control': 'private, no-store' } });
}
