import { fetchFigures } from '@/lib/data/figures';

export const dynamic = 'force-dynamic';

/** GET /api/figures: every figure with its source, place and report. */
export async function GET(): Promise<Response> {
  const figures = await fetchFigures();
  return Response.json({ figures });
}
