/**
 * The columns of the CSV and HXL exports: one row per figure with its provenance, each column with its header, its
 * HXL hashtag (../DESIGN's tags; a figure of any category is one row, so its number is `#indicator+num` with the
 * category in `#indicator+name`, and a range is `+min` / `+max`) and its value. Dates are ISO 8601 days.
 */
import type { FigureView } from '@/lib/data/figures';

export interface FigureColumn {
  header: string;
  hxl: string;
  value: (figure: FigureView) => string | number | null;
}

export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { header: 'id', hxl: '#meta+id', value: (figure) => figure.id },
  { header: 'category', hxl: '#indicator+name', value: (figure) => figure.category },
  { header: 'value', hxl: '#indicator+num', value: (figure) => figure.value },
  { header: 'low', hxl: '#indicator+num+min', value: (figure) => figure.low },
  { header: 'high', hxl: '#indicator+num+max', value: (figure) => figure.high },
  { header: 'qualifier', hxl: '#indicator+qualifier', value: (figure) => figure.qualifier },
  { header: 'rawText', hxl: '#indicator+text', value: (figure) => figure.rawText },
  { header: 'counted', hxl: '#indicator+description', value: (figure) => figure.counted },
  { header: 'quote', hxl: '#description', value: (figure) => figure.quote },
  { header: 'start', hxl: '#meta+start', value: (figure) => figure.start },
  { header: 'end', hxl: '#meta+end', value: (figure) => figure.end },
  { header: 'sourceName', hxl: '#meta+source', value: (figure) => figure.source?.name ?? null },
  { header: 'sourceKind', hxl: '#meta+source+type', value: (figure) => figure.source?.kind ?? null },
  { header: 'placeName', hxl: '#loc+name', value: (figure) => figure.place?.name ?? null },
  { header: 'placeAdminCode', hxl: '#loc+code', value: (figure) => figure.place?.adminCode ?? null },
  { header: 'placeLatitude', hxl: '#geo+lat', value: (figure) => figure.place?.latitude ?? null },
  { header: 'placeLongitude', hxl: '#geo+lon', value: (figure) => figure.place?.longitude ?? null },
  { header: 'date', hxl: '#date+occurred', value: (figure) => figure.date },
  { header: 'grade', hxl: '#meta+grade', value: (figure) => figure.grade },
  { header: 'partOfId', hxl: '#meta+id+partof', value: (figure) => figure.partOfId },
  { header: 'reportId', hxl: '#meta+report+id', value: (figure) => figure.report.id },
  { header: 'reportTitle', hxl: '#meta+report+title', value: (figure) => figure.report.title },
  { header: 'reportOutlet', hxl: '#meta+report+outlet', value: (figure) => figure.report.outlet },
  { header: 'reportPublishedAt', hxl: '#date+reported', value: (figure) => figure.report.publishedAt },
  { header: 'reportUrl', hxl: '#meta+url', value: (figure) => figure.report.url },
];

/** A text that a spreadsheet would run as a formula: it starts with = + - @, a tab or a carriage return. */
export const FORMULA_START = /^[=+\-@\t\r]/;
/** A text that is a formula behind apostrophes: such a text is written with one apostrophe more. */
const NEUTRALISED_START = /^'+[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "-2", "@SUM") is written with a
 * leading apostrophe, the usual defence against CSV injection; numbers are written as they are. A text that already
 * starts with apostrophes before such a character gets one more, so that `restoreNeutralisedCell` gives every text
 * back exactly.
 */
export function neutraliseFormula(cell: string | number | null): string | number | null {
  return typeof cell === 'string' && (FORMULA_START.test(cell) || NEUTRALISED_START.test(cell)) ? `'${cell}` : cell;
}

/** The text a neutralised cell stands for: the apostrophe that `neutraliseFormula` added is taken off again. */
export function restoreNeutralisedCell(cell: string): string {
  return NEUTRALISED_START.test(cell) ? cell.slice(1) : cell;
}

/** A figure as the cells of one export row. */
export function toExportRow(figure: FigureView): Array<string | number | null> {
  return FIGURE_COLUMNS.map((column) => neutraliseFormula(column.value(figure)));
}
