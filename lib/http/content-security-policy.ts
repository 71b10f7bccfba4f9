/**
 * The Content-Security-Policy of the admin pages, which render per request anyway: scripts run only with the
 * request's nonce (Next adds it to its own scripts when it finds it in the request's policy) or, for the root
 * layout's one inline script, its hash, so an injected inline script never runs where editors are signed in. The other directives are those of every page
 * (security-headers.json, also read by next.config.js); styles allow inline style attributes, which charts and
 * Next set and a nonce cannot cover.
 */
import { createHash } from 'node:crypto';
import { MARK_SCRIPTING } from './inline-scripts';
import securityHeaders from './security-headers.json';

const MARK_SCRIPTING_HASH = `'sha256-${createHash('sha256').update(MARK_SCRIPTING).digest('base64')}'`;

export function adminContentSecurityPolicy(nonce: string, development: boolean): string {
  const scriptSources = ["'self'", `'nonce-${nonce}'`, MARK_SCRIPTING_HASH, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])];
  const directives: Record<string, string[]> = { ...securityHeaders.contentSecurityPolicy, 'script-src': scriptSources };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** A fresh unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
}
