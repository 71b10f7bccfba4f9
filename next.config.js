/** The query parameters that scope the overview; `/` without any of them is the pre-rendered unfiltered overview. */
const SCOPE_PARAMETERS = ['category', 'source', 'place', 'report', 'from', 'to', 'qualifier', 'grade', 'q'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time rather than bundling it.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  poweredByHeader: false,
  // Pre-rendered pages say `Cache-Control: s-maxage=60` (their revalidate time) without a stale-while-revalidate
  // window: a shared cache keeps them at most a minute, and a browser never shows a stale page while it refetches.
  expireTime: 60,
  typedRoutes: false,
  experimental: {
    // Pre-rendered pages and cached data live in memory only: a restart always starts from the database as it is,
    // never from HTML rendered before a backup was restored or a bulk load ran.
    isrFlushToDisk: false,
  },
  async rewrites() {
    return {
      beforeFiles: [{ source: '/', missing: SCOPE_PARAMETERS.map((key) => ({ type: 'query', key })), destination: '/overview/all' }],
    };
  },
};

module.exports = nextConfig;
