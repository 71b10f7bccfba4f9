/**
 * Editors saving figures as fast as the server answers, each through PUT /api/admin/figures/:id on a figure of
 * its own (so no save is refused as a conflict), toggling its `counted` text so every save is a real change: a new
 * version, a revision, the cached figure data expired. Every answer's time and status is kept.
 */
import Database from 'better-sqlite3';
import { toDateString } from '../../../lib/format/dates';

export interface WriteSample {
  milliseconds: number;
  status: number;
}

type FigureRow = Record<string, string | number | null>;

function readFigure(databasePath: string, figureId: number): FigureRow {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const row = database.prepare('SELECT * FROM "Figure" WHERE "id" = ?').get(figureId) as FigureRow | undefined;
    if (!row) throw new Error(`figure ${figureId} is not in ${databasePath}`);
    return row;
  } finally {
    database.close();
  }
}

/** Saves the figure again and again until `until` (a performance.now() time), one save at a time. */
export async function writeUntil(baseUrl: string, cookie: string, databasePath: string, figureId: number, until: number): Promise<WriteSample[]> {
  const row = readFigure(databasePath, figureId);
  const original = String(row.counted);
  let version = Number(row.version);
  const samples: WriteSample[] = [];
  while (performance.now() < until) {
    const body = {
      version, category: row.category, qualifier: row.qualifier, value: row.value, low: row.low, high: row.high,
      rawText: row.rawText, quote: row.quote, counted: samples.length % 2 === 0 ? `${original} (checked)` : original,
      date: typeof row.date === 'string' ? toDateString(row.date) : null, grade: row.grade, reportId: row.reportId,
      sourceId: row.sourceId, placeId: row.placeId, partOfId: row.partOfId,
    };
    const started = performance.now();
    let status = 0;
    try {
      const response = await fetch(`${baseUrl}/api/admin/figures/${figureId}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie, origin: baseUrl },
        body: JSON.stringify(body),
      });
      status = response.status;
      const answer = (await response.json()) as { version?: number };
      if (typeof answer.version === 'number') version = answer.version;
    } catch {
      status = 0;
    }
    samples.push({ milliseconds: performance.now() - started, status });
  }
  return samples;
}
