import type { Qualifier } from '@/lib/figures/vocabulary';

/**
 * The one place where stored integers and hedges become the text a reader sees. Pages, tables, chart labels and
 * chart axes all format through here, so a vague figure can never show up as a precise number anywhere.
 */

/** The fields formatting needs; FigureView and the chart rows both satisfy it. */
export interface FigureNumbers {
  qualifier: Qualifier;
  value: number | null;
  low: number | null;
  high: number | null;
  rawText: string;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 40000 → "40,000". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * Round, evenly spaced axis ticks from zero to just past `largest` (steps of 1, 2, 2.5 or 5 times a power of
 * ten), so every tick label is an exact number: 0, 500, 1,000 … 3,000.
 */
export function axisTicks(largest: number, count = 4): number[] {
  if (largest <= 0) return [0, 1];
  const rough = largest / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((multiple) => multiple * power >= rough) ?? 10) * power;
  const end = Math.ceil((largest * 1.04) / step) * step;
  return Array.from({ length: Math.round(end / step) + 1 }, (_, index) => Math.round(index * step));
}

/** The hedge word before a stated number ("an estimated 40,000", "up to 2,500"). */
const STATED_PREFIX: Record<Exclude<Qualifier, 'range' | 'vague'>, string> = {
  exact: '',
  about: 'about ',
  estimated: 'an estimated ',
  up_to: 'up to ',
  at_least: 'at least ',
  more_than: 'more than ',
  fewer_than: 'fewer than ',
};

/**
 * The word of a vague quantity as the report wrote it, lower-cased and without quotation marks
 * ("\"Hundreds\"" → "hundreds", "Tens of thousands" → "tens of thousands").
 */
export function vagueWord(rawText: string): string {
  const word = rawText.replace(/["“”'‘’]/g, '').trim().replace(/\s+/g, ' ').toLowerCase();
  return word || 'an unstated number';
}

/**
 * A figure as a reader should see it: "23", "about 160,000", "an estimated 40,000", "up to 2,500",
 * "between 50 and 70", "hundreds". A vague figure shows its word, never a number.
 */
export function formatFigure(figure: FigureNumbers): string {
  if (figure.qualifier === 'vague') return vagueWord(figure.rawText);
  if (figure.qualifier === 'range' || figure.value === null) {
    if (figure.low !== null && figure.high !== null) {
      return figure.low === figure.high ? formatNumber(figure.low) : `between ${formatNumber(figure.low)} and ${formatNumber(figure.high)}`;
    }
    if (figure.low !== null) return `at least ${formatNumber(figure.low)}`;
    if (figure.high !== null) return `up to ${formatNumber(figure.high)}`;
    return vagueWord(figure.rawText);
  }
  return `${STATED_PREFIX[figure.qualifier]}${formatNumber(figure.value)}`;
}

/**
 * The range a figure allows: "36,000–44,000", "up to 2,500", "10 or more", "23" for an exact figure, or
 * "unknown" when no bound is stored.
 */
export function formatRange(figure: Pick<FigureNumbers, 'low' | 'high'>): string {
  const { low, high } = figure;
  if (low !== null && high !== null) return low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  if (high !== null) return `up to ${formatNumber(high)}`;
  if (low !== null) return `${formatNumber(low)} or more`;
  return 'unknown';
}

/** Whether the figure stands for more than one possible number (a hedge, a range or a vague word). */
export function isHedged(figure: Pick<FigureNumbers, 'qualifier' | 'low' | 'high'>): boolean {
  return figure.qualifier !== 'exact' || figure.low === null || figure.high === null || figure.low !== figure.high;
}

/** How each hedge is described beside its number. */
export const HEDGE_DESCRIPTIONS: Record<Qualifier, string> = {
  exact: 'exact',
  about: 'approximate',
  estimated: 'estimate',
  up_to: 'a maximum',
  fewer_than: 'a maximum',
  at_least: 'a minimum',
  more_than: 'a minimum',
  range: 'a range',
  vague: 'a vague word, no single number',
};

/**
 * The hedge in words, for the line beside a number: "exact", "estimate; range 36,000–44,000",
 * "a maximum; no lower bound stated", "a vague word, no single number; range 200–999".
 */
export function formatHedge(figure: FigureNumbers): string {
  if (!isHedged(figure)) return 'exact';
  const description = HEDGE_DESCRIPTIONS[figure.qualifier];
  if (figure.low === null && figure.high !== null) return `${description}; no lower bound stated`;
  if (figure.high === null && figure.low !== null) return `${description}; no upper bound stated`;
  return `${description}; range ${formatRange(figure)}`;
}

/** Whether the range says more than the figure as formatted ("up to 2,500" says all there is). */
export function rangeAddsInformation(figure: FigureNumbers): boolean {
  return isHedged(figure) && formatRange(figure) !== formatFigure(figure);
}

/** One sentence for screen readers and text summaries: "an estimated 40,000 (range 36,000–44,000)". */
export function formatFigureWithRange(figure: FigureNumbers): string {
  return rangeAddsInformation(figure) ? `${formatFigure(figure)} (range ${formatRange(figure)})` : formatFigure(figure);
}

/**
 * What a chart draws for a figure: a point only where the report states a single number, and a range wherever
 * the figure is hedged. With no lower bound ("up to") the range starts at zero; with no upper bound ("at least")
 * it runs to the end of the axis and is flagged so the chart can mark it open.
 */
export interface ChartExtent {
  point: number | null;
  low: number;
  high: number;
  openHigh: boolean;
}

export function chartExtent(figure: FigureNumbers, axisEnd: number): ChartExtent {
  const point = figure.qualifier === 'vague' || figure.qualifier === 'range' ? null : figure.value;
  return { point, low: figure.low ?? 0, high: figure.high ?? axisEnd, openHigh: figure.high === null };
}

/** The largest number a set of figures can reach, for a shared axis (open upper bounds count at their value). */
export function largestBound(figures: FigureNumbers[]): number {
  return figures.reduce((largest, figure) => Math.max(largest, figure.high ?? 0, figure.value ?? 0, figure.low ?? 0), 0);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2017-06-09" → "9 June 2017" (no time zone involved: the stored date is a day). */
export function formatDay(day: string | null): string {
  if (!day) return 'date not stated';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const [, year, month, date] = match;
  return `${Number(date)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/**
 * The spread of a group of figures ("12–4,500"): from the lowest to the highest number they allow, never a sum,
 * with a note when one of them has no upper bound. Null when the figures state no number at all.
 */
export function formatSpread(spread: { low: number | null; high: number | null; openHigh: boolean }): string | null {
  if (spread.low === null && spread.high === null) return null;
  const range = formatRange(spread);
  return spread.openHigh && spread.high !== null ? `${range}, or more (one figure gives no upper bound)` : range;
}
