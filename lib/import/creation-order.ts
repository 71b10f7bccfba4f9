/**
 * The order an import writes its rows in: by their id in the file (rows without one last, by row), except that a
 * whole of the file is always written before its parts, so that each part can point at its whole's new id. Into a
 * database without figures, a file with ids 1..N so keeps its ids. A repeated id, or parts that make a loop, are
 * problems of their rows.
 */
import type { RowCells } from './read-cells';

export interface CreationOrder {
  rows: RowCells[];
  /** The ids the file gives its rows. */
  fileIds: Set<number>;
}

export function creationOrder(input: RowCells[]): CreationOrder {
  const byFileId = new Map<number, RowCells>();
  const rows = input.map((cells) => {
    if (cells.fileId === null) return cells;
    const first = byFileId.get(cells.fileId);
    if (!first) {
      byFileId.set(cells.fileId, cells);
      return cells;
    }
    return { ...cells, fileId: null, problems: [...cells.problems, { column: 'id', message: `Row ${first.row} has the same id ${cells.fileId}: every row needs its own id` }] };
  });
  const byRow = new Map(rows.map((cells) => [cells.row, cells]));
  const wholeOf = (cells: RowCells) => (cells.partOfFileId === null ? undefined : byFileId.get(cells.partOfFileId));

  const sorted = [...rows].sort((a, b) => (a.fileId ?? Number.MAX_SAFE_INTEGER) - (b.fileId ?? Number.MAX_SAFE_INTEGER) || a.row - b.row);
  const state = new Map<number, 'visiting' | 'done'>();
  const ordered: number[] = [];
  for (const start of sorted) {
    // Walk up from the row through its wholes (a loop, not recursion: a chain may be as long as the file).
    const chain: number[] = [];
    let current: RowCells | undefined = start;
    while (current && !state.has(current.row)) {
      state.set(current.row, 'visiting');
      chain.push(current.row);
      current = wholeOf(current);
    }
    if (current && state.get(current.row) === 'visiting') {
      const loop = chain.slice(chain.indexOf(current.row));
      for (const row of loop) {
        const member = byRow.get(row)!;
        const others = loop.filter((other) => other !== row).join(', ');
        const message = `The part-of links make a loop${others ? ` with row ${others}` : ''}: a figure cannot be part of itself or of its own part`;
        byRow.set(row, { ...member, problems: [...member.problems, { column: 'partOfId', message }] });
      }
    }
    for (const row of chain.reverse()) {
      state.set(row, 'done');
      ordered.push(row);
    }
  }
  return { rows: ordered.map((row) => byRow.get(row)!), fileIds: new Set(byFileId.keys()) };
}
