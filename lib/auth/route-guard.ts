import 'server-only';
import type { SessionUser } from './users';
import { getCurrentUser } from './session';

/**
 * For mutating route handlers: the signed-in user, or the 401 response to return at once. JSON bodies are required,
 * so a cross-site form (which cannot send application/json without a preflight) never reaches a mutation.
 */
export async function userForRoute(request: Request): Promise<{ user: SessionUser; response?: never } | { user?: never; response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { response: Response.json({ error: 'Sign in first: this needs an editor session.' }, { status: 401 }) };
  if (request.method !== 'DELETE' && !request.headers.get('content-type')?.startsWith('application/json')) {
    return { response: Response.json({ error: 'Send the figure as application/json.' }, { status: 415 }) };
  }
  return { user };
}
