/**
 * The admin lists of sources, places and reports, one page at a time: each ordered by a key an index serves
 * (the unique name; a report's published date and id), searched with SQL `contains`, counted in SQL, and the
 * figures per row counted by SQL for the page's rows only.
 */
import 'server-only';
import { ignoringCase } from '@/lib/db/dialect';
import { prisma } from '@/lib/db/prisma';
import type { SourceKind } from '@/lib/figures/vocabulary';
import { decodeCursor, toPage, type CursorValue, type Page } from './cursor';
import { ADMIN_PAGE_SIZE } from './admin-list-params';
import { toDateString } from '@/lib/format/dates';

export interface CatalogPage<Row> extends Page<Row> {
  /** The cursor asked for could not be read: this is the first page instead. */
  badCursor: boolean;
}

/** The key a cursor holds when each of its values passes its check, else null. */
function keyOf(cursor: string | undefined, checks: Array<(value: CursorValue) => boolean>): CursorValue[] | null {
  if (!cursor) return null;
  const key = decodeCursor(cursor, checks.length);
  return key && key.every((value, index) => checks[index]!(value)) ? key : null;
}

const isText = (value: CursorValue) => typeof value === 'string';
const isId = (value: CursorValue) => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
const isInstant = (value: CursorValue) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function withBadCursor<Row>(page: Page<Row>, cursor: string | undefined, key: CursorValue[] | null): CatalogPage<Row> {
  return { ...page, badCursor: cursor !== undefined && key === null };
}

export interface AdminSourceRow {
  id: number;
  name: string;
  shortName: string | null;
  kind: SourceKind;
  figures: number;
}

/** A page of sources by name; the text is looked for in the name, short name and aliases. */
export async function queryAdminSourcePage(query: string | undefined, cursor?: string): Promise<CatalogPage<AdminSourceRow>> {
  const key = keyOf(cursor, [isText]);
  const where = query ? { OR: [{ name: ignoringCase({ contains: query }) }, { shortName: ignoringCase({ contains: query }) }, { aliases: ignoringCase({ contains: query }) }] } : {};
  const [rows, total] = await Promise.all([
    prisma.source.findMany({
      where: key ? { AND: [where, { name: { gt: key[0] as string } }] } : where,
      select: { id: true, name: true, shortName: true, kind: true, _count: { select: { figures: true } } },
      orderBy: { name: 'asc' },
      take: ADMIN_PAGE_SIZE + 1,
    }),
    prisma.source.count({ where }),
  ]);
  const page = toPage(rows, ADMIN_PAGE_SIZE, total, (row) => [row.name]);
  const items = page.items.map((row) => ({ id: row.id, name: row.name, shortName: row.shortName, kind: row.kind as SourceKind, figures: row._count.figures }));
  return withBadCursor({ ...page, items }, cursor, key);
}

export interface AdminPlaceRow {
  id: number;
  name: string;
  parentName: string | null;
  adminCode: string | null;
  figures: number;
}

/** A page of places by name; the text is looked for in the name and admin code. */
export async function queryAdminPlacePage(query: string | undefined, cursor?: string): Promise<CatalogPage<AdminPlaceRow>> {
  const key = keyOf(cursor, [isText]);
  const where = query ? { OR: [{ name: ignoringCase({ contains: query }) }, { adminCode: ignoringCase({ contains: query }) }] } : {};
  const [rows, total] = await Promise.all([
    prisma.place.findMany({
      where: key ? { AND: [where, { name: { gt: key[0] as string } }] } : where,
      select: { id: true, name: true, adminCode: true, parent: { select: { name: true } }, _count: { select: { figures: true } } },
      orderBy: { name: 'asc' },
      take: ADMIN_PAGE_SIZE + 1,
    }),
    prisma.place.count({ where }),
  ]);
  const page = toPage(rows, ADMIN_PAGE_SIZE, total, (row) => [row.name]);
  const items = page.items.map((row) => ({ id: row.id, name: row.name, parentName: row.parent?.name ?? null, adminCode: row.adminCode, figures: row._count.figures }));
  return withBadCursor({ ...page, items }, cursor, key);
}

export interface AdminReportRow {
  id: number;
  title: string;
  outlet: string;
  /** YYYY-MM-DD */
  publishedAt: string;
  figures: number;
  pendingProposals: number;
}

/** A page of reports, newest published first; the text is looked for in the title and outlet. */
export async function queryAdminReportPage(query: string | undefined, cursor?: string): Promise<CatalogPage<AdminReportRow>> {
  const key = keyOf(cursor, [isInstant, isId]);
  const where = query ? { OR: [{ title: ignoringCase({ contains: query }) }, { outlet: ignoringCase({ contains: query }) }] } : {};
  const after = key
    ? { OR: [{ publishedAt: { lt: new Date(key[0] as string) } }, { publishedAt: new Date(key[0] as string), id: { lt: key[1] as number } }] }
    : null;
  const [rows, total] = await Promise.all([
    prisma.report.findMany({
      where: after ? { AND: [where, after] } : where,
      select: {
        id: true,
        title: true,
        outlet: true,
        publishedAt: true,
        _count: { select: { figures: true, proposals: { where: { status: 'pending' } } } },
      },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: ADMIN_PAGE_SIZE + 1,
    }),
    prisma.report.count({ where }),
  ]);
  const page = toPage(rows, ADMIN_PAGE_SIZE, total, (row) => [row.publishedAt.toISOString(), row.id]);
  const items = page.items.map((row) => ({
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    publishedAt: toDateString(row.publishedAt),
    figures: row._count.figures,
    pendingProposals: row._count.proposals,
  }));
  return withBadCursor({ ...page, items }, cursor, key);
}
