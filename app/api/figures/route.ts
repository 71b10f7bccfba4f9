import { fetchFigures } from '@/lib/data/figures';
import { parseFigureFilters } from '@/lib/data/figure-filters';

export const dynamic = 'force-dynamic';

/**
 * GET /api/figures: every figure with its source, place and report, optionally filtered by `category`,
 * `sourceId` (or `source`), `placeId` (or `place`) and `reportId` (or `report`).
 */
export async function GET(request: Request): Promise<Response> {
  const figures = await fetchFigures(parseFigureFilters(new URL(request.url).searchParams));
  return Response.json({ figures });
}
