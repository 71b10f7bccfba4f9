/**
 * The cells of one row read strictly, before any schema sees them: text cells come back from the export's
 * formula neutralisation ('=…), and a text that still starts like a formula is refused; numbers must be written
 * with digits only (and a decimal point for coordinates), so that "2,5" or "1.234" is refused rather than guessed.
 */
import { FORMULA_START, restoreNeutralisedCell } from '@/lib/export/figure-columns';
import type { CsvRow } from './parse-csv';
import type { CellProblem } from './types';

export interface RowCells {
  row: number;
  /** The row's id in the file, which its parts' partOfId refer to. */
  fileId: number | null;
  partOfFileId: number | null;
  start: number | null;
  end: number | null;
  /** The figure form's fields, as text, for the figure schema. */
  figure: Record<'category' | 'qualifier' | 'value' | 'low' | 'high' | 'rawText' | 'quote' | 'counted' | 'date' | 'grade', string>;
  source: { name: string; kind: string } | null;
  place: { name: string; adminCode: string; latitude: string; longitude: string } | null;
  report: { title: string; outlet: string; publishedAt: string; url: string };
  problems: CellProblem[];
  /** A ragged row: its cells may be shifted, so nothing else of it is checked. */
  ragged: boolean;
}

const CONTROL_NAMES: Record<string, string> = { '\t': 'a tab', '\r': 'a carriage return' };

export function readRowCells(csvRow: CsvRow): RowCells {
  const problems: CellProblem[] = [...csvRow.problems];
  const raw = (column: string) => csvRow.cells[column] ?? '';

  const text = (column: string): string => {
    const cell = raw(column);
    if (FORMULA_START.test(cell)) {
      const first = CONTROL_NAMES[cell[0]!] ?? `“${cell[0]}”`;
      problems.push({
        column,
        message: `“${cell.slice(0, 40)}” starts with ${first}, as a spreadsheet formula does, so it is refused. The export writes such a text with an apostrophe before it ('${cell.slice(0, 20)}).`,
      });
      return '';
    }
    return restoreNeutralisedCell(cell);
  };

  /** A count for the schema, which gives the messages for negative or too large numbers. */
  const count = (column: string): string => {
    const cell = raw(column).trim();
    if (cell === '' || /^-?\d+$/.test(cell)) return cell;
    problems.push({ column, message: `“${cell}” is not a whole number written with digits only: a separator or decimal (“2,5”, “2.500”) could be misread, so write 2500.` });
    return '';
  };

  const wholeNumber = (column: string, label: string): number | null => {
    const cell = raw(column).trim();
    if (cell === '') return null;
    if (/^\d+$/.test(cell)) return Number(cell);
    const message = /^-\d+$/.test(cell) ? `${label} cannot be negative` : `“${cell}” is not ${label.toLowerCase()} written with digits only`;
    problems.push({ column, message });
    return null;
  };

  const decimal = (column: string): string => {
    const cell = raw(column).trim();
    if (cell === '' || /^-?\d+(\.\d+)?$/.test(cell)) return cell;
    problems.push({ column, message: `“${cell}” is not a number written with digits and a decimal point (33.5): “33,5” could be misread.` });
    return '';
  };

  const fileId = wholeNumber('id', 'An id');
  const partOfFileId = wholeNumber('partOfId', 'An id');
  const start = wholeNumber('start', 'An offset');
  const end = wholeNumber('end', 'An offset');
  if (start === null && !problems.some((problem) => problem.column === 'start')) problems.push({ column: 'start', message: 'The offset where the number starts in the report text is required' });
  if (end === null && !problems.some((problem) => problem.column === 'end')) problems.push({ column: 'end', message: 'The offset where the number ends in the report text is required' });

  const figure = {
    category: text('category'),
    qualifier: text('qualifier'),
    value: count('value'),
    low: count('low'),
    high: count('high'),
    rawText: text('rawText'),
    quote: text('quote'),
    counted: text('counted'),
    date: text('date'),
    grade: text('grade'),
  };

  const sourceName = text('sourceName').trim();
  const sourceKind = text('sourceKind').trim();
  if (!sourceName && sourceKind && !problems.some((problem) => problem.column === 'sourceName')) problems.push({ column: 'sourceName', message: 'A source kind is given without a source name' });

  const place = { name: text('placeName').trim(), adminCode: text('placeAdminCode'), latitude: decimal('placeLatitude'), longitude: decimal('placeLongitude') };
  if (!place.name && (place.adminCode || place.latitude || place.longitude)) {
    problems.push({ column: 'placeName', message: 'A place code or coordinates are given without a place name' });
  }

  const report = { title: text('reportTitle').trim(), outlet: text('reportOutlet').trim(), publishedAt: text('reportPublishedAt').trim(), url: text('reportUrl').trim() };

  return {
    row: csvRow.row,
    fileId,
    partOfFileId,
    start,
    end,
    figure,
    source: sourceName ? { name: sourceName, kind: sourceKind } : null,
    place: place.name ? place : null,
    report,
    problems,
    ragged: csvRow.problems.length > 0,
  };
}
