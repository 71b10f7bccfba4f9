/**
 * What GET /api/health answers, for load balancers and whoever runs the app. `ok`: the database answers and has
 * every committed migration, and the cache is reachable. `degraded`: the shared cache (Redis) is away; the
 * instance still serves everything, uncached from the database, so it stays in rotation (every instance shares
 * that one Redis: answering 503 would take them all out at once). `failing`: the instance cannot serve correctly.
 */
import 'server-only';
import { readSharedCacheStatus, type SharedCacheStatus } from '@/lib/cache/shared-cache';
import { prisma } from '@/lib/db/prisma';
import { readMigrationState, type MigrationState } from './migration-state';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'failing';
  database: { reachable: true } | { reachable: false; error: string };
  migrations: MigrationState | null;
  cache: SharedCacheStatus;
}

/** A check that has not answered by then counts as failed, so a health probe never hangs. */
const CHECK_TIMEOUT_MS = 2_000;

function withinTimeout<Result>(check: Promise<Result>, what: string): Promise<Result> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([check, timeout]).finally(() => clearTimeout(timer));
}

function errorSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split('\n').filter(Boolean).pop()?.trim() ?? 'unknown error';
}

async function checkDatabase(): Promise<{ database: HealthReport['database']; migrations: MigrationState | null }> {
  try {
    await withinTimeout(prisma.$queryRaw`SELECT 1`, 'the database');
    return { database: { reachable: true }, migrations: await withinTimeout(readMigrationState(prisma), 'the migration table') };
  } catch (error) {
    return { database: { reachable: false, error: errorSummary(error) }, migrations: null };
  }
}

export async function checkHealth(): Promise<HealthReport> {
  const [{ database, migrations }, cache] = await Promise.all([checkDatabase(), readSharedCacheStatus()]);
  const serving = database.reachable && migrations?.upToDate === true;
  return { status: !serving ? 'failing' : cache.reachable ? 'ok' : 'degraded', database, migrations, cache };
}
