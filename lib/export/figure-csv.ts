import 'server-only';
import { stringify } from 'csv-stringify/sync';
import type { CursorValue } from '@/lib/data/cursor';
import { queryFigureBatch } from '@/lib/data/figure-list';
import type { FigureScope } from '@/lib/data/scope';
import { openExportReader, type ExportReader } from './export-reader';
import { FIGURE_COLUMNS, toExportRow } from './figure-columns';

/** How many figures are read from the database and written out at a time: memory stays bounded at any size. */
export const EXPORT_BATCH_SIZE = 1_000;

/** Rows as CSV records: RFC 4180 quoting by csv-stringify, records ending with CRLF, empty cells for nulls. */
function csvRecords(rows: Array<Array<string | number | null>>): string {
  return stringify(rows, { record_delimiter: '\r\n' });
}

/**
 * The scope's figures as a CSV stream (UTF-8, no BOM, RFC 4180 quoting by csv-stringify), newest
 * first like the list: the header, the HXL hashtag row when asked for, then one row per figure, read a batch at a time through
 * the list's own sort key, so that every figure is written exactly once and never more than a batch is held. The
 * batches are not counted (the whole scope is never counted again for every thousand figures), and they are read
 * on a connection of the export's own, in one snapshot (./export-reader.ts).
 */
export function streamFigureCsv(scope: FigureScope, { hxl }: { hxl: boolean }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: CursorValue[] | null = null;
  let reader: ExportReader | null = null;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!reader) {
        reader = openExportReader();
        const heading = [FIGURE_COLUMNS.map((column) => column.header), ...(hxl ? [FIGURE_COLUMNS.map((column) => column.hxl)] : [])];
        controller.enqueue(encoder.encode(csvRecords(heading)));
        return;
      }
      if (done) {
        reader.close();
        controller.close();
        return;
      }
      const batch = await queryFigureBatch(scope, after, EXPORT_BATCH_SIZE, reader.run);
      if (batch.items.length > 0) controller.enqueue(encoder.encode(csvRecords(batch.items.map(toExportRow))));
      after = batch.nextKey;
      if (after === null) done = true;
    },
    cancel() {
      reader?.close();
    },
  });
}

/** The file name of an export of this scope on this day ("figures-killed-place-3-2026-12-01.hxl.csv"). */
export function exportFileName(scope: FigureScope, day: string, hxl: boolean): string {
  const parts = [
    scope.category,
    scope.sourceId && `source-${scope.sourceId}`,
    scope.placeId && `place-${scope.placeId}`,
    scope.reportId && `report-${scope.reportId}`,
    scope.from && `from-${scope.from}`,
    scope.to && `to-${scope.to}`,
    scope.qualifier,
    scope.grade,
    scope.q && `matching-${searchSlug(scope.q)}`,
  ].filter(Boolean);
  return `figures${parts.length > 0 ? `-${parts.join('-')}` : ''}-${day}${hxl ? '.hxl' : ''}.csv`;
}

/** A text search as a file-name part in ASCII letters and digits ("Air strike!" → "air-strike"; Arabic → "text"). */
function searchSlug(q: string): string {
  return q.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'text';
}
