import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { readHistory, type RevisionView } from './revision-history';

export type { RevisionView } from './revision-history';

/**
 * The history of a figure, newest first: for each create, update, delete or restore, who made it, when, the figure
 * before and after, and the fields that changed. Plain objects, ready for any page.
 */
export async function queryFigureHistory(figureId: number): Promise<RevisionView[]> {
  return readHistory(prisma, 'Figure', figureId);
}

/** The history of a source, place or report, newest first. */
export async function queryRecordHistory(entityType: 'Source' | 'Place' | 'Report', id: number): Promise<RevisionView[]> {
  return readHistory(prisma, entityType, id);
}
