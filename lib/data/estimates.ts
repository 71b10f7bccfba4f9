/**
 * Estimates over time: for each period, the band from the lowest to the highest figure reported for it, and the
 * latest, best-graded estimate as a point. Reports overlap (two reports of one strike count the same dead), so a
 * period is never the sum of its figures.
 */

import type { Grade, Qualifier } from '@/lib/figures/vocabulary';

/** How long one period of the chart is; chosen from the span of the dates in scope. */
export type PeriodGranularity = 'week' | 'month' | 'year';

/** The estimate of a period that is drawn as its point: the latest figure, the better graded first on a tie. */
export interface PeriodEstimate {
  id: number;
  rawText: string;
  qualifier: Qualifier;
  value: number | null;
  low: number | null;
  high: number | null;
  /** YYYY-MM-DD */
  date: string;
  grade: Grade | null;
  sourceName: string | null;
}

export interface EstimatePeriod {
  /** First day of the period, YYYY-MM-DD (a Monday for weeks, the 1st for months, 1 January for years). */
  start: string;
  figureCount: number;
  /** The lowest number any figure of the period allows (its low, or its value when it has no low). */
  low: number | null;
  /** The highest bound any figure of the period states (its high, or its value when it has no high). */
  high: number | null;
  /** Whether a figure of the period has no upper bound ("at least 10"), so the band is open above `high`. */
  openHigh: boolean;
  latest: PeriodEstimate;
}

/** One headline group's estimates over time (for example "Displaced / fled": displaced, fled and refugees). */
export interface EstimateSeries {
  key: string;
  label: string;
  granularity: PeriodGranularity;
  periods: EstimatePeriod[];
}
