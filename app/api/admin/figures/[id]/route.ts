import { deleteFigure, updateFigure } from '@/lib/actions/figure-mutations';
import { jsonBodyAsValues, responseFor } from '@/lib/actions/json-response';
import { userForRoute } from '@/lib/auth/route-guard';
import { expireFigureDataFromRoute } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/**
 * PUT /api/admin/figures/:id: replaces a figure's fields; the body names the `version` it was based on and a stale
 * one gets 409 with what changed. 401 without a session, 422 with every field's error.
 */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const { user, response } = await userForRoute(request);
  if (response) return response;
  const values = await jsonBodyAsValues(request);
  if (!values) return Response.json({ error: 'The body must be a JSON object.' }, { status: 400 });
  const result = await updateFigure(prisma, user, { ...values, id: (await params).id });
  if (result.status === 'saved') expireFigureDataFromRoute();
  return responseFor(result);
}

/** DELETE /api/admin/figures/:id?version=N: deletes a figure unless it changed since version N. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { user, response } = await userForRoute(request);
  if (response) return response;
  const version = new URL(request.url).searchParams.get('version') ?? '';
  const result = await deleteFigure(prisma, user, { id: (await params).id, version });
  if (result.status === 'saved') expireFigureDataFromRoute();
  return responseFor(result);
}
