/**
 * The rules a backup must keep across its rows before anything is written: ids and names unique, every reference
 * naming a row of the backup, each figure obeying the app's figure rules (the same zod schema as the figure form:
 * hedge and range; then its offsets giving the number as written in its report's text, a part never larger than
 * its whole, no loop of parts or of places), and each report's hash being the hash of its text.
 */
import { hashReportBody } from '@/lib/reports/body-hash';
import { figureMeasure, updateFigureSchema } from '@/lib/validation/figure';
import { BACKUP_TABLES, type BackupRow, type BackupTable, type FullBackup } from './backup-format';
import { limitProblems, pathText, type BackupProblem } from './read-backup';
import { toDateString } from '@/lib/format/dates';

type Add = (table: BackupTable, index: number, column: string | null, message: string) => void;

function uniqueBy<Row>(rows: readonly Row[], key: (row: Row) => string | number, table: BackupTable, column: string, add: Add): void {
  const seen = new Map<string | number, number>();
  rows.forEach((row, index) => {
    const value = key(row);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else add(table, index, column, `${column} ${JSON.stringify(value)} is already that of ${table}[${first}]`);
  });
}

function idsOf(rows: ReadonlyArray<{ id: number }>): Set<number> {
  return new Set(rows.map((row) => row.id));
}

/** Rows whose parent chain (partOf, parent place) comes back to themselves. */
function loopsIn(rows: ReadonlyArray<{ id: number }>, parentOf: (id: number) => number | null): Set<number> {
  const inLoop = new Set<number>();
  for (const { id } of rows) {
    const visited = new Set<number>();
    for (let current: number | null = parentOf(id); current !== null && !visited.has(current); current = parentOf(current)) {
      if (current === id) {
        inLoop.add(id);
        break;
      }
      visited.add(current);
    }
  }
  return inLoop;
}

function checkReports(reports: readonly BackupRow<'reports'>[], add: Add): void {
  uniqueBy(reports, (report) => report.bodyHash, 'reports', 'bodyHash', add);
  reports.forEach((report, index) => {
    if (hashReportBody(report.body) !== report.bodyHash) add('reports', index, 'bodyHash', 'is not the hash of the report’s text: the text was changed after it was stored');
  });
}

function checkPlaces(places: readonly BackupRow<'places'>[], add: Add): void {
  uniqueBy(places, (place) => place.name, 'places', 'name', add);
  const byId = new Map(places.map((place) => [place.id, place]));
  places.forEach((place, index) => {
    if (place.parentId !== null && !byId.has(place.parentId)) add('places', index, 'parentId', `names place ${place.parentId}, which is not in the backup`);
  });
  const loops = loopsIn(places, (id) => byId.get(id)?.parentId ?? null);
  places.forEach((place, index) => {
    if (loops.has(place.id)) add('places', index, 'parentId', 'makes a loop: the place lies inside itself');
  });
}

function checkFigure(figure: BackupRow<'figures'>, index: number, reportsById: Map<number, BackupRow<'reports'>>, add: Add): void {
  const parsed = updateFigureSchema.safeParse({ ...figure, date: toDateString(figure.date) });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add('figures', index, pathText(issue.path) || null, issue.message);
  }
  const report = reportsById.get(figure.reportId);
  if (!report) add('figures', index, 'reportId', `names report ${figure.reportId}, which is not in the backup`);
  else if (report.body.slice(figure.start, figure.end) !== figure.rawText) {
    add('figures', index, 'start', `offsets ${figure.start}–${figure.end} do not give “${figure.rawText}” in the text of report ${report.id}`);
  }
}

function checkFigures(backup: FullBackup, add: Add): void {
  const { figures } = backup;
  const reportsById = new Map(backup.reports.map((report) => [report.id, report]));
  const sourceIds = idsOf(backup.sources);
  const placeIds = idsOf(backup.places);
  const figuresById = new Map(figures.map((figure) => [figure.id, figure]));
  figures.forEach((figure, index) => {
    checkFigure(figure, index, reportsById, add);
    if (figure.sourceId !== null && !sourceIds.has(figure.sourceId)) add('figures', index, 'sourceId', `names source ${figure.sourceId}, which is not in the backup`);
    if (figure.placeId !== null && !placeIds.has(figure.placeId)) add('figures', index, 'placeId', `names place ${figure.placeId}, which is not in the backup`);
    if (figure.partOfId === null) return;
    const whole = figuresById.get(figure.partOfId);
    if (!whole) return add('figures', index, 'partOfId', `names figure ${figure.partOfId}, which is not in the backup`);
    const partSize = figureMeasure(figure);
    const wholeSize = figureMeasure(whole);
    if (partSize !== null && wholeSize !== null && partSize > wholeSize) {
      add('figures', index, figure.value === null ? 'high' : 'value', `${partSize.toLocaleString('en')} is larger than its whole, figure ${whole.id} (${wholeSize.toLocaleString('en')}): a part never exceeds its whole`);
    }
  });
  const loops = loopsIn(figures, (id) => figuresById.get(id)?.partOfId ?? null);
  figures.forEach((figure, index) => {
    if (loops.has(figure.id)) add('figures', index, 'partOfId', 'makes a loop: the figure would be part of itself');
  });
}

/** Every rule of the backup that its rows break, at most PROBLEM_LIMIT of them; empty when it can be restored. */
export function checkBackupRules(backup: FullBackup): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const add: Add = (table, index, column, message) => {
    const row = backup[table][index] as { id: number };
    problems.push({ path: `${table}[${index}]${column ? `.${column}` : ''}`, message: `${message} (${table.replace(/s$/, '')} ${row.id})` });
  };
  for (const table of BACKUP_TABLES) uniqueBy<{ id: number }>(backup[table], (row) => row.id, table, 'id', add);
  checkReports(backup.reports, add);
  uniqueBy(backup.sources, (source) => source.name, 'sources', 'name', add);
  checkPlaces(backup.places, add);
  checkFigures(backup, add);
  uniqueBy(backup.users, (user) => user.email, 'users', 'email', add);
  const userIds = idsOf(backup.users);
  backup.revisions.forEach((revision, index) => {
    if (revision.userId !== null && !userIds.has(revision.userId)) add('revisions', index, 'userId', `names user ${revision.userId}, who is not in the backup`);
  });
  return limitProblems(problems);
}
