/**
 * For the admin routes that work on a SQLite file only (the full export and its restore): the file, or the answer
 * to give on PostgreSQL, 501 with the message naming the tool and what to use instead.
 */
import { getDatabasePath, SqliteOnlyError } from '@/lib/env';

export function sqliteFileFor(tool: string): { path: string; response?: never } | { path?: never; response: Response } {
  try {
    return { path: getDatabasePath(tool) };
  } catch (error) {
    if (!(error instanceof SqliteOnlyError)) throw error;
    return { response: Response.json({ error: error.message }, { status: 501, headers: { 'Cache-Control': 'private, no-store' } }) };
  }
}
