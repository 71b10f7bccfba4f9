import 'server-only';
import { cachedRead } from '@/lib/cache/figure-data';
import { prisma } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { highlightSentence, type SentenceHighlight } from '@/lib/format/highlight';
import { figureViewInclude, toFigureView, type FigureView } from './figures';

/** One figure with everything its page shows. */
export interface FigureDetail {
  figure: FigureView;
  /** The figure's sentence split around its number phrase. */
  sentence: SentenceHighlight;
  /** The whole this figure is a subset of ("15 killed in a cafe" is part of "23 killed"). */
  partOf: FigureView | null;
  /** The subsets of this figure. */
  parts: FigureView[];
  /** Figures of the same category attributed to another source (or to none, when this one has a source). */
  otherSources: FigureView[];
}

const ORDER = [{ report: { publishedAt: 'desc' } }, { start: 'asc' }] satisfies Prisma.FigureOrderByWithRelationInput[];

/** The figure with the given id and its context, straight from the database; null when there is none. */
export async function queryFigureDetail(id: number): Promise<FigureDetail | null> {
  const row = await prisma.figure.findUnique({
    where: { id },
    include: { ...figureViewInclude, report: { select: { ...figureViewInclude.report.select, body: true } } },
  });
  if (!row) return null;
  const { body, ...report } = row.report;
  const figure = toFigureView({ ...row, report });

  const [partOf, parts, otherSources] = await Promise.all([
    row.partOfId === null
      ? null
      : prisma.figure.findUnique({ where: { id: row.partOfId }, include: figureViewInclude }),
    prisma.figure.findMany({ where: { partOfId: id }, include: figureViewInclude, orderBy: ORDER }),
    prisma.figure.findMany({
      where: {
        category: row.category,
        id: { not: id },
        ...(row.sourceId === null ? { sourceId: { not: null } } : { OR: [{ sourceId: { not: row.sourceId } }, { sourceId: null }] }),
      },
      include: figureViewInclude,
      orderBy: ORDER,
    }),
  ]);

  return {
    figure,
    sentence: highlightSentence(figure, body),
    partOf: partOf ? toFigureView(partOf) : null,
    parts: parts.map(toFigureView),
    otherSources: otherSources.map(toFigureView),
  };
}

const cachedFigureDetail = cachedRead('getFigureDetail', queryFigureDetail);

/** The figure with the given id and its context (cached until data changes); null when there is none. */
export async function getFigureDetail(id: number): Promise<FigureDetail | null> {
  return cachedFigureDetail(id);
}
