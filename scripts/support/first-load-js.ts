// The JavaScript a browser must load before a route's page is interactive, gzip-compressed, per route. Next 16
// no longer prints these sizes after a build; it lists each route's first-load chunks in
// .next/diagnostics/route-bundle-stats.json, and this sums their gzip sizes.
// Run after `next build`: npx tsx scripts/support/first-load-js.ts [route ...]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export interface RouteFirstLoad {
  route: string;
  /** Sum of the gzip-compressed sizes of the route's first-load chunks (each chunk compressed on its own). */
  gzipBytes: number;
  uncompressedBytes: number;
  chunks: string[];
}

interface RouteBundleStats {
  route: string;
  firstLoadChunkPaths: string[];
}

/** First-load JavaScript of every built route, largest first; throws when there is no build to read. */
export function measureFirstLoadJs(projectRoot = PROJECT_ROOT): RouteFirstLoad[] {
  const statsFile = path.join(projectRoot, '.next', 'diagnostics', 'route-bundle-stats.json');
  if (!fs.existsSync(statsFile)) throw new Error(`${path.relative(projectRoot, statsFile)} is missing: run \`next build\` first.`);
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as RouteBundleStats[];
  const gzipSizes = new Map<string, { gzip: number; raw: number }>();
  const sizeOf = (chunk: string) => {
    let size = gzipSizes.get(chunk);
    if (!size) {
      const contents = fs.readFileSync(path.join(projectRoot, chunk));
      size = { gzip: zlib.gzipSync(contents, { level: 9 }).length, raw: contents.length };
      gzipSizes.set(chunk, size);
    }
    return size;
  };
  return stats
    .map(({ route, firstLoadChunkPaths }) => ({
      route,
      gzipBytes: firstLoadChunkPaths.reduce((total, chunk) => total + sizeOf(chunk).gzip, 0),
      uncompressedBytes: firstLoadChunkPaths.reduce((total, chunk) => total + sizeOf(chunk).raw, 0),
      chunks: firstLoadChunkPaths,
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.route.localeCompare(b.route));
}

/** Kilobytes of 1,000 bytes, as Next used to print them. */
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

if (require.main === module) {
  const only = process.argv.slice(2);
  const routes = measureFirstLoadJs().filter(({ route }) => only.length === 0 || only.includes(route));
  console.log('route'.padEnd(40), 'first-load JS (gzip)'.padStart(20), 'uncompressed'.padStart(14));
  for (const { route, gzipBytes, uncompressedBytes } of routes) {
    console.log(route.padEnd(40), kilobytes(gzipBytes).padStart(20), kilobytes(uncompressedBytes).padStart(14));
  }
}
