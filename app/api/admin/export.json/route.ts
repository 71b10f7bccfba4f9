import { getCurrentUser } from '@/lib/auth/session';
import { backupFileName, streamFullExport } from '@/lib/backup/full-export';
import { sqliteFileFor } from '@/lib/http/sqlite-only';

export const dynamic = 'force-dynamic';

/**
 * GET /api/admin/export.json: the whole database as one backup document (lib/backup/backup-format.ts), streamed
 * from the database in batches, for a signed-in editor (401 otherwise). Never stored by a cache, never offered to
 * another origin.
 */
export async function GET(): Promise<Response> {
  if (!(await getCurrentUser())) return Response.json({ error: 'Sign in first: this needs an editor session.' }, { status: 401 });
  const database = sqliteFileFor('The full export');
  if (database.response) return database.response;
  return new Response(streamFullExport(database.path), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${backupFileName()}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
