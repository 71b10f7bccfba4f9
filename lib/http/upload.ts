/**
 * What the upload routes (CSV import, restore of a full export) share: a signed-in editor (401 otherwise), a body of
 * the route's media type (415 otherwise) of at most 20 MB (413 otherwise), and answers that no cache keeps.
 */
import 'server-only';
import type { SessionUser } from '@/lib/auth/users';
import { userForRoute } from '@/lib/auth/route-guard';
import { readLimitedBody, UPLOAD_BODY_LIMIT } from './read-body';

export type Upload = { user: SessionUser; bytes: Uint8Array; response?: never } | { response: Response };

export async function readUpload(request: Request, mediaType: string): Promise<Upload> {
  const { user, response } = await userForRoute(request, { accept: [mediaType] });
  if (response) return { response };
  const read = await readLimitedBody(request, UPLOAD_BODY_LIMIT);
  return read.ok ? { user, bytes: read.bytes } : { response: read.response };
}

/** A JSON answer of an upload route, which no cache keeps. */
export function uploadAnswer(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
