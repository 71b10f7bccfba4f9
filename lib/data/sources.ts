import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import type { SourceKind } from '@/lib/figures/vocabulary';

/** A source as its page shows it, with how many figures are attributed to it (counted in SQL). */
export interface SourceSummary {
  id: number;
  name: string;
  shortName: string | null;
  kind: SourceKind;
  description: string | null;
  figureCount: number;
}

/** One source and the number of its figures, straight from the database; null when there is none. */
export async function querySource(id: number): Promise<SourceSummary | null> {
  const row = await prisma.source.findUnique({
    where: { id },
    select: { id: true, name: true, shortName: true, kind: true, description: true, _count: { select: { figures: true } } },
  });
  if (!row) return null;
  const { _count, kind, ...source } = row;
  return { ...source, kind: kind as SourceKind, figureCount: _count.figures };
}

const cachedSource = cachedRead('getSource', querySource);

/** One source and the number of its figures (cached until the data changes); null when there is none. */
export async function getSource(id: number): Promise<SourceSummary | null> {
  return cachedSource(id);
}
