/**
 * The searches behind the admin's search-as-you-type fields (report, source, place, the whole a figure is part
 * of): each a bounded SQL query, so a field stays quick with ten thousand sources as with ten.
 */
import 'server-only';
import { ignoringCase } from '@/lib/db/dialect';
import { prisma } from '@/lib/db/prisma';
import { formatDay } from '@/lib/format/figure';
import { toDateString } from '@/lib/format/dates';

export interface SearchChoice {
  id: number;
  /** What the field shows once chosen: a report's title, a source's or place's name. */
  label: string;
  /** What tells similar choices apart in the list: outlet and date, short name, the place it is in. */
  detail: string | null;
}

/** The most choices a search returns. */
export const SEARCH_RESULT_LIMIT = 20;
/** The most figures of one report offered as the whole a figure is part of. */
export const REPORT_FIGURE_LIMIT = 200;

/** "#12" or "12" also finds the record with that id, as editors quote ids from URLs. */
function idIn(query: string): number | undefined {
  const match = /^#?(\d{1,9})$/.exec(query.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * Names that start with the text come before names that merely contain it: typing "UN" offers "UNICEF" before
 * "Fund for Peace". Two bounded reads, the second skipping what the first found.
 */
type TextMatch = { startsWith: string } | { contains: string };

async function prefixThenContains<Row extends { id: number }>(
  text: string,
  read: (match: TextMatch, excluded: number[], take: number) => Promise<Row[]>,
): Promise<Row[]> {
  const first = await read(ignoringCase({ startsWith: text }), [], SEARCH_RESULT_LIMIT);
  if (first.length >= SEARCH_RESULT_LIMIT || !text) return first;
  const rest = await read(ignoringCase({ contains: text }), first.map((row) => row.id), SEARCH_RESULT_LIMIT - first.length);
  return [...first, ...rest];
}

/** Reports whose title or outlet contains the text (or whose id it is), newest first. */
export async function searchReports(query: string): Promise<SearchChoice[]> {
  const text = query.trim();
  const id = idIn(text);
  const rows = await prisma.report.findMany({
    where: text ? { OR: [{ title: ignoringCase({ contains: text }) }, { outlet: ignoringCase({ contains: text }) }, ...(id ? [{ id }] : [])] } : {},
    select: { id: true, title: true, outlet: true, publishedAt: true },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: SEARCH_RESULT_LIMIT,
  });
  return rows.map((row) => ({ id: row.id, label: row.title, detail: `${row.outlet}, ${formatDay(toDateString(row.publishedAt))}` }));
}

/** Sources whose name, short name or one of whose aliases contains the text, names starting with it first. */
export async function searchSources(query: string): Promise<SearchChoice[]> {
  const text = query.trim();
  const rows = await prefixThenContains(text, (match, excluded, take) =>
    prisma.source.findMany({
      where: {
        id: excluded.length ? { notIn: excluded } : undefined,
        ...(text
          ? {
              OR: [
                { name: match },
                { shortName: match },
                // Aliases are one per line: an alias starting with the text opens the list or follows a line break.
                ...('startsWith' in match ? [{ aliases: match }, { aliases: ignoringCase({ contains: `\n${text}` }) }] : [{ aliases: match }]),
              ],
            }
          : {}),
      },
      select: { id: true, name: true, shortName: true, aliases: true },
      orderBy: { name: 'asc' },
      take,
    }),
  );
  return rows.map((row) => ({ id: row.id, label: row.name, detail: sourceDetail(row, text) }));
}

/** The short name, and the alias that matched when the name itself does not show why the source was found. */
function sourceDetail(source: { name: string; shortName: string | null; aliases: string }, text: string): string | null {
  const lower = text.toLowerCase();
  const alias = lower && !source.name.toLowerCase().includes(lower) && !source.shortName?.toLowerCase().includes(lower)
    ? source.aliases.split('\n').find((candidate) => candidate.toLowerCase().includes(lower))
    : undefined;
  const parts = [source.shortName, alias ? `also “${alias.trim()}”` : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** Places whose name contains the text, names starting with it first, each with the place it lies in. */
export async function searchPlaces(query: string): Promise<SearchChoice[]> {
  const text = query.trim();
  const rows = await prefixThenContains(text, (match, excluded, take) =>
    prisma.place.findMany({
      where: { id: excluded.length ? { notIn: excluded } : undefined, ...(text ? { name: match } : {}) },
      select: { id: true, name: true, parent: { select: { name: true } } },
      orderBy: { name: 'asc' },
      take,
    }),
  );
  return rows.map((row) => ({ id: row.id, label: row.name, detail: row.parent ? `in ${row.parent.name}` : null }));
}

/** How a figure is offered as a whole: its id, the number as written and what it counts. */
export function figureChoiceLabel(figure: { id: number; rawText: string; counted: string }): string {
  return `#${figure.id} ${figure.rawText}: ${figure.counted}`;
}

/** The figures of one report in text order (at most REPORT_FIGURE_LIMIT), as wholes another figure can be part of. */
export async function queryReportFigureChoices(reportId: number): Promise<SearchChoice[]> {
  const rows = await prisma.figure.findMany({
    where: { reportId },
    select: { id: true, rawText: true, counted: true },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    take: REPORT_FIGURE_LIMIT,
  });
  return rows.map((row) => ({ id: row.id, label: figureChoiceLabel(row), detail: null }));
}
