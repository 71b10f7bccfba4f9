/**
 * What a preview or a refused import of a figure file answers: plain JSON, shared by the route handlers and the
 * import page. Rows are numbered as a spreadsheet shows them (the header is row 1).
 */

/** A problem with one cell, or with a row as a whole when `column` is null. */
export interface CellProblem {
  column: string | null;
  message: string;
}

export type RowStatus = 'create' | 'present' | 'error';

export interface RowOutcome {
  row: number;
  status: RowStatus;
  /** The number as written and what is counted, to recognise the row by. */
  rawText: string;
  category: string;
  reportTitle: string;
  /** The stored figure this row matches (same report, offsets and value), when it is already present. */
  existingFigureId: number | null;
  problems: CellProblem[];
}

export interface SourceOutcome {
  name: string;
  kind: string | null;
  status: 'match' | 'create';
  /** The stored source it matched (by name, short name or alias). */
  matched: { id: number; name: string } | null;
}

export interface PlaceOutcome {
  name: string;
  adminCode: string | null;
  latitude: number | null;
  longitude: number | null;
  status: 'match' | 'create';
  matched: { id: number; name: string } | null;
}

export interface ImportCounts {
  create: number;
  present: number;
  errors: number;
}

export interface ImportPreview {
  /** sha256 of the file's bytes (hex): the commit sends it back with the same file. */
  digest: string;
  /** The data generation the preview was made on: the commit is refused if the data changed since. */
  generation: number;
  /** Problems with the file as a whole (not UTF-8, not CSV, missing or unknown columns): nothing can be imported. */
  fileProblems: string[];
  /** What was done to read the file ("byte order mark removed", "HXL hashtag row read"). */
  notices: string[];
  counts: ImportCounts;
  /** Rows with errors first, then those to create, then those already present; at most ROW_LIST_LIMIT. */
  rows: RowOutcome[];
  /** Rows left out of `rows` (their counts are still in `counts`). */
  rowsNotListed: number;
  sources: SourceOutcome[];
  places: PlaceOutcome[];
  /** Whether the commit may go ahead: the file is readable and no row has an error. */
  canCommit: boolean;
}

/** The most rows a preview lists; the counts always cover every row. */
export const ROW_LIST_LIMIT = 1_000;

export interface ImportCommitted {
  created: number;
  present: number;
  sourcesCreated: number;
  placesCreated: number;
}
