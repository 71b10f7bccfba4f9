/**
 * The synthetic rows for PostgreSQL: gathered in memory as they are composed (the same calls, in the same order,
 * as the SQLite writer gets, so a seed gives the same rows on both), then inserted a thousand rows a statement in
 * one transaction, the id sequences moved past the explicit ids, and the planner's statistics refreshed.
 */
import { Client } from 'pg';
import type { FigureRow, PlaceRow, ReportRow, SourceRow } from './types';
import { TIMESTAMP_OF_CATALOG, toStoredDate, type SyntheticWriter } from './write';

export interface GatheredRows {
  writer: SyntheticWriter;
  places: unknown[][];
  sources: unknown[][];
  reports: unknown[][];
  figures: unknown[][];
}

export function gatherRows(): GatheredRows {
  const gathered: GatheredRows = {
    places: [],
    sources: [],
    reports: [],
    figures: [],
    writer: {
      place: (row: PlaceRow) =>
        gathered.places.push([row.id, row.name, row.parentId, row.adminCode, row.latitude, row.longitude, 1, TIMESTAMP_OF_CATALOG, TIMESTAMP_OF_CATALOG]),
      source: (row: SourceRow) =>
        gathered.sources.push([row.id, row.name, row.shortName, row.kind, row.description, row.aliases, 1, TIMESTAMP_OF_CATALOG, TIMESTAMP_OF_CATALOG]),
      report: (row: ReportRow, figures: readonly FigureRow[]) => {
        const stamp = toStoredDate(row.publishedDay);
        gathered.reports.push([row.id, row.title, row.outlet, stamp, row.url, row.body, row.bodyHash, 'en', 1, stamp, stamp]);
        for (const figure of figures) {
          gathered.figures.push([
            figure.id, figure.category, figure.value, figure.low, figure.high, figure.qualifier, figure.rawText, figure.quote,
            figure.start, figure.end, figure.counted, toStoredDate(figure.day), figure.grade, figure.reportId, figure.sourceId,
            figure.placeId, figure.partOfId, 1, stamp, stamp,
          ]);
        }
      },
    },
  };
  return gathered;
}

const COLUMNS = {
  Place: ['id', 'name', 'parentId', 'adminCode', 'latitude', 'longitude', 'version', 'createdAt', 'updatedAt'],
  Source: ['id', 'name', 'shortName', 'kind', 'description', 'aliases', 'version', 'createdAt', 'updatedAt'],
  Report: ['id', 'title', 'outlet', 'publishedAt', 'url', 'body', 'bodyHash', 'language', 'version', 'createdAt', 'updatedAt'],
  Figure: [
    'id', 'category', 'value', 'low', 'high', 'qualifier', 'rawText', 'quote', 'start', 'end', 'counted', 'date',
    'grade', 'reportId', 'sourceId', 'placeId', 'partOfId', 'version', 'createdAt', 'updatedAt',
  ],
} as const;
const ROWS_PER_STATEMENT = 1_000;

async function insertAll(client: Client, table: keyof typeof COLUMNS, rows: unknown[][]): Promise<void> {
  const columns = COLUMNS[table];
  for (let first = 0; first < rows.length; first += ROWS_PER_STATEMENT) {
    const batch = rows.slice(first, first + ROWS_PER_STATEMENT);
    const tuples = batch.map((_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(', ')})`);
    await client.query(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES ${tuples.join(', ')}`, batch.flat());
  }
}

/**
 * Writes the gathered rows to the database at `url` in one transaction, after `refuse` (given the counts of rows
 * already in the four tables) has had its say; nothing is written when it throws.
 */
export async function writeToPostgresql(url: string, gathered: GatheredRows, refuse: (held: Record<string, number>) => void): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      // No other writer may add rows between the check and the load.
      await client.query('LOCK TABLE "Place", "Source", "Report", "Figure" IN EXCLUSIVE MODE');
      const held: Record<string, number> = {};
      for (const table of Object.keys(COLUMNS)) {
        held[table] = Number((await client.query<{ count: string }>(`SELECT count(*) AS "count" FROM "${table}"`)).rows[0]!.count);
      }
      refuse(held);
      await insertAll(client, 'Place', gathered.places);
      await insertAll(client, 'Source', gathered.sources);
      await insertAll(client, 'Report', gathered.reports);
      await insertAll(client, 'Figure', gathered.figures);
      for (const table of Object.keys(COLUMNS)) {
        await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX("id") FROM "${table}"), 1))`);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
