import { commitFullImport } from '@/lib/backup/full-import';
import { readUpload, uploadAnswer } from '@/lib/http/upload';
import { expireFigureDataFromRoute } from '@/lib/cache/figure-data';
import { sqliteFileFor } from '@/lib/http/sqlite-only';

export const dynamic = 'force-dynamic';

/**
 * POST /api/admin/restore/commit (body: the same full export): restores it into this database, which must hold no
 * data, in one transaction with every id kept. 200 with the rows written; 422 with the problems, nothing written.
 */
export async function POST(request: Request): Promise<Response> {
  const upload = await readUpload(request, 'application/json');
  if (upload.response) return upload.response;
  const database = sqliteFileFor('The restore from a full export');
  if (database.response) return database.response;
  const result = commitFullImport(database.path, upload.bytes);
  if (!result.ok) return uploadAnswer({ problems: result.problems }, 422);
  await expireFigureDataFromRoute();
  return uploadAnswer({ restored: result.counts, existingUsers: result.existingUsers }, 200);
}
