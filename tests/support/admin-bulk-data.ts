import Database from 'better-sqlite3';
import { Client } from 'pg';
import { isPostgresqlUrl } from '@/lib/env';
import { CATEGORIES } from '@/lib/figures/vocabulary';
import { hashReportBody } from '@/lib/reports/body-hash';

/**
 * Fills a migrated test database with many reports, sources, places and figures at once, in one transaction and
 * around Prisma (a Prisma create per row would take minutes): through better-sqlite3 on SQLite (`loadBulkData`), or
 * multi-row inserts through pg on PostgreSQL (`loadBulkDataInto` picks by location). Every figure's number stands in
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

/** Adds one row to a table and returns its id. */
type Insert = (table: BulkTable, values: unknown[]) => number;
type BulkTable = keyof typeof COLUMNS;

const COLUMNS = {
  Source: ['name', 'shortName', 'kind', 'description', 'aliases', 'updatedAt'],
  Place: ['name', 'parentId', 'updatedAt'],
  Report: ['title', 'outlet', 'publishedAt', 'body', 'bodyHash', 'language', 'updatedAt'],
  Figure: ['category', 'value', 'low', 'high', 'qualifier', 'rawText', 'quote', 'start', 'end', 'counted', 'date', 'reportId', 'sourceId', 'placeId', 'updatedAt'],
} as const;

/** Composes every row, in the order they reference each other, handing each to `insert`. */
function composeBulkRows(size: BulkSize, insert: Insert): BulkLoaded {
  const now = instant(new Date());
  const loaded: BulkLoaded = { reportIds: [], sourceIds: [], placeIds: [], figureIds: [] };
  for (let index = 1; index <= size.sources; index += 1) {
    const name = `Bulk Monitor ${String(index).padStart(5, '0')}`;
    loaded.sourceIds.push(insert('Source', [name, `BM${index}`, 'ngo_monitor', 'A monitoring group made up for tests', `the bulk group number ${index}\nthe ${index}th monitor`, now]));
  }
  for (let index = 1; index <= size.places; index += 1) {
    const parentId = index > 1 ? loaded.placeIds[0]! : null;
    loaded.placeIds.push(insert('Place', [`Bulk Town ${String(index).padStart(5, '0')}`, parentId, now]));
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
    const reportId = insert('Report', [title, OUTLETS[report % OUTLETS.length]!, instant(day), body, hashReportBody(body), 'en', now]);
    loaded.reportIds.push(reportId);
    sentences.forEach(({ rawText, quote, start }, index) => {
      const value = Number(rawText);
      const counter = loaded.figureIds.length;
      const figureId = insert('Figure', [
        CATEGORIES[counter % CATEGORIES.length]!,
        value,
        value,
        value,
        'exact',
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
      ]);
      loaded.figureIds.push(figureId);
    });
  }
  return loaded;
}

const columnList = (table: BulkTable) => COLUMNS[table].map((column) => `"${column}"`).join(', ');

/** Into the SQLite file at `databasePath`. */
export function loadBulkData(databasePath: string, size: BulkSize): BulkLoaded {
  const database = new Database(databasePath);
  database.pragma('busy_timeout = 5000');
  try {
    const statements = Object.fromEntries(
      (Object.keys(COLUMNS) as BulkTable[]).map((table) => [
        table,
        database.prepare(`INSERT INTO "${table}" (${columnList(table)}) VALUES (${COLUMNS[table].map(() => '?').join(', ')})`),
      ]),
    ) as Record<BulkTable, Database.Statement>;
    return database.transaction(() => composeBulkRows(size, (table, values) => Number(statements[table].run(...values).lastInsertRowid)))();
  } finally {
    database.close();
  }
}

const ROWS_PER_STATEMENT = 500;

/**
 * Into the PostgreSQL database at `url`: the ids are handed out after the largest stored ones (the tables are locked
 * meanwhile), the rows inserted a few hundred a statement, and the id sequences moved past them.
 */
async function loadBulkDataIntoPostgresql(url: string, size: BulkSize): Promise<BulkLoaded> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      const tables = Object.keys(COLUMNS) as BulkTable[];
      await client.query(`LOCK TABLE ${tables.map((table) => `"${table}"`).join(', ')} IN EXCLUSIVE MODE`);
      const lastIds = {} as Record<BulkTable, number>;
      const rows = {} as Record<BulkTable, unknown[][]>;
      for (const table of tables) {
        lastIds[table] = Number((await client.query<{ id: number | null }>(`SELECT MAX("id") AS "id" FROM "${table}"`)).rows[0]!.id ?? 0);
        rows[table] = [];
      }
      const loaded = composeBulkRows(size, (table, values) => {
        lastIds[table] += 1;
        rows[table].push([lastIds[table], ...values]);
        return lastIds[table];
      });
      for (const table of tables) {
        const width = COLUMNS[table].length + 1;
        for (let first = 0; first < rows[table].length; first += ROWS_PER_STATEMENT) {
          const batch = rows[table].slice(first, first + ROWS_PER_STATEMENT);
          const tuples = batch.map((_, row) => `(${Array.from({ length: width }, (__, column) => `$${row * width + column + 1}`).join(', ')})`);
          await client.query(`INSERT INTO "${table}" ("id", ${columnList(table)}) VALUES ${tuples.join(', ')}`, batch.flat());
        }
        await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX("id") FROM "${table}"), 1))`);
      }
      await client.query('COMMIT');
      return loaded;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** Into the test database at `location`: a SQLite file's path or a postgresql:// URL (tests/support/test-database.ts). */
export function loadBulkDataInto(location: string, size: BulkSize): Promise<BulkLoaded> {
  return isPostgresqlUrl(location) ? loadBulkDataIntoPostgresql(location, size) : Promise.resolve(loadBulkData(location, size));
}
