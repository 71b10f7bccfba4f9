import { getCurrentUser } from '@/lib/auth/session';
import { backupFileName, streamFullExport } from '@/lib/backup/full-export';
import { getDatabasePath } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * GET /api/admin/export.json: the whole database as one backup document (lib/backup/backup-format.ts), streamed
 * from the database in batches, for a signed-in editor (401 otherwise). Never stored by a cache, never offered to
 * another origin.
 */
export async function GET(): Promise<Response> {
  if (!(await getCurrentUser())) return Response.json({ error: 'Sign in first: this needs an editor session.' }, { status: 401 });
  return new Response(streamFullExport(getDatabasePath('The full export')), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${backupFileName()}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
