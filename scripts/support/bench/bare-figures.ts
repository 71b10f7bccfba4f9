/**
 * The floor of this stack for GET /api/figures?limit=100: the same page (the newest 100 figures by date, then id,
 * with source, place and report, the cursor of the next page and the total) read with one prepared statement and
 * serialised by hand, with no framework, no ORM and no cache in between.
 */
import Database from 'better-sqlite3';
import { encodeCursor } from '../../../lib/data/cursor';
import { toDateString } from '../../../lib/format/dates';

const PAGE_QUERY = `
  SELECT f.id, f.category, f.value, f.low, f.high, f.qualifier, f.rawText, f.quote, f.start, f."end", f.counted, f.date,
         f.grade, f.version, f.partOfId,
         s.id AS sourceId, s.name AS sourceName, s.shortName AS sourceShortName, s.kind AS sourceKind, s.description AS sourceDescription,
         p.id AS placeId, p.name AS placeName, p.adminCode AS placeAdminCode, p.latitude AS placeLatitude, p.longitude AS placeLongitude,
         r.id AS reportId, r.title AS reportTitle, r.outlet AS reportOutlet, r.publishedAt AS reportPublishedAt, r.url AS reportUrl
  FROM "Figure" f
  JOIN "Report" r ON r.id = f.reportId
  LEFT JOIN "Source" s ON s.id = f.sourceId
  LEFT JOIN "Place" p ON p.id = f.placeId
  ORDER BY f.date DESC, f.id DESC
  LIMIT ?`;

type Row = Record<string, string | number | null>;

const day = (stored: unknown) => (typeof stored === 'string' ? toDateString(stored) : null);

function toFigure(row: Row) {
  return {
    id: row.id, category: row.category, value: row.value, low: row.low, high: row.high, qualifier: row.qualifier,
    rawText: row.rawText, quote: row.quote, start: row.start, end: row.end, counted: row.counted, date: day(row.date),
    grade: row.grade, version: row.version, partOfId: row.partOfId,
    source: row.sourceId === null ? null : {
      id: row.sourceId, name: row.sourceName, shortName: row.sourceShortName, kind: row.sourceKind, description: row.sourceDescription,
    },
    place: row.placeId === null ? null : {
      id: row.placeId, name: row.placeName, adminCode: row.placeAdminCode, latitude: row.placeLatitude, longitude: row.placeLongitude,
    },
    report: { id: row.reportId, title: row.reportTitle, outlet: row.reportOutlet, publishedAt: day(row.reportPublishedAt) ?? '', url: row.reportUrl },
  };
}

/** A function answering the page as JSON text, on a read-only connection to the database file. */
export function createBareFiguresPage(databasePath: string, limit = 100): { read: () => string; close: () => void } {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  const page = database.prepare(PAGE_QUERY);
  const count = database.prepare('SELECT count(*) AS total FROM "Figure"');
  return {
    read: () => {
      const rows = page.all(limit + 1) as Row[];
      const figures = rows.slice(0, limit).map(toFigure);
      const last = figures[figures.length - 1];
      const nextCursor = rows.length > limit && last ? encodeCursor([last.date, last.id as number]) : null;
      const { total } = count.get() as { total: number };
      return JSON.stringify({ figures, nextCursor, total });
    },
    close: () => database.close(),
  };
}
