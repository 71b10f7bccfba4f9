import 'server-only';
import type { SessionUser } from './users';
import { getCurrentUser } from './session';

/**
 * For mutating route handlers: the signed-in user, or the 401 response to return at once. The body must have one of
 * the `accept` media types (JSON unless the route says otherwise), none of which a cross-site form can send without
 * a preflight, so a cross-site form never reaches a mutation.
 */
export async function userForRoute(
  request: Request,
  { accept = ['application/json'] }: { accept?: readonly string[] } = {},
): Promise<{ user: SessionUser; response?: never } | { user?: never; response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { response: Response.json({ error: 'Sign in first: this needs an editor session.' }, { status: 401 }) };
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (request.method !== 'DELETE' && !accept.includes(mediaType)) {
    return { response: Response.json({ error: `Send the body as ${accept.join(' or ')}.` }, { status: 415 }) };
  }
  return { user };
}
