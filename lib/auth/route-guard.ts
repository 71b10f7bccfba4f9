import 'server-only';
import type { SessionUser } from './users';
import { getCurrentUser } from './session';

/**
 * Whether a browser sent the request from another site: `Sec-Fetch-Site` says so, or `Origin` names another host
 * than the request's own. A request with neither header (curl, a script) is not a browser's and passes.
 */
export function isCrossSiteRequest(requestHeaders: Headers): boolean {
  const fetchSite = requestHeaders.get('sec-fetch-site')?.toLowerCase();
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = requestHeaders.get('origin');
  if (origin === null) return false;
  try {
    return new URL(origin).host !== requestHeaders.get('host');
  } catch {
    return true;
  }
}

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
