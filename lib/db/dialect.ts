/**
 * The few SQL expressions that SQLite and PostgreSQL write differently, each written once per dialect here so the
 * raw queries of lib/data and lib/import stay one text. The dialect is that of DATABASE_URL, the database the
 * app's client opens. SQLite stores a date-time as ISO text (`2017-06-09T00:00:00.000+00:00`), PostgreSQL as
 * `timestamp(3)` holding UTC; both compare with a bound day (`'2017-06-09'`) or ISO text alike.
 */
import { getEnv, isPostgresqlUrl } from '@/lib/env';
import { Prisma } from '@/lib/generated/prisma/client';

export type Dialect = 'sqlite' | 'postgresql';

export function currentDialect(): Dialect {
  return isPostgresqlUrl(getEnv().DATABASE_URL) ? 'postgresql' : 'sqlite';
}

const onPostgresql = () => currentDialect() === 'postgresql';

/** The day of a date-time column, as text `YYYY-MM-DD`. */
export function sqlDay(column: Prisma.Sql): Prisma.Sql {
  return onPostgresql() ? Prisma.sql`to_char(${column}, 'YYYY-MM-DD')` : Prisma.sql`substr(${column}, 1, 10)`;
}

/**
 * A date-time column as the ISO text SQLite stores (`YYYY-MM-DDTHH:MM:SS.mmm+00:00`): a sort key and cursor value
 * that reads the same on both databases and compares with the column again.
 */
export function sqlDateText(column: Prisma.Sql): Prisma.Sql {
  return onPostgresql() ? Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"')` : Prisma.sql`CAST(${column} AS TEXT)`;
}

/** The first day of the period (year, month, or the week starting Monday) a date-time falls in, as `YYYY-MM-DD`. */
export function sqlPeriodStart(column: Prisma.Sql, period: 'year' | 'month' | 'week'): Prisma.Sql {
  // The unit is written into the SQL, not bound: a GROUP BY must repeat the select's expression exactly.
  if (onPostgresql()) return Prisma.sql`to_char(date_trunc(${Prisma.raw(`'${period}'`)}, ${column}), 'YYYY-MM-DD')`;
  if (period === 'year') return Prisma.sql`substr(${column}, 1, 4) || '-01-01'`;
  if (period === 'month') return Prisma.sql`substr(${column}, 1, 7) || '-01'`;
  return Prisma.sql`date(substr(${column}, 1, 10), '-' || ((CAST(strftime('%w', substr(${column}, 1, 10)) AS INTEGER) + 6) % 7) || ' days')`;
}

/** How many days a date-time column lies from a day `YYYY-MM-DD`, either way. */
export function sqlDaysApart(column: Prisma.Sql, day: string): Prisma.Sql {
  return onPostgresql()
    ? Prisma.sql`ABS(CAST(${column} AS date) - CAST(${day} AS date))`
    : Prisma.sql`ABS(julianday(substr(${column}, 1, 10)) - julianday(${day}))`;
}

/**
 * Whether a text column matches a LIKE pattern (with `\` escaping `%`, `_` and itself), ignoring case: SQLite's LIKE
 * ignores ASCII case, PostgreSQL's ILIKE any case.
 */
export function sqlLike(column: Prisma.Sql, pattern: string): Prisma.Sql {
  return onPostgresql() ? Prisma.sql`${column} ILIKE ${pattern} ESCAPE '\\'` : Prisma.sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/**
 * A nullable column, greatest first and empty last, as SQLite orders `DESC` (PostgreSQL puts NULL first unless
 * told otherwise).
 */
export function sqlDescendingNullsLast(column: Prisma.Sql): Prisma.Sql {
  return onPostgresql() ? Prisma.sql`${column} DESC NULLS LAST` : Prisma.sql`${column} DESC`;
}

/**
 * Whether `word` (a–z and 0–9 only) stands whole in a text column padded with a space each side: between two
 * characters that are neither a–z nor 0–9. A plain substring test comes first: far cheaper than the pattern, it
 * rules out most rows on its own.
 */
export function sqlHasWholeWord(column: Prisma.Sql, word: string): Prisma.Sql {
  if (!/^[a-z0-9]+$/.test(word)) throw new Error(`Not a word of a–z and 0–9: ${word}`);
  return onPostgresql()
    ? Prisma.sql`strpos(${column}, ${word}) > 0 AND ${column} ~ ${`[^a-z0-9]${word}[^a-z0-9]`}`
    : Prisma.sql`instr(${column}, ${word}) > 0 AND ${column} GLOB ${`*[^a-z0-9]${word}[^a-z0-9]*`}`;
}

/**
 * A Prisma text filter (`contains`, `startsWith`) that ignores case on both databases: SQLite's LIKE ignores ASCII
 * case by itself; PostgreSQL needs `mode: 'insensitive'`, which the SQLite client's types do not have.
 */
export function ignoringCase<Filter extends { contains: string } | { startsWith: string }>(filter: Filter): Filter {
  return onPostgresql() ? ({ ...filter, mode: 'insensitive' }) : filter;
}

/**
 * Makes concurrent transactions that name the same keys run one after another, from this call to their commit.
 * SQLite needs nothing: its first write takes the database's one write lock. PostgreSQL takes a transaction-scoped
 * advisory lock per key, in sorted order so that two transactions never wait for each other.
 */
export async function serializeOnKeys(transaction: Pick<Prisma.TransactionClient, '$executeRaw'>, keys: readonly string[]): Promise<void> {
  if (!onPostgresql()) return;
  for (const key of [...new Set(keys)].sort()) {
    await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
  }
}
