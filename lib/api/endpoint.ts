import 'server-only';
import type { z } from 'zod';
import type { CursorValue, Page } from '@/lib/data/cursor';
import type { ScopeProblem } from '@/lib/data/scope';
import { answerPublicGet } from '@/lib/http/public-get';
import { allowedParameters } from './parameters';
import { badRequest, notFound, readListRequest, readPathId, unknownParameters } from './request';

type Context = { params: Promise<{ id: string }> };

/**
 * The GET handler of an endpoint that answers one record by the id in its path (`/api/figures/12`): a path id
 * that is not an id is 400, one that names nothing 404, a parameter the endpoint does not document 400; the
 * answer is a public GET (ETag, 304, CORS).
 */
export function recordEndpoint(
  what: string,
  parameters: z.ZodObject,
  read: (id: number, params: URLSearchParams) => Promise<{ body: unknown } | { problems: ScopeProblem[] } | null>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, { params }) =>
    answerPublicGet(request, async () => {
      const query = new URL(request.url).searchParams;
      const path = readPathId((await params).id, what);
      if (path.response) return path.response;
      const unknown = unknownParameters(query, allowedParameters(parameters));
      if (unknown.length > 0) return badRequest(unknown);
      const answer = await read(path.id, query);
      if (answer === null) return notFound(`There is no ${what} with id ${path.id}.`);
      return 'problems' in answer ? badRequest(answer.problems) : Response.json(answer.body);
    });
}

/**
 * The GET handler of a list endpoint: paging (`limit`, `cursor` checked against the list's sort key) and any
 * other documented parameters read by `read`, every problem a 400, the page answered in the one list shape
 * `{ items, nextCursor, total, limit }` as a public GET.
 */
export function listEndpoint<Item>(
  parameters: z.ZodObject,
  list: { isKey: (key: CursorValue[]) => boolean; keyLength: number },
  read: (paging: { cursor: CursorValue[] | null; limit: number }, params: URLSearchParams) => Promise<Page<Item> | { problems: ScopeProblem[] }>,
): (request: Request) => Promise<Response> {
  return async (request) =>
    answerPublicGet(request, async () => {
      const query = new URL(request.url).searchParams;
      const { limit, cursor, problems } = readListRequest(query, parameters, list);
      if (problems.length > 0) return badRequest(problems);
      const page = await read({ cursor, limit }, query);
      if ('problems' in page) return badRequest(page.problems);
      return Response.json({ items: page.items, nextCursor: page.nextCursor, total: page.total, limit });
    });
}
