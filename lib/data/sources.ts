import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import type { SourceKind } from '@/lib/figures/vocabulary';
import { queryFigures, type FigureView } from './figures';

/** A source as lists show it. */
export interface SourceSummary {
  id: number;
  name: string;
  shortName: string | null;
  kind: SourceKind;
  description: string | null;
  figureCount: number;
}

/** A source with every figure attributed to it. */
export interface SourceDetail extends SourceSummary {
  figures: FigureView[];
}

const SOURCE_SELECT = {
  id: true, name: true, shortName: true, kind: true, description: true, _count: { select: { figures: true } },
} as const;

type SourceRow = { id: number; name: string; shortName: string | null; kind: string; description: string | null; _count: { figures: number } };

function toSourceSummary({ _count, kind, ...source }: SourceRow): SourceSummary {
  return { ...source, kind: kind as SourceKind, figureCount: _count.figures };
}

/** Every source, by name, straight from the database. */
export async function querySources(): Promise<SourceSummary[]> {
  const rows = await prisma.source.findMany({ select: SOURCE_SELECT, orderBy: { name: 'asc' } });
  return rows.map(toSourceSummary);
}

/** One source and its figures, straight from the database; null when there is none. */
export async function querySource(id: number): Promise<SourceDetail | null> {
  const row = await prisma.source.findUnique({ where: { id }, select: SOURCE_SELECT });
  if (!row) return null;
  return { ...toSourceSummary(row), figures: await queryFigures({ sourceId: id }) };
}

const cachedSources = cachedRead('fetchSources', querySources);
const cachedSource = cachedRead('getSource', querySource);

/** Every source, by name (cached until data changes). */
export async function fetchSources(): Promise<SourceSummary[]> {
  return cachedSources();
}

/** One source and its figures (cached until data changes); null when there is none. */
export async function getSource(id: number): Promise<SourceDetail | null> {
  return cachedSource(id);
}
