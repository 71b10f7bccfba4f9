/**
 * First-load JavaScript of a route, gzip: Next 16 prints no sizes, but the build writes
 * .next/diagnostics/route-bundle-stats.json with each route's first-load chunk files; each is gzipped here (level 9,
 * as a CDN would serve it) and the sizes summed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface RouteBundleStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

export function firstLoadJs(projectRoot: string, route = '/'): { kilobytesGzip: number; kilobytesRaw: number; files: string[] } {
  const statsFile = path.join(projectRoot, '.next', 'diagnostics', 'route-bundle-stats.json');
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as RouteBundleStats[];
  const entry = stats.find((candidate) => candidate.route === route);
  if (!entry) throw new Error(`${statsFile} lists no route ${route}`);
  let raw = 0;
  let gzipped = 0;
  for (const file of entry.firstLoadChunkPaths) {
    const content = fs.readFileSync(path.join(projectRoot, file));
    raw += content.length;
    gzipped += gzipSync(content, { level: 9 }).length;
  }
  return { kilobytesGzip: gzipped / 1024, kilobytesRaw: raw / 1024, files: entry.firstLoadChunkPaths };
}
