import { NextResponse, type NextRequest } from 'next/server';
import { adminContentSecurityPolicy, newNonce } from './content-security-policy';

/**
 * For an admin page: a nonce-based Content-Security-Policy on the request (where Next reads the nonce to put on
 * its scripts) and on the response. Pages outside /admin keep the static policy of next.config.js, so the public
 * pages stay pre-rendered.
 */
export function withAdminNonce(request: NextRequest, development: boolean): NextResponse {
  const policy = adminContentSecurityPolicy(newNonce(), development);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}
