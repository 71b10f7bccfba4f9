/**
 * The stored sources and places a few names could match, found in SQL so the review queue never reads the whole
 * table. The matcher (lib/review/matching.ts) compares normalised names: lower case, `.` and apostrophes dropped,
 * every other character but a–z and 0–9 a word break, no leading "the". This WHERE is a superset of it: a row is a
 * candidate when every word of the normalised name stands as a whole word in its name, its short name or its
 * aliases (with the same characters dropped). The exact matcher then runs on these few rows in JavaScript.
 */
import { Prisma } from '@/lib/generated/prisma/client';
import { sqlHasWholeWord } from '@/lib/db/dialect';
import type { PrismaClient } from '@/lib/db/connect';
import { normaliseName } from '@/lib/review/matching';

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

/**
 * A column as the matcher's words see it, padded with a space each side: lower case (ASCII, as SQLite's lower()),
 * `.` `'` `’` dropped. Computed once per row in a materialised CTE, however many words are looked for.
 */
function paddedText(column: string): Prisma.Sql {
  return Prisma.raw(`' ' || replace(replace(replace(lower(coalesce("${column}", '')), '.', ''), '''', ''), '’', '') || ' '`);
}

/** Every word stands whole in the padded text (an accented letter counts as a break, as it does for the matcher). */
function hasEveryWord(text: string, words: string[]): Prisma.Sql {
  const column = Prisma.raw(`"${text}"`);
  return Prisma.join(words.map((word) => sqlHasWholeWord(column, word)), ' AND ', '(', ')');
}

/** Normalised names with their words; names that normalise to nothing can match nothing and are dropped. */
function wordsOf(names: string[]): Array<{ normalised: string; words: string[] }> {
  const normalised = [...new Set(names.map(normaliseName).filter(Boolean))];
  // Words are a–z and 0–9 only, so they carry no pattern wildcard.
  return normalised.map((name) => ({ normalised: name, words: [...new Set(name.split(' '))] }));
}

/** Rows whose text is one of the names itself (with or without "the "): the likeliest, read first. */
function sameText(texts: string[], normalised: string[]): Prisma.Sql {
  const wanted = normalised.flatMap((name) => [` ${name} `, ` the ${name} `]);
  return Prisma.join(
    texts.map((text) => Prisma.sql`${Prisma.raw(`"${text}"`)} IN (${Prisma.join(wanted)})`),
    ' OR ',
  );
}

/** Sources whose name, short name or an alias could be one of these names. */
export async function findSourceCandidates(database: Reader, names: string[]): Promise<SourceCandidate[]> {
  const wanted = wordsOf(names);
  if (wanted.length === 0) return [];
  const texts = ['nameText', 'shortNameText', 'aliasesText'];
  const anyName = Prisma.join(
    wanted.map(({ words }) => Prisma.join(texts.map((text) => hasEveryWord(text, words)), ' OR ', '(', ')')),
    ' OR ',
  );
  const exact = sameText(['nameText', 'shortNameText'], wanted.map(({ normalised }) => normalised));
  return database.$queryRaw<SourceCandidate[]>`
    WITH "texts" AS MATERIALIZED (
      SELECT "id", "name", "shortName", "aliases",
        ${paddedText('name')} AS "nameText", ${paddedText('shortName')} AS "shortNameText", ${paddedText('aliases')} AS "aliasesText"
      FROM "Source")
    SELECT "id", "name", "shortName", "aliases" FROM "texts"
    WHERE ${anyName}
    ORDER BY CASE WHEN ${exact} THEN 0 ELSE 1 END, length("name"), "id"
    LIMIT ${CANDIDATE_LIMIT}`;
}

/** Places whose name could be one of these names. */
export async function findPlaceCandidates(database: Reader, names: string[]): Promise<PlaceCandidate[]> {
  const wanted = wordsOf(names);
  if (wanted.length === 0) return [];
  const anyName = Prisma.join(wanted.map(({ words }) => hasEveryWord('nameText', words)), ' OR ');
  const exact = sameText(['nameText'], wanted.map(({ normalised }) => normalised));
  return database.$queryRaw<PlaceCandidate[]>`
    WITH "texts" AS MATERIALIZED (SELECT "id", "name", ${paddedText('name')} AS "nameText" FROM "Place")
    SELECT "id", "name" FROM "texts"
    WHERE ${anyName}
    ORDER BY CASE WHEN ${exact} THEN 0 ELSE 1 END, length("name"), "id"
    LIMIT ${CANDIDATE_LIMIT}`;
}
