/**
 * Where to go after signing in: a path inside the admin area of this site, never another site. The path is
 * resolved by the URL parser against the site's origin (as a browser would resolve it) and accepted only if it
 * stays on that origin and its normalised path is /admin or under it; anything a browser might read differently
 * (backslashes, control characters, encoded slashes, empty segments) is refused outright.
 */

const DEFAULT_RETURN_PATH = '/admin';
const PLACEHOLDER_ORIGIN = 'http://site.invalid';

export function safeReturnPath(requested: string | null | undefined, siteOrigin: string = PLACEHOLDER_ORIGIN): string {
  if (!requested || /[\\\u0000-\u001f\u007f]|%(2f|5c|00|0[9ad])/i.test(requested)) return DEFAULT_RETURN_PATH;
  let url: URL;
  try {
    url = new URL(requested, siteOrigin);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  const { pathname } = url;
  const insideAdmin = pathname === '/admin' || pathname.startsWith('/admin/');
  const isSignIn = pathname === '/admin/login' || pathname.startsWith('/admin/login/');
  if (url.origin !== new URL(siteOrigin).origin || !insideAdmin || isSignIn || pathname.includes('//')) return DEFAULT_RETURN_PATH;
  return `${pathname}${url.search}`;
}
