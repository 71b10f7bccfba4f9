import { createFigure } from '@/lib/actions/figure-mutations';
import { jsonBodyAsValues, responseFor } from '@/lib/actions/json-response';
import { userForRoute } from '@/lib/auth/route-guard';
import { expireFigureDataFromRoute } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';

export const dynamic = 'force-dynamic';

/** POST /api/admin/figures: creates a figure (same rules as the admin form). 401 without a session. */
export async function POST(request: Request): Promise<Response> {
  const { user, response } = await userForRoute(request);
  if (response) return response;
  const values = await jsonBodyAsValues(request);
  if (!values) return Response.json({ error: 'The body must be a JSON object.' }, { status: 400 });
  const result = await createFigure(prisma, user, values);
  if (result.status === 'saved') expireFigureDataFromRoute();
  return responseFor(result, 201);
}
