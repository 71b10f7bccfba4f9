import { figureCsvResponse } from '@/lib/export/export-response';

export const dynamic = 'force-dynamic';

/** GET /api/figures.hxl.csv: the CSV export with the HXL hashtag row under its header. */
export async function GET(request: Request): Promise<Response> {
  return figureCsvResponse(request, { hxl: true });
}
