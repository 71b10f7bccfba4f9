import 'server-only';
import type { SessionUser } from '@/lib/auth/users';
import { userForRoute } from '@/lib/auth/route-guard';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { getDatabasePath } from '@/lib/env';
import { readLimitedBody, UPLOAD_BODY_LIMIT } from '@/lib/http/read-body';

/**
 * What the import routes share: a signed-in editor (401 otherwise), a `text/csv` body (415 otherwise) of at most
 * 20 MB (413 otherwise), and a database connection of the import's own. An import's transaction runs for as long as
 * its file needs; on its own connection, the pages that are served meanwhile never read its uncommitted rows.
 */
export const CSV_MEDIA_TYPE = 'text/csv';

type Upload = { user: SessionUser; bytes: Uint8Array; response?: never } | { response: Response };

export async function readCsvUpload(request: Request): Promise<Upload> {
  const { user, response } = await userForRoute(request, { accept: [CSV_MEDIA_TYPE] });
  if (response) return { response };
  const read = await readLimitedBody(request, UPLOAD_BODY_LIMIT);
  if (!read.ok) return { response: read.response };
  return { user, bytes: read.bytes };
}

export async function withImportConnection<Result>(use: (database: PrismaClient) => Promise<Result>): Promise<Result> {
  const database = createPrismaClient(getDatabasePath());
  try {
    return await use(database);
  } finally {
    await database.$disconnect();
  }
}

/** A JSON answer that no cache keeps. */
export function importAnswer(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
