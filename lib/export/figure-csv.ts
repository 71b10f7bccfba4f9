import 'server-only';
import { stringify } from 'csv-stringify/sync';
import type { CursorValue } from '@/lib/data/cursor';
import { queryFigureBatch } from '@/lib/data/figure-list';
import type { FigureScope } from '@/lib/data/scope';
import { FIGURE_COLUMNS, toExportRow } from './figure-columns';

/** How many figures are read from the database and written out at a time: memory stays bounded at any size. */
export const EXPORT_BATCH_SIZE = 1_000;

/**
 * The scope's figures as a CSV stream (UTF-8, no BOM, RFC 4180 quoting by csv-stringify), newest first like the
 * list: the header, the HXL hashtag row when asked for, then one row per figure, read a batch at a time through
 * the list's own sort key, so that every figure is written exactly once and never more than a batch is held. The
 * batches are not counted: the whole scope is never counted again for every thousand figures.
 */
export function streamFigureCsv(scope: FigureScope, { hxl }: { hxl: boolean }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: CursorValue[] | null = null;
  let started = false;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        const heading = [FIGURE_COLUMNS.map((column) => column.header), ...(hxl ? [FIGURE_COLUMNS.map((column) => column.hxl)] : [])];
        controller.enqueue(encoder.encode(stringify(heading, { record_delimiter: '\r\n' })));
        return;
      }
      if (done) {
        controller.close();
        return;
      }
      const batch = await queryFigureBatch(scope, after, EXPORT_BATCH_SIZE);
      if (batch.items.length > 0) controller.enqueue(encoder.encode(stringify(batch.items.map(toExportRow), { record_delimiter: '\r\n' })));
      after = batch.nextKey;
      if (after === null) done = true;
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
  ].filter(Boolean);
  return `figures${parts.length > 0 ? `-${parts.join('-')}` : ''}-${day}${hxl ? '.hxl' : ''}.csv`;
}
