import { figureCsvResponse } from '@/lib/export/export-response';

export const dynamic = 'force-dynamic';

/** GET /api/figures.csv: every figure of the scope (the same parameters as /api/figures) as CSV, streamed. */
export async function GET(request: Request): Promise<Response> {
  return figureCsvResponse(request, { hxl: false });
}
