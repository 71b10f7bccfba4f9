import fs from 'node:fs';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '@/lib/db/connect';
import { prepareDatabase } from '@/lib/db/prepare';
import { isPostgresqlUrl } from '@/lib/env';
import { planEvents } from './events';
import { generatePlaces } from './places';
import { createRandom } from './random';
import { composeReport, type Catalog } from './reports';
import { generateSources } from './sources';
import type { SyntheticCounts, SyntheticOptions } from './types';
import { createWriter, type SyntheticWriter } from './write';
import { gatherRows, writeToPostgresql } from './write-postgresql';

export type { SyntheticCounts, SyntheticOptions } from './types';

/**
 * Synthetic data at any size, for measuring the app: places, sources, events and reports of them whose figures obey
 * every figure rule (offsets, hedge bounds, parts within their wholes), all from one seed, so the same options always
 * give the same rows. Written in one transaction (with better-sqlite3 on SQLite): 100,000 figures take seconds.
 */
export const DEFAULT_SYNTHETIC_OPTIONS: SyntheticOptions = { reports: 5_000, perReport: 20, seed: 1 };

/** The target already holds data: synthetic data is only ever written to a database without any. */
export class DatabaseNotEmptyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseNotEmptyError';
  }
}

const TABLES_THAT_MUST_BE_EMPTY = ['Report', 'Figure', 'Source', 'Place'] as const;

/** How many rows the file holds in each of the tables synthetic data writes (a missing table holds none). */
function existingCounts(database: Database.Database): Record<string, number> {
  return Object.fromEntries(
    TABLES_THAT_MUST_BE_EMPTY.map((table) => {
      const exists = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
      return [table, exists ? (database.prepare(`SELECT count(*) AS count FROM "${table}"`).get() as { count: number }).count : 0];
    }),
  );
}

function refuseIfNotEmpty(database: Database.Database, databasePath: string): void {
  refuseIfHeld(describeHeld(existingCounts(database)), databasePath);
}

/** What the tables hold ("3 reports, 12 figures"), or null when none. */
function describeHeld(counts: Record<string, number>): string | null {
  const held = TABLES_THAT_MUST_BE_EMPTY.flatMap((table) => {
    const count = counts[table] ?? 0;
    return count > 0 ? [`${count} ${table.toLowerCase()}${count === 1 ? '' : 's'}`] : [];
  });
  return held.length > 0 ? held.join(', ') : null;
}

function refuseIfHeld(held: string | null, databasePath: string): void {
  if (held) {
    throw new DatabaseNotEmptyError(
      `${databasePath} already holds data (${held}). Synthetic data is only written to a database without reports, ` +
        'figures, sources or places; nothing was changed. Name another file with --database.',
    );
  }
}

function checkOptions(options: SyntheticOptions): void {
  for (const key of ['reports', 'perReport'] as const) {
    if (!Number.isSafeInteger(options[key]) || options[key] < 1) throw new RangeError(`${key} must be a whole number of at least 1`);
  }
  if (!Number.isSafeInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    throw new RangeError('seed must be a whole number from 0 to 4294967295');
  }
}

function emptyCounts(): SyntheticCounts {
  return { reports: 0, figures: 0, parts: 0, sources: 0, places: 0, events: 0 };
}

/** Composes every row from the seed and hands them to the writer in order, counting them into `counts`. */
function composeInto(writer: SyntheticWriter, options: SyntheticOptions, counts: SyntheticCounts): void {
  const random = createRandom(options.seed);
  const places = generatePlaces(random, options.reports);
  const sources = generateSources(random, options.reports, places);
  const events = planEvents(random, options.reports, options.perReport, places, sources);
  const catalog: Catalog = {
    placesById: new Map(places.map((place) => [place.id, place])),
    sourcesById: new Map(sources.map((source) => [source.id, source])),
    sources,
  };
  Object.assign(counts, { sources: sources.length, places: places.length, events: events.length });
  places.forEach(writer.place);
  sources.forEach(writer.source);
  const hashes = new Set<string>();
  for (const event of events) {
    for (let index = 0; index < event.reportCount; index += 1) {
      const ids = { reportId: counts.reports + 1, firstFigureId: counts.figures + 1 };
      const { report, figures } = composeReport(random, event, ids, options.perReport, catalog, hashes);
      writer.report(report, figures);
      counts.reports += 1;
      counts.figures += figures.length;
      counts.parts += figures.filter((figure) => figure.partOfId !== null).length;
    }
  }
}

/** The same on PostgreSQL (`url`): migrated first, then refused, changing nothing, when it already holds data. */
async function generateOnPostgresql(url: string, options: SyntheticOptions): Promise<SyntheticCounts> {
  await prepareDatabase(url);
  const counts = emptyCounts();
  const gathered = gatherRows();
  composeInto(gathered.writer, options, counts);
  await writeToPostgresql(url, gathered, (held) => refuseIfHeld(describeHeld(held), 'The database'));
  return counts;
}

/**
 * Fills the SQLite file at `databasePath` (created and migrated if needed), or the PostgreSQL database at that
 * postgresql:// URL, with synthetic data. Refuses, changing nothing, a database that already holds reports,
 * figures, sources or places.
 */
export async function generateSyntheticData(databasePath: string, options: SyntheticOptions = DEFAULT_SYNTHETIC_OPTIONS): Promise<SyntheticCounts> {
  checkOptions(options);
  if (isPostgresqlUrl(databasePath)) return generateOnPostgresql(databasePath, options);
  // Checked before migrating too, so that a database with data is not even migrated.
  if (fs.existsSync(databasePath) && fs.statSync(databasePath).size > 0) {
    const existing = new Database(databasePath, { readonly: true, fileMustExist: true });
    try {
      refuseIfNotEmpty(existing, databasePath);
    } finally {
      existing.close();
    }
  }
  await prepareDatabase(databasePath);

  const database = new Database(databasePath, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  // Six indexes on Figure take random keys: a 64 MB page cache (instead of 2 MB) makes the load a third faster.
  database.pragma('cache_size = -65536');
  try {
    const counts = emptyCounts();
    database.transaction(() => {
      refuseIfNotEmpty(database, databasePath);
      composeInto(createWriter(database), options, counts);
    }).immediate();
    // A bulk load changes the shape of the data at once: give the query planner its statistics now.
    database.exec('ANALYZE');
    return counts;
  } finally {
    database.close();
  }
}
