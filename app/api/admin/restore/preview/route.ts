import { previewFullImport } from '@/lib/backup/full-import';
import { readUpload, uploadAnswer } from '@/lib/http/upload';
import { sqliteFileFor } from '@/lib/http/sqlite-only';

export const dynamic = 'force-dynamic';

/**
 * POST /api/admin/restore/preview (body: a full export, `Content-Type: application/json`): what restoring it here
 * would write, table by table, and every reason it cannot be restored; nothing is written. 200 when it can be
 * restored, 422 with the problems when not.
 */
export async function POST(request: Request): Promise<Response> {
  const upload = await readUpload(request, 'application/json');
  if (upload.response) return upload.response;
  const database = sqliteFileFor('The restore from a full export');
  if (database.response) return database.response;
  const preview = previewFullImport(database.path, upload.bytes);
  return uploadAnswer({ preview }, preview.problems.length > 0 ? 422 : 200);
}
