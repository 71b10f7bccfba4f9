import { CSV_MEDIA_TYPE, withImportConnection } from '@/lib/import/import-route';
import { readUpload, uploadAnswer } from '@/lib/http/upload';
import { previewImport } from '@/lib/import/run-import';

export const dynamic = 'force-dynamic';

/**
 * POST /api/admin/import/preview (body: the CSV file, `Content-Type: text/csv`): what importing it would do, row by
 * row, with nothing written. 200 with the preview; 422 with it when the file itself cannot be read.
 */
export async function POST(request: Request): Promise<Response> {
  const upload = await readUpload(request, CSV_MEDIA_TYPE);
  if (upload.response) return upload.response;
  const preview = await withImportConnection((database) => previewImport(database, upload.user, upload.bytes));
  return uploadAnswer({ preview }, preview.fileProblems.length > 0 ? 422 : 200);
}
