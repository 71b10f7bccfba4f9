/**
 * Figures as pages show them, read in one query with their source, place and report joined: a page of 50 or 100
 * figures costs one round trip, never one per figure.
 */
import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { sqlDateText, sqlDay } from '@/lib/db/dialect';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Category, Grade, Qualifier, SourceKind } from '@/lib/figures/vocabulary';
import type { FigureView } from './figures';

const figureViewSelect = () => Prisma.sql`
  SELECT f."id", f."category", f."value", f."low", f."high", f."qualifier", f."rawText", f."quote", f."start", f."end",
         f."counted", ${sqlDay(Prisma.sql`f."date"`)} AS "day", ${sqlDateText(Prisma.sql`f."date"`)} AS "dateKey", f."grade", f."version", f."partOfId",
         s."id" AS "sourceId", s."name" AS "sourceName", s."shortName" AS "sourceShortName", s."kind" AS "sourceKind",
         s."description" AS "sourceDescription",
         pl."id" AS "placeId", pl."name" AS "placeName", pl."adminCode" AS "placeAdminCode", pl."latitude" AS "placeLatitude",
         pl."longitude" AS "placeLongitude",
         r."id" AS "reportId", r."title" AS "reportTitle", r."outlet" AS "reportOutlet",
         ${sqlDay(Prisma.sql`r."publishedAt"`)} AS "reportPublishedAt", r."url" AS "reportUrl"
  FROM "Figure" f
  JOIN "Report" r ON r."id" = f."reportId"
  LEFT JOIN "Source" s ON s."id" = f."sourceId"
  LEFT JOIN "Place" pl ON pl."id" = f."placeId"`;

interface FigureViewRow {
  id: number;
  category: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  rawText: string;
  quote: string;
  start: number;
  end: number;
  counted: string;
  day: string | null;
  dateKey: string | null;
  grade: string | null;
  version: number;
  partOfId: number | null;
  sourceId: number | null;
  sourceName: string | null;
  sourceShortName: string | null;
  sourceKind: string | null;
  sourceDescription: string | null;
  placeId: number | null;
  placeName: string | null;
  placeAdminCode: string | null;
  placeLatitude: number | null;
  placeLongitude: number | null;
  reportId: number;
  reportTitle: string;
  reportOutlet: string;
  reportPublishedAt: string;
  reportUrl: string | null;
}

/** A figure and the stored text of its date, which is the sort key lists page on. */
export interface KeyedFigureView {
  figure: FigureView;
  dateKey: string | null;
}

function toFigureView(row: FigureViewRow): FigureView {
  return {
    id: row.id,
    category: row.category as Category,
    value: row.value,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier as Qualifier,
    rawText: row.rawText,
    quote: row.quote,
    start: row.start,
    end: row.end,
    counted: row.counted,
    date: row.day,
    grade: row.grade as Grade | null,
    version: row.version,
    partOfId: row.partOfId,
    source:
      row.sourceId === null
        ? null
        : { id: row.sourceId, name: row.sourceName ?? '', shortName: row.sourceShortName, kind: row.sourceKind as SourceKind, description: row.sourceDescription },
    place:
      row.placeId === null
        ? null
        : { id: row.placeId, name: row.placeName ?? '', adminCode: row.placeAdminCode, latitude: row.placeLatitude, longitude: row.placeLongitude },
    report: { id: row.reportId, title: row.reportTitle, outlet: row.reportOutlet, publishedAt: row.reportPublishedAt, url: row.reportUrl },
  };
}

/**
 * Runs one read and returns its rows: the app's Prisma client by default; an export passes its own read connection
 * (lib/export/export-reader.ts), which holds one snapshot for the whole file.
 */
export type RunQuery = <Row>(query: Prisma.Sql) => Promise<Row[]>;

const runOnPrisma: RunQuery = (query) => prisma.$queryRaw(query);

/**
 * Figures matching a condition on `f` (the Figure table), in the given order, at most `limit` of them. Every caller
 * passes a limit: no read loads an unbounded number of figures. The matching ids are found first, on the Figure
 * table alone (where the covering indexes serve condition and order), and only those rows are then joined.
 */
export async function selectFigureViews(condition: Prisma.Sql, order: Prisma.Sql, limit: number, run: RunQuery = runOnPrisma): Promise<KeyedFigureView[]> {
  const ids = await run<{ id: number }>(Prisma.sql`SELECT f."id" FROM "Figure" f WHERE ${condition} ORDER BY ${order} LIMIT ${limit}`);
  if (ids.length === 0) return [];
  const rows = await run<FigureViewRow>(Prisma.sql`${figureViewSelect()} WHERE f."id" IN (${Prisma.join(ids.map((row) => row.id))})`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap(({ id }) => {
    const row = byId.get(id);
    return row ? [{ figure: toFigureView(row), dateKey: row.dateKey }] : [];
  });
}

/** The figures with these ids (at most one page of them), in the order of the ids given. */
export async function selectFiguresById(ids: number[]): Promise<FigureView[]> {
  if (ids.length === 0) return [];
  const rows = await selectFigureViews(Prisma.sql`f."id" IN (${Prisma.join(ids)})`, Prisma.sql`f."id"`, ids.length);
  const byId = new Map(rows.map(({ figure }) => [figure.id, figure]));
  return ids.map((id) => byId.get(id)).filter((figure): figure is FigureView => figure !== undefined);
}
