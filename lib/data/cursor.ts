/**
 * Keyset pagination, the one way every list pages: a page ends with the sort key of its last row, sealed into an
 * opaque cursor; the next page starts strictly after that key. Pages stay as fast at the thousandth page as at
 * the first, and a row added meanwhile never shifts a row onto two pages.
 */

/** One value of a sort key: a date or name (text), a number or id, or null where the column is empty. */
export type CursorValue = string | number | null;

/** One page of a list: its rows, the cursor of the next page (null on the last) and the rows of the whole scope. */
export interface Page<Row> {
  items: Row[];
  nextCursor: string | null;
  total: number;
}

/** The opaque cursor of a sort key (URL-safe base64 of its JSON). */
export function encodeCursor(key: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key a cursor holds, or null when the text is not a cursor of this list: it must decode to an array of
 * `length` values, each a string, a finite number or null.
 */
export function decodeCursor(text: string, length: number): CursorValue[] | null {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(text)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length !== length) return null;
  const valid = decoded.every((value) => value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)));
  return valid ? (decoded as CursorValue[]) : null;
}

/** The largest value of an integer column (ids, offsets): PostgreSQL refuses to compare one with a larger number. */
const LARGEST_INTEGER = 2_147_483_647;

/** Whether a key value is a whole number an integer column can hold, at least `least`. */
export function isIntegerKey(value: CursorValue, least: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= least && value <= LARGEST_INTEGER;
}

/**
 * Whether a key value is a date-time as lists give it (`2017-06-09T00:00:00.000+00:00`, a real day and time): any
 * other text would compare as text on SQLite and fail to compare at all on PostgreSQL.
 */
export function isInstantKey(value: CursorValue): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/.test(value)) return false;
  const parsed = new Date(value);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString() === value.replace('+00:00', 'Z');
}

/**
 * Turns the rows of a read that asked for `limit + 1` rows into a page: the extra row only says that another page
 * follows, and the cursor is the key of the last row shown.
 */
export function toPage<Row>(rows: Row[], limit: number, total: number, keyOf: (row: Row) => readonly CursorValue[]): Page<Row> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null, total };
}
