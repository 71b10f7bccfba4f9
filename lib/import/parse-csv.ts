/**
 * A figure file's text read as the export writes it (lib/export/figure-columns.ts): the header row with every
 * column of the export and no other (in any order), optionally the HXL hashtag row under it, then one row per
 * figure. Rows keep the number a spreadsheet shows for them: the header is row 1.
 */
import { parse } from 'csv-parse/sync';
import { FIGURE_COLUMNS } from '@/lib/export/figure-columns';
import type { CellProblem } from './types';

export interface CsvRow {
  row: number;
  cells: Record<string, string>;
  /** A row whose number of cells differs from the header's. */
  problems: CellProblem[];
}

export type ParsedCsv = { ok: true; rows: CsvRow[]; hadHxlRow: boolean } | { ok: false; problems: string[] };

const HEADERS = FIGURE_COLUMNS.map((column) => column.header);

function parseRecords(text: string): { ok: true; records: string[][] } | { ok: false; problems: string[] } {
  try {
    return { ok: true, records: parse(text, { relax_column_count: true, skip_empty_lines: false }) };
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`The file is not valid CSV${line ? ` (near line ${line})` : ''}: ${reason}`] };
  }
}

function headerProblems(header: string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (seen.has(name)) problems.push(`Column “${name}” appears twice in the header (row 1, column ${index + 1}).`);
    seen.add(name);
    if (!HEADERS.includes(name)) problems.push(`Unknown column “${name}” in the header (row 1, column ${index + 1}); the columns are those of the CSV export.`);
  });
  for (const name of HEADERS) if (!seen.has(name)) problems.push(`Missing column “${name}”: the header (row 1) must have every column of the CSV export.`);
  return problems;
}

function hxlProblems(header: string[], tags: string[]): string[] {
  return header.flatMap((name, index) => {
    const expected = FIGURE_COLUMNS.find((column) => column.header === name)?.hxl;
    return tags[index] === expected ? [] : [`Row 2, column ${name}: the HXL hashtag is “${tags[index] ?? ''}”, expected “${expected}”.`];
  });
}

/** A row is an HXL hashtag row when every cell that is not empty starts with "#". */
function isHxlRow(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell.trim() !== '');
  return filled.length > 0 && filled.every((cell) => cell.trim().startsWith('#'));
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell === '');
}

export function parseFigureCsv(text: string): ParsedCsv {
  const parsed = parseRecords(text);
  if (!parsed.ok) return parsed;
  const [header, ...body] = parsed.records;
  if (!header || isBlank(header)) return { ok: false, problems: ['The file is empty: it needs the header row of the CSV export, then one row per figure.'] };
  const problems = headerProblems(header);
  const hadHxlRow = body.length > 0 && isHxlRow(body[0]!);
  if (hadHxlRow) problems.push(...hxlProblems(header, body[0]!));
  if (problems.length > 0) return { ok: false, problems };

  const firstRow = hadHxlRow ? 3 : 2;
  const rows: CsvRow[] = [];
  (hadHxlRow ? body.slice(1) : body).forEach((cells, index) => {
    if (isBlank(cells)) return;
    const row = firstRow + index;
    const problems: CellProblem[] =
      cells.length === header.length
        ? []
        : [{ column: null, message: `This row has ${cells.length} cells; the header has ${header.length}. Every row needs one cell per column.` }];
    rows.push({ row, cells: Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ''])), problems });
  });
  return { ok: true, rows, hadHxlRow };
}
