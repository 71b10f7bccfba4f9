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
