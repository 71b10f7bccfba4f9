import { checkHealth } from '@/lib/health/check-health';

export const dynamic = 'force-dynamic';

/**
 * GET /api/health: the database's reachability, its migrations against the committed ones, and the cache's
 * reachability, as JSON and never cached. 200 while the instance can serve (`ok` or `degraded`), 503 when it
 * cannot (`failing`), so a load balancer takes it out of rotation.
 */
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, { status: report.status === 'failing' ? 503 : 200, headers: { 'Cache-Control': 'no-store' } });
}
