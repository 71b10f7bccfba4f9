import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * Figure CSV files for import tests: a cell changed, a row dropped or added, as a spreadsheet user would, written
 * back with the export's quoting and line ends.
 */
export function csvRecords(csv: string): string[][] {
  return parse(csv, { relax_column_count: true });
}

export function toCsv(records: string[][]): string {
  return stringify(records, { record_delimiter: '\r\n' });
}

/** The file with one cell changed: `row` counts as a spreadsheet does (the header is row 1). */
export function withCell(csv: string, row: number, column: string, value: string): string {
  const records = csvRecords(csv);
  const index = records[0]!.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  records[row - 1]![index] = value;
  return toCsv(records);
}

/** The value of one cell (row counted as a spreadsheet does). */
export function cellOf(csv: string, row: number, column: string): string {
  const records = csvRecords(csv);
  return records[row - 1]![records[0]!.indexOf(column)]!;
}

/** The spreadsheet row number of the first row whose cell in `column` is `value`. */
export function rowWhere(csv: string, column: string, value: string): number {
  const records = csvRecords(csv);
  const index = records[0]!.indexOf(column);
  const found = records.findIndex((record, position) => position > 0 && record[index] === value);
  if (found < 0) throw new Error(`no row with ${column} = ${value}`);
  return found + 1;
}
