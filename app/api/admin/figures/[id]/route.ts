import { deleteFigure, updateFigure } from '@/lib/mutations/figure-mutations';
import { readJsonValues, responseFor } from '@/lib/http/mutation-json';
import { userForRoute } from '@/lib/auth/route-guard';
import { expireFigureDataFromRoute } from '@/lib/cache/figure-data';
import { parseId } from '@/lib/data/ids';
import { prisma } from '@/lib/db/prisma';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

const NO_SUCH_FIGURE = (segment: string) => Response.json({ error: `There is no figure ${segment}.` }, { status: 404 });

/**
 * PUT /api/admin/figures/:id: replaces a figure's fields; the body names the `version` it was based on and a stale
 * one gets 409 with what changed. 401 without a session, 404 for an unknown figure, 413 over 1 MB, 422 with every
 * field's error.
 */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const { user, response } = await userForRoute(request);
  if (response) return response;
  const { id } = await params;
  if (parseId(id) === null) return NO_SUCH_FIGURE(id);
  const body = await readJsonValues(request);
  if (!body.ok) return body.response;
  const result = await updateFigure(prisma, user, { ...body.values, id });
  if (result.status === 'saved') await expireFigureDataFromRoute();
  return responseFor(result);
}

/** DELETE /api/admin/figures/:id?version=N: deletes a figure unless it changed since version N. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { user, response } = await userForRoute(request);
  if (response) return response;
  const { id } = await params;
  if (parseId(id) === null) return NO_SUCH_FIGURE(id);
  const version = new URL(request.url).searchParams.get('version') ?? '';
  const result = await deleteFigure(prisma, user, { id, version });
  if (result.status === 'saved') await expireFigureDataFromRoute();
  return responseFor(result);
}
