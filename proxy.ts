import type { NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { withAdminNonce } from '@/lib/http/admin-nonce';

/**
 * Runs before admin pages only (see `config`). Each concern is a named function of lib/http/; today one: the
 * admin pages' nonce-based Content-Security-Policy.
 */
export function proxy(request: NextRequest) {
  return withAdminNonce(request, getEnv().NODE_ENV === 'development');
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
