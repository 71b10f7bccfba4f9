/**
 * The import routes take a `text/csv` body (lib/http/upload.ts) and use a database connection of the import's own.
 * An import's transaction runs for as long as its file needs; on its own connection, the pages that are served
 * meanwhile never read its uncommitted rows.
 */
import 'server-only';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { getDatabaseLocation } from '@/lib/env';

export const CSV_MEDIA_TYPE = 'text/csv';

export async function withImportConnection<Result>(work: (database: PrismaClient) => Promise<Result>): Promise<Result> {
  const database = createPrismaClient(getDatabaseLocation());
  try {
    return await work(database);
  } finally {
    await database.$disconnect();
  }
}
