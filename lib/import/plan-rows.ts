/**
 * Every row of a file taken through the figure form's rules inside one transaction: the report, source and place
 * matched (or created), the figure schema, the offsets against the report text, the part-of link resolved to a
 * figure of the file or of the same report, the database rules (a part never exceeds its whole), and then the
 * figure written with its revision, so that a later row can be part of it. A row that matches a stored figure
 * (same report, offsets and value) is left as it is. Whether all this is kept is the caller's decision.
 */
import type { SessionUser } from '@/lib/auth/users';
import { insertFigure } from '@/lib/mutations/figure-mutations';
import { checkFigureAgainstDatabase } from '@/lib/mutations/figure-database-rules';
import type { Prisma } from '@/lib/generated/prisma/client';
import { createFigureSchema } from '@/lib/validation/figure';
import { createCatalogMatcher } from './match-catalog';
import { createReportMatcher } from './match-report';
import { creationOrder } from './creation-order';
import type { RowCells } from './read-cells';
import { schemaProblems } from './schema-problems';
import type { CellProblem, PlaceOutcome, RowOutcome, SourceOutcome } from './types';

export interface PlannedImport {
  rows: RowOutcome[];
  sources: SourceOutcome[];
  places: PlaceOutcome[];
}

/** The column a field of the figure schema is read from. */
const FIELD_COLUMNS: Record<string, string> = { reportId: 'reportTitle', sourceId: 'sourceName', placeId: 'placeName', partOfId: 'partOfId' };
const columnOf = (field: string) => FIELD_COLUMNS[field] ?? field;

type WholeOf = { id: number; problems?: never } | { id?: never; problems: CellProblem[] } | null;

export async function planRows(transaction: Prisma.TransactionClient, user: SessionUser, rows: RowCells[]): Promise<PlannedImport> {
  const matchReport = createReportMatcher(transaction);
  const catalog = createCatalogMatcher(transaction, user);
  const order = creationOrder(rows);
  /** The database id each file id stands for, once its row is written or matched; null when its row failed. */
  const idOfFileId = new Map<number, { id: number | null; row: number }>();
  const rowOfCreatedId = new Map<number, number>();
  const outcomes = new Map<number, RowOutcome>();

  async function wholeOf(cells: RowCells, reportId: number): Promise<WholeOf> {
    if (cells.partOfFileId === null) return null;
    const inFile = idOfFileId.get(cells.partOfFileId);
    if (inFile) {
      return inFile.id === null
        ? { problems: [{ column: 'partOfId', message: `Its whole, row ${inFile.row}, has errors: fix that row first` }] }
        : { id: inFile.id };
    }
    if (order.fileIds.has(cells.partOfFileId)) {
      return { problems: [{ column: 'partOfId', message: `Its whole, id ${cells.partOfFileId} of this file, is part of it in turn: a figure cannot be part of its own part` }] };
    }
    const stored = await transaction.figure.findUnique({ where: { id: cells.partOfFileId }, select: { id: true, reportId: true } });
    if (!stored || stored.reportId !== reportId) {
      return { problems: [{ column: 'partOfId', message: `No figure with id ${cells.partOfFileId} in this file or in the same report: a whole is a figure of the same report` }] };
    }
    return { id: stored.id };
  }

  async function planRow(cells: RowCells): Promise<{ outcome: RowOutcome; id: number | null }> {
    const problems: CellProblem[] = [...cells.problems];
    const outcome: RowOutcome = { row: cells.row, status: 'error', rawText: cells.figure.rawText, category: cells.figure.category, reportTitle: cells.report.title, existingFigureId: null, problems };
    if (cells.ragged) return { outcome, id: null };
    // A cell that was refused as it was read has said why; what follows from it (an empty value) would only repeat it.
    const refusedColumns = new Set(cells.problems.map((problem) => problem.column));
    const add = (found: CellProblem[]) => problems.push(...found.filter((problem) => problem.column === null || !refusedColumns.has(problem.column)));
    const report = await matchReport(cells.report);
    if (report.problems) add(report.problems);
    const source = cells.source ? await catalog.resolveSource(cells.source) : null;
    if (source?.problems) add(source.problems);
    const place = cells.place ? await catalog.resolvePlace(cells.place) : null;
    if (place?.problems) add(place.problems);
    const whole = report.report ? await wholeOf(cells, report.report.id) : null;
    if (whole?.problems) add(whole.problems);

    const parsed = createFigureSchema.safeParse({
      ...cells.figure,
      reportId: String(report.report?.id ?? ''),
      sourceId: String(source?.id ?? ''),
      placeId: String(place?.id ?? ''),
      partOfId: String(whole?.id ?? ''),
    });
    // A report that was not found has its own message already; the schema's "choose a report" would repeat it.
    if (!parsed.success) add(schemaProblems(parsed.error, columnOf).filter((problem) => report.report || problem.column !== 'reportTitle'));

    const { start, end } = cells;
    if (report.report && start !== null && end !== null) {
      const found = report.report.body.slice(start, end);
      if (end <= start) problems.push({ column: 'end', message: 'The end offset must be after the start offset' });
      else if (found !== cells.figure.rawText.trim()) {
        problems.push({ column: 'start', message: `The offsets ${start}–${end} point at “${found.slice(0, 60)}” in the report text, not at the number as written “${cells.figure.rawText}”` });
      }
    }
    if (problems.length > 0 || !parsed.success || !report.report || start === null || end === null) return { outcome, id: null };

    const present = await transaction.figure.findFirst({ where: { reportId: report.report.id, start, end, value: parsed.data.value }, select: { id: true } });
    if (present) {
      const earlierRow = rowOfCreatedId.get(present.id);
      if (earlierRow !== undefined) {
        problems.push({ column: null, message: `Row ${earlierRow} gives the same figure (same report, offsets and value)` });
        return { outcome, id: null };
      }
      return { outcome: { ...outcome, status: 'present', existingFigureId: present.id }, id: present.id };
    }

    const checked = await checkFigureAgainstDatabase(transaction, parsed.data, null);
    for (const [field, messages] of Object.entries(checked.errors)) add((messages ?? []).map((message) => ({ column: columnOf(field), message })));
    if (problems.length > 0) return { outcome, id: null };
    const created = await insertFigure(transaction, user, parsed.data, { start, end });
    rowOfCreatedId.set(created.id, cells.row);
    return { outcome: { ...outcome, status: 'create' }, id: created.id };
  }

  for (const cells of order.rows) {
    const { outcome, id } = await planRow(cells);
    if (cells.fileId !== null) idOfFileId.set(cells.fileId, { id, row: cells.row });
    outcomes.set(cells.row, outcome);
  }
  return { rows: [...outcomes.values()].sort((a, b) => a.row - b.row), sources: catalog.sourceOutcomes(), places: catalog.placeOutcomes() };
}
