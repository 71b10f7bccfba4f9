/**
 * The bench's database: synthetic data of the asked size and seed, generated once into `.tmp/bench/` and copied
 * for each run (the run writes to its copy). The cache key also holds a fingerprint of the generator and the
 * migrations, so a changed generator never serves an old file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generateSyntheticData, type SyntheticOptions } from '../../../lib/synthetic';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const CACHE_DIR = path.join(PROJECT_ROOT, '.tmp', 'bench');

function generatorFingerprint(): string {
  const hash = createHash('sha256');
  for (const folder of ['lib/synthetic', 'prisma/migrations']) {
    const absolute = path.join(PROJECT_ROOT, folder);
    for (const file of fs.readdirSync(absolute, { recursive: true, encoding: 'utf8' }).sort()) {
      const full = path.join(absolute, file);
      if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

export interface BenchDatabase {
  path: string;
  /** Whether the cached copy was reused. */
  cached: boolean;
  /** Seconds spent generating (0 when cached). */
  generationSeconds: number;
}

export async function prepareBenchDatabase(options: SyntheticOptions, runDir: string): Promise<BenchDatabase> {
  const cachePath = path.join(CACHE_DIR, `synthetic-${options.reports}x${options.perReport}-seed${options.seed}-${generatorFingerprint()}.db`);
  const cached = fs.existsSync(cachePath);
  let generationSeconds = 0;
  if (!cached) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const partial = path.join(runDir, 'generating.db');
    const started = performance.now();
    await generateSyntheticData(partial, options);
    generationSeconds = (performance.now() - started) / 1000;
    // Generated beside the run and moved into place only when complete, so a stopped run leaves no half file.
    fs.copyFileSync(partial, `${cachePath}.partial`);
    fs.renameSync(`${cachePath}.partial`, cachePath);
    for (const file of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(file, { force: true });
  }
  const runPath = path.join(runDir, 'bench.db');
  fs.copyFileSync(cachePath, runPath);
  return { path: runPath, cached, generationSeconds };
}
