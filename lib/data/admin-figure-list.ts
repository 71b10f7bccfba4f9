/**
 * The admin figure list, one page at a time. Newest figures first (id descending, the primary key's order); a list
 * narrowed to one report reads in text order instead (start, id: the (reportId, start) index), as an editor
 * checks a report against its article. Search and filters are SQL WHERE clauses and the total is a SQL count.
 */
import 'server-only';
import { ignoringCase } from '@/lib/db/dialect';
import { prisma } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Category, Qualifier } from '@/lib/figures/vocabulary';
import { decodeCursor, toPage, type Page } from './cursor';
import { ADMIN_PAGE_SIZE } from './admin-list-params';

export interface AdminFigureFilters {
  /** Text in the number as written, the sentence or what is counted. */
  query?: string;
  category?: Category;
  sourceId?: number;
  reportId?: number;
}

export interface AdminFigureRow {
  id: number;
  rawText: string;
  category: Category;
  qualifier: Qualifier;
  value: number | null;
  low: number | null;
  high: number | null;
  counted: string;
  sourceName: string | null;
  reportTitle: string;
  version: number;
}

export interface AdminFigurePage extends Page<AdminFigureRow> {
  /** The cursor asked for could not be read (edited or from another list): this is the first page instead. */
  badCursor: boolean;
}

const rowSelect = {
  id: true,
  rawText: true,
  category: true,
  qualifier: true,
  value: true,
  low: true,
  high: true,
  counted: true,
  start: true,
  version: true,
  source: { select: { name: true } },
  report: { select: { title: true } },
} satisfies Prisma.FigureSelect;

/** The sort key of a cursor as whole numbers, or null when it is not a cursor of this ordering. */
function integerKey(cursor: string, length: number): number[] | null {
  const key = decodeCursor(cursor, length);
  if (!key || !key.every((value) => typeof value === 'number' && Number.isSafeInteger(value))) return null;
  return key as number[];
}

function filterWhere(filters: AdminFigureFilters): Prisma.FigureWhereInput {
  const query = filters.query?.trim();
  return {
    category: filters.category,
    sourceId: filters.sourceId,
    reportId: filters.reportId,
    // Case is ignored, so "UNICEF" finds "unicef".
    ...(query ? { OR: [{ rawText: ignoringCase({ contains: query }) }, { quote: ignoringCase({ contains: query }) }, { counted: ignoringCase({ contains: query }) }] } : {}),
  };
}

/** One ordering of the list: its ORDER BY, the WHERE that starts after a key, and the key of a row. */
interface Ordering {
  keyLength: number;
  orderBy: Prisma.FigureOrderByWithRelationInput[];
  after: (key: number[]) => Prisma.FigureWhereInput;
  keyOf: (row: { id: number; start: number }) => number[];
}

const NEWEST_FIRST: Ordering = {
  keyLength: 1,
  orderBy: [{ id: 'desc' }],
  after: ([id]) => ({ id: { lt: id } }),
  keyOf: (row) => [row.id],
};

const TEXT_ORDER: Ordering = {
  keyLength: 2,
  orderBy: [{ start: 'asc' }, { id: 'asc' }],
  after: ([start, id]) => ({ OR: [{ start: { gt: start } }, { start, id: { gt: id } }] }),
  keyOf: (row) => [row.start, row.id],
};

/**
 * One page (ADMIN_PAGE_SIZE figures) of the figures matching the filters, starting after the cursor, with the
 * number of all matching figures. A cursor that cannot be read gives the first page and `badCursor`.
 */
export async function queryAdminFigurePage(filters: AdminFigureFilters, cursor?: string): Promise<AdminFigurePage> {
  const ordering = filters.reportId !== undefined ? TEXT_ORDER : NEWEST_FIRST;
  const key = cursor ? integerKey(cursor, ordering.keyLength) : null;
  const where = filterWhere(filters);
  const [rows, total] = await Promise.all([
    prisma.figure.findMany({
      where: key ? { AND: [where, ordering.after(key)] } : where,
      select: rowSelect,
      orderBy: ordering.orderBy,
      take: ADMIN_PAGE_SIZE + 1,
    }),
    prisma.figure.count({ where }),
  ]);
  const page = toPage(rows, ADMIN_PAGE_SIZE, total, ordering.keyOf);
  return {
    ...page,
    items: page.items.map((row) => ({
      id: row.id,
      rawText: row.rawText,
      category: row.category as Category,
      qualifier: row.qualifier as Qualifier,
      value: row.value,
      low: row.low,
      high: row.high,
      counted: row.counted,
      sourceName: row.source?.name ?? null,
      reportTitle: row.report.title,
      version: row.version,
    })),
    badCursor: cursor !== undefined && key === null,
  };
}

/** The names the list's source and report filters show: read by id, one row each. */
export async function queryAdminFigureFilterLabels(filters: AdminFigureFilters): Promise<{ sourceName: string | null; reportTitle: string | null }> {
  const [source, report] = await Promise.all([
    filters.sourceId ? prisma.source.findUnique({ where: { id: filters.sourceId }, select: { name: true } }) : null,
    filters.reportId ? prisma.report.findUnique({ where: { id: filters.reportId }, select: { title: true } }) : null,
  ]);
  return { sourceName: source?.name ?? null, reportTitle: report?.title ?? null };
}
