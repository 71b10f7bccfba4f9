const { PHASE_PRODUCTION_SERVER } = require('next/constants');
const securityHeaders = require('./lib/http/security-headers.json');

/** The query parameters that scope the overview; `/` without any of them is the pre-rendered unfiltered overview. */
const SCOPE_PARAMETERS = ['category', 'source', 'place', 'report', 'from', 'to', 'qualifier', 'grade', 'q'];

/**
 * The Content-Security-Policy of every response outside /admin. Those pages are pre-rendered once for everyone, so
 * they cannot carry a per-request nonce: Next's inline bootstrap scripts are allowed with 'unsafe-inline', while
 * scripts from elsewhere, eval (outside development), framing, plugins, <base> and foreign form targets are not.
 * The admin pages get a nonce-based policy instead (proxy.ts, lib/http/content-security-policy.ts).
 */
function publicContentSecurityPolicy() {
  const scriptSources = ["'self'", "'unsafe-inline'", ...(process.env.NODE_ENV === 'development' ? ["'unsafe-eval'"] : [])];
  const directives = { ...securityHeaders.contentSecurityPolicy, 'script-src': scriptSources };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

const headerList = (record) => Object.entries(record).map(([key, value]) => ({ key, value }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time rather than bundling it.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  poweredByHeader: false,
  // Pre-rendered pages say `Cache-Control: s-maxage=60` (their revalidate time) without a stale-while-revalidate
  // window: a shared cache keeps them at most a minute, and a browser never shows a stale page while it refetches.
  expireTime: 60,
  typedRoutes: false,
  // The test run builds without Next's TypeScript pass (lib/build/current-build.ts): `npm run check:types` checks
  // the same sources, and CI runs it first. `npm start` and `npm run build` keep the check.
  typescript: { ignoreBuildErrors: process.env.FIGURES_BUILD_WITHOUT_TYPE_CHECK === '1' },
  experimental: {
    // Server actions carry forms; a pasted report may hold up to 200,000 characters (up to 600 KB of UTF-8), so
    // the limit sits above that and a longer paste gets the report form's own message next to its text field.
    serverActions: { bodySizeLimit: '2mb' },
    // Pre-rendered pages and cached data live in memory only: a restart always starts from the database as it is,
    // never from HTML rendered before a backup was restored or a bulk load ran.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      { source: '/:path*', headers: headerList(securityHeaders.headers) },
      // Everything but /admin and /admin/…, whose policy proxy.ts sets with a nonce.
      { source: '/((?!admin$|admin/).*)', headers: [{ key: 'Content-Security-Policy', value: publicContentSecurityPolicy() }] },
      // HSTS only when the request came over HTTPS through a proxy (next start itself serves plain HTTP), as
      // lib/auth/https.ts decides for the session cookie's Secure flag.
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: securityHeaders.strictTransportSecurity }],
      },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [{ source: '/', missing: SCOPE_PARAMETERS.map((key) => ({ type: 'query', key })), destination: '/overview/all' }],
    };
  },
};

/**
 * With REDIS_URL, the production server keeps Next's route and data caches in Redis, shared by every instance
 * (lib/cache/redis-cache-handler.js), and none in its own memory. Without it, and while building, they stay in
 * the process as before, and neither the handler nor a Redis client is loaded.
 */
function sharedCache(phase) {
  if (phase !== PHASE_PRODUCTION_SERVER || !process.env.REDIS_URL) return {};
  return { cacheHandler: require.resolve('./lib/cache/redis-cache-handler.js'), cacheMaxMemorySize: 0 };
}

module.exports = (phase) => ({ ...nextConfig, ...sharedCache(phase) });
