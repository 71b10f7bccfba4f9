import 'server-only';
import { userForRoute } from '@/lib/auth/route-guard';
import { readLimitedBody, UPLOAD_BODY_LIMIT } from '@/lib/http/read-body';

/**
 * What the restore routes share: a signed-in editor (401 otherwise), an `application/json` body (415 otherwise) of
 * at most 20 MB (413 otherwise: a larger backup is restored with `npm run db:import-json`), answered uncached.
 */
export async function readBackupUpload(request: Request): Promise<{ bytes: Uint8Array; response?: never } | { response: Response }> {
  const { response } = await userForRoute(request);
  if (response) return { response };
  const read = await readLimitedBody(request, UPLOAD_BODY_LIMIT);
  return read.ok ? { bytes: read.bytes } : { response: read.response };
}

export function restoreAnswer(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
