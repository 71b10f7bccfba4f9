/**
 * Whether `.next` holds a production build of the current sources. The build records a fingerprint of every
 * file it was made from; a different fingerprint (or no build at all) means `npm start` must build again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { childProcessEnvironment } from '@/lib/env';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const BUILD_INPUTS = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'next.config.js', 'proxy.ts', 'package-lock.json', 'tsconfig.json'];
const SKIPPED = new Set(['generated', 'node_modules']);
const FINGERPRINT_FILE = path.join(PROJECT_ROOT, '.next', 'source-fingerprint');

function listFiles(entry: string): string[] {
  const absolute = path.join(PROJECT_ROOT, entry);
  if (!fs.existsSync(absolute)) return [];
  if (!fs.statSync(absolute).isDirectory()) return [entry];
  return fs
    .readdirSync(absolute)
    .filter((name) => !SKIPPED.has(name))
    .flatMap((name) => listFiles(path.join(entry, name)));
}

export function fingerprintSources(): string {
  const hash = createHash('sha256');
  for (const file of BUILD_INPUTS.flatMap(listFiles).sort()) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(PROJECT_ROOT, file))).update('\0');
  }
  return hash.digest('hex');
}

export function hasCurrentBuild(): boolean {
  const buildId = path.join(PROJECT_ROOT, '.next', 'BUILD_ID');
  return fs.existsSync(buildId) && fs.existsSync(FINGERPRINT_FILE) && fs.readFileSync(FINGERPRINT_FILE, 'utf8') === fingerprintSources();
}

/**
 * Runs `next build` unless the current sources are already built. Returns whether it built. `typeCheck: false`
 * leaves out the build's own TypeScript pass (most of a build's time here) for a caller whose types are checked
 * elsewhere: the test run, whose types `npm run check:types` checks (CI runs it before the tests). The built app is
 * the same either way.
 */
export function buildIfStale(log: (line: string) => void = console.log, { typeCheck = true }: { typeCheck?: boolean } = {}): boolean {
  if (hasCurrentBuild()) return false;
  log('Building the app (first start, or the sources changed)...');
  const fingerprint = fingerprintSources();
  const nextBin = path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: childProcessEnvironment({ NODE_ENV: 'production', ...(typeCheck ? {} : { FIGURES_BUILD_WITHOUT_TYPE_CHECK: '1' }) }),
  });
  if (build.status !== 0) throw new Error(`next build failed with exit code ${build.status}.`);
  fs.writeFileSync(FINGERPRINT_FILE, fingerprint);
  return true;
}
