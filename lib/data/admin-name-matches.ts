import { Prisma } from '@/lib/generated/prisma/client';
import type { PrismaClient } from '@/lib/db/connect';
import { normaliseName } from '@/lib/review/matching';

/**
 * The stored sources and places a few names could match, found in SQL so the review queue never reads the whole
 * table. The matcher (lib/review/matching.ts) compares normalised names: lower case, `.` and apostrophes dropped,
 * every other character but a–z and 0–9 a word break, no leading "the". This WHERE is a superset of it: a row is a
 * candidate when every word of the normalised name stands as a whole word in its name, its short name or its
 * aliases (with the same characters dropped). The exact matcher then runs on these few rows in JavaScript.
 */
export interface SourceCandidate {
  id: number;
  name: string;
  shortName: string | null;
  aliases: string;
}

export interface PlaceCandidate {
  id: number;
  name: string;
}

/** The most candidate rows read for one lookup; the likeliest (same text, then shortest) come first. */
export const CANDIDATE_LIMIT = 200;

type Reader = Pick<PrismaClient, '$queryRaw'> | Pick<Prisma.TransactionClient, '$queryRaw'>;

/** The column as the words of the matcher see it: lower case (ASCII, as SQLite's lower()), `.` `'` `’` dropped. */
function stripped(column: string): Prisma.Sql {
  return Prisma.raw(`replace(replace(replace(lower(coalesce("${column}", '')), '.', ''), '''', ''), '’', '')`);
}

/**
 * The word stands whole in the column: padded with spaces, it sits between two characters that are neither a–z
 * nor 0–9 (GLOB reads UTF-8, so an accented letter counts as a break, as it does for the matcher).
 */
function hasWord(column: string, word: string): Prisma.Sql {
  return Prisma.sql`(' ' || ${stripped(column)} || ' ') GLOB ${`*[^a-z0-9]${word}[^a-z0-9]*`}`;
}

function hasEveryWord(column: string, words: string[]): Prisma.Sql {
  return Prisma.join(words.map((word) => hasWord(column, word)), ' AND ', '(', ')');
}

/** Normalised names with their words; names that normalise to nothing can match nothing and are dropped. */
function wordsOf(names: string[]): Array<{ normalised: string; words: string[] }> {
  const normalised = [...new Set(names.map(normaliseName).filter(Boolean))];
  // Words are a–z and 0–9 only, so they carry no GLOB wildcard.
  return normalised.map((name) => ({ normalised: name, words: [...new Set(name.split(' '))] }));
}

/** Candidates whose column, stripped, is the name itself (with or without "the "): the likeliest, read first. */
function sameText(columns: string[], normalised: string[]): Prisma.Sql {
  const texts = normalised.flatMap((name) => [name, `the ${name}`]);
  return Prisma.join(
    columns.map((column) => Prisma.sql`${stripped(column)} IN (${Prisma.join(texts)})`),
    ' OR ',
  );
}

/** Sources whose name, short name or an alias could be one of these names. */
export async function findSourceCandidates(database: Reader, names: string[]): Promise<SourceCandidate[]> {
  const wanted = wordsOf(names);
  if (wanted.length === 0) return [];
  const columns = ['name', 'shortName', 'aliases'];
  const anyName = Prisma.join(
    wanted.map(({ words }) => Prisma.join(columns.map((column) => hasEveryWord(column, words)), ' OR ', '(', ')')),
    ' OR ',
  );
  const exact = sameText(['name', 'shortName'], wanted.map(({ normalised }) => normalised));
  return database.$queryRaw<SourceCandidate[]>`
    SELECT "id", "name", "shortName", "aliases" FROM "Source"
    WHERE ${anyName}
    ORDER BY CASE WHEN ${exact} THEN 0 ELSE 1 END, length("name"), "id"
    LIMIT ${CANDIDATE_LIMIT}`;
}

/** Places whose name could be one of these names. */
export async function findPlaceCandidates(database: Reader, names: string[]): Promise<PlaceCandidate[]> {
  const wanted = wordsOf(names);
  if (wanted.length === 0) return [];
  const anyName = Prisma.join(wanted.map(({ words }) => hasEveryWord('name', words)), ' OR ');
  const exact = sameText(['name'], wanted.map(({ normalised }) => normalised));
  return database.$queryRaw<PlaceCandidate[]>`
    SELECT "id", "name" FROM "Place"
    WHERE ${anyName}
    ORDER BY CASE WHEN ${exact} THEN 0 ELSE 1 END, length("name"), "id"
    LIMIT ${CANDIDATE_LIMIT}`;
}
