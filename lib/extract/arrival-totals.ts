/**
 * A running total of arrivals in a country, in a report about refugees, counts refugees: "..., bringing the total
 * number of people from Ardenne arriving in the country to about 30,000 since January". The total is the refugee
 * population the year has brought; arrivals told on their own ("Nearly 300 Ardennians arrived in Bellmoor over the
 * weekend") are still people who fled.
 */
import type { ExtractedFigure } from './types';

// "the total number of people from A arriving in the country to", "the total of arrivals this year at".
const ARRIVAL_TOTAL_BEFORE =
  /\btotal\s+(?:number\s+)?(?:of\s+)?(?:[\w'’-]+\s+){0,6}?(?:arriving|arrived|arrivals|who\s+(?:have|had)\s+(?:arrived|crossed))\b(?:\s+[\w'’-]+){0,5}?\s+(?:to|at)\s+$/i;
const NAMES_REFUGEES = /\brefugees?\b/i;
const LOOKBACK = 140;

/** Gives the refugees category to running totals of arrivals, when the report names refugees anywhere. */
export function readArrivalTotalsAsRefugees(body: string, figures: ExtractedFigure[]): void {
  if (!NAMES_REFUGEES.test(body)) return;
  for (const figure of figures) {
    if (figure.isPercentage || (figure.category !== 'other' && figure.category !== 'fled')) continue;
    const offset = figure.start - figure.sentenceStart;
    if (ARRIVAL_TOTAL_BEFORE.test(figure.sentence.slice(Math.max(0, offset - LOOKBACK), offset))) figure.category = 'refugees';
  }
}
