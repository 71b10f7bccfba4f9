/**
 * Writes synthetic rows with prepared statements (the caller wraps them in one transaction), in the formats Prisma
 * writes: DateTime columns as text like 2017-06-08T00:00:00.000+00:00. Timestamps are fixed (records are created on
 * their report's day), so the same seed gives byte-identical rows.
 */
import type Database from 'better-sqlite3';
import type { FigureRow, PlaceRow, ReportRow, SourceRow } from './types';

export const TIMESTAMP_OF_CATALOG = '2011-01-01T00:00:00.000+00:00';

export function toStoredDate(day: string): string {
  return `${day}T00:00:00.000+00:00`;
}

export interface SyntheticWriter {
  place: (row: PlaceRow) => void;
  source: (row: SourceRow) => void;
  report: (row: ReportRow, figures: readonly FigureRow[]) => void;
}

export function createWriter(database: Database.Database): SyntheticWriter {
  const insertPlace = database.prepare(
    'INSERT INTO "Place" ("id", "name", "parentId", "adminCode", "latitude", "longitude", "version", "createdAt", "updatedAt") ' +
      'VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)',
  );
  const insertSource = database.prepare(
    'INSERT INTO "Source" ("id", "name", "shortName", "kind", "description", "aliases", "version", "createdAt", "updatedAt") ' +
      'VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)',
  );
  const insertReport = database.prepare(
    'INSERT INTO "Report" ("id", "title", "outlet", "publishedAt", "url", "body", "bodyHash", "language", "version", "createdAt", "updatedAt") ' +
      "VALUES (?, ?, ?, ?, ?, ?, ?, 'en', 1, ?, ?)",
  );
  const insertFigure = database.prepare(
    'INSERT INTO "Figure" ("id", "category", "value", "low", "high", "qualifier", "rawText", "quote", "start", "end", "counted", "date", ' +
      '"grade", "reportId", "sourceId", "placeId", "partOfId", "version", "createdAt", "updatedAt") ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)',
  );
  return {
    place: (row) =>
      insertPlace.run(row.id, row.name, row.parentId, row.adminCode, row.latitude, row.longitude, TIMESTAMP_OF_CATALOG, TIMESTAMP_OF_CATALOG),
    source: (row) =>
      insertSource.run(row.id, row.name, row.shortName, row.kind, row.description, row.aliases, TIMESTAMP_OF_CATALOG, TIMESTAMP_OF_CATALOG),
    report: (row, figures) => {
      const stamp = toStoredDate(row.publishedDay);
      insertReport.run(row.id, row.title, row.outlet, stamp, row.url, row.body, row.bodyHash, stamp, stamp);
      for (const figure of figures) {
        insertFigure.run(
          figure.id, figure.category, figure.value, figure.low, figure.high, figure.qualifier, figure.rawText, figure.quote,
          figure.start, figure.end, figure.counted, toStoredDate(figure.day), figure.grade, figure.reportId, figure.sourceId,
          figure.placeId, figure.partOfId, stamp, stamp,
        );
      }
    },
  };
}
