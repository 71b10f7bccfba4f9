import Database from 'better-sqlite3';
import { CATEGORIES } from '@/lib/figures/vocabulary';
import { hashReportBody } from '@/lib/reports/body-hash';

/**
 * Fills a migrated test database with many reports, sources, places and figures at once, straight through
 * better-sqlite3 in one transaction (a Prisma create per row would take minutes). Every figure's number stands in
 * its report's body at its offsets and in its sentence, as the app's rules require, so the rows can be edited.
 * Dates are written as Prisma writes them (ISO text with +00:00), so keyset comparisons see one format.
 */
export interface BulkSize {
  reports: number;
  figuresPerReport: number;
  sources: number;
  places: number;
  /** The start of every report's title and body ("Bulk report" unless given). */
  reportTitle?: string;
}

export interface BulkLoaded {
  reportIds: number[];
  sourceIds: number[];
  placeIds: number[];
  figureIds: number[];
}

const OUTLETS = ['AFP', 'Reuters', 'Associated Press', 'Al Jazeera', 'OCHA'];
const instant = (day: Date) => day.toISOString().replace('Z', '+00:00');

export function loadBulkData(databasePath: string, size: BulkSize): BulkLoaded {
  const database = new Database(databasePath);
  database.pragma('busy_timeout = 5000');
  const now = instant(new Date());
  const loaded: BulkLoaded = { reportIds: [], sourceIds: [], placeIds: [], figureIds: [] };

  const insertSource = database.prepare(
    'INSERT INTO "Source" ("name", "shortName", "kind", "description", "aliases", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertPlace = database.prepare('INSERT INTO "Place" ("name", "parentId", "updatedAt") VALUES (?, ?, ?)');
  const insertReport = database.prepare(
    'INSERT INTO "Report" ("title", "outlet", "publishedAt", "body", "bodyHash", "language", "updatedAt") VALUES (?, ?, ?, ?, ?, \'en\', ?)',
  );
  const insertFigure = database.prepare(
    `INSERT INTO "Figure" ("category", "value", "low", "high", "qualifier", "rawText", "quote", "start", "end", "counted", "date",
      "reportId", "sourceId", "placeId", "updatedAt") VALUES (?, ?, ?, ?, 'exact', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  database.transaction(() => {
    for (let index = 1; index <= size.sources; index += 1) {
      const result = insertSource.run(
        `Bulk Monitor ${String(index).padStart(5, '0')}`,
        `BM${index}`,
        'ngo_monitor',
        'A monitoring group made up for tests',
        `the bulk group number ${index}\nthe ${index}th monitor`,
        now,
      );
      loaded.sourceIds.push(Number(result.lastInsertRowid));
    }
    for (let index = 1; index <= size.places; index += 1) {
      const parentId = index > 1 ? loaded.placeIds[0]! : null;
      loaded.placeIds.push(Number(insertPlace.run(`Bulk Town ${String(index).padStart(5, '0')}`, parentId, now).lastInsertRowid));
    }
    for (let report = 1; report <= size.reports; report += 1) {
      // Two reports share each day, so the report list's keyset has ties on the date to break by id.
      const day = new Date(Date.UTC(2020, 0, 1 + Math.floor(report / 2)));
      const sentences: Array<{ rawText: string; quote: string; start: number }> = [];
      const title = `${size.reportTitle ?? 'Bulk report'} ${report}`;
      let body = `${title}.`;
      for (let figure = 1; figure <= size.figuresPerReport; figure += 1) {
        const rawText = String(report * 1000 + figure);
        const quote = `Monitors counted ${rawText} people in bulk sentence ${figure}.`;
        body += ' ';
        sentences.push({ rawText, quote, start: body.length + quote.indexOf(rawText) });
        body += quote;
      }
      const reportId = Number(
        insertReport.run(title, OUTLETS[report % OUTLETS.length]!, instant(day), body, hashReportBody(body), now).lastInsertRowid,
      );
      loaded.reportIds.push(reportId);
      sentences.forEach(({ rawText, quote, start }, index) => {
        const value = Number(rawText);
        const counter = loaded.figureIds.length;
        const result = insertFigure.run(
          CATEGORIES[counter % CATEGORIES.length]!,
          value,
          value,
          value,
          rawText,
          quote,
          start,
          start + rawText.length,
          `people counted in bulk figure ${index + 1} of ${title}`,
          instant(day),
          reportId,
          counter % 7 === 0 || loaded.sourceIds.length === 0 ? null : loaded.sourceIds[counter % loaded.sourceIds.length]!,
          loaded.placeIds.length === 0 ? null : loaded.placeIds[counter % loaded.placeIds.length]!,
          now,
        );
        loaded.figureIds.push(Number(result.lastInsertRowid));
      });
    }
  })();
  database.close();
  return loaded;
}
