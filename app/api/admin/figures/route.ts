import { createFigure } from '@/lib/mutations/figure-mutations';
import { readJsonValues, responseFor } from '@/lib/http/mutation-json';
import { userForRoute } from '@/lib/auth/route-guard';
import { expireFigureDataFromRoute } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';

export const dynamic = 'force-dynamic';

/** POST /api/admin/figures: creates a figure (same rules as the admin form). 401 without a session, 413 over 1 MB. */
export async function POST(request: Request): Promise<Response> {
  const { user, response } = await userForRoute(request);
  if (response) return response;
  const body = await readJsonValues(request);
  if (!body.ok) return body.response;
  const result = await createFigure(prisma, user, body.values);
  if (result.status === 'saved') await expireFigureDataFromRoute();
  return responseFor(result, 201);
}
