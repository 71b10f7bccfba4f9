import 'server-only';
import { isCrossSiteRequest } from './cross-site';
import { getCurrentUser } from './session';
import type { SessionUser } from './users';

/**
 * For mutating route handlers: the signed-in user, or the response to return at once: 403 for a request from
 * another site (as Next checks for server actions), 401 without a session, 415 for a body of another media
 * type. The body must have one of the `accept` media types (JSON unless the route says otherwise), none of which
 * a cross-site form can send without a preflight.
 */
export async function userForRoute(
  request: Request,
  { accept = ['application/json'] }: { accept?: readonly string[] } = {},
): Promise<{ user: SessionUser; response?: never } | { user?: never; response: Response }> {
  if (isCrossSiteRequest(request.headers)) {
    return { response: Response.json({ error: 'Refused: this request came from another site.' }, { status: 403 }) };
  }
  const user = await getCurrentUser();
  if (!user) return { response: Response.json({ error: 'Sign in first: this needs an editor session.' }, { status: 401 }) };
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (request.method !== 'DELETE' && !accept.includes(mediaType)) {
    return { response: Response.json({ error: `Send the body as ${accept.join(' or ')}.` }, { status: 415 }) };
  }
  return { user };
}
