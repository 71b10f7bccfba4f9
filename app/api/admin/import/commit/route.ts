import { expireFigureDataFromRoute } from '@/lib/cache/figure-data';
import { CSV_MEDIA_TYPE, withImportConnection } from '@/lib/import/import-route';
import { readUpload, uploadAnswer } from '@/lib/http/upload';
import { commitImport } from '@/lib/import/run-import';

export const dynamic = 'force-dynamic';

/**
 * POST /api/admin/import/commit (body: the same CSV file; headers `X-Import-Digest` and `X-Import-Generation` from
 * its preview): imports every row in one transaction. 200 with what was written; 409 with a fresh preview when the
 * file or the data changed since the preview; 422 with it when a row has an error. A refused commit writes nothing.
 */
export async function POST(request: Request): Promise<Response> {
  const upload = await readUpload(request, CSV_MEDIA_TYPE);
  if (upload.response) return upload.response;
  const digest = request.headers.get('x-import-digest') ?? '';
  const generation = Number(request.headers.get('x-import-generation') ?? '');
  if (!/^[0-9a-f]{64}$/.test(digest) || !Number.isSafeInteger(generation)) {
    return uploadAnswer({ error: 'Preview the file first: the import needs the X-Import-Digest and X-Import-Generation of its preview.' }, 400);
  }
  const result = await withImportConnection((database) => commitImport(database, upload.user, upload.bytes, { digest, generation }));
  if (result.status === 'committed') {
    await expireFigureDataFromRoute();
    return uploadAnswer({ committed: result.committed, preview: result.preview }, 200);
  }
  return uploadAnswer({ error: result.message, preview: result.preview }, result.status === 'changed' ? 409 : 422);
}
