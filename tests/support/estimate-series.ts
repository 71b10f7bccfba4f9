import type { EstimatePeriod, EstimateSeries, PeriodEstimate } from '@/lib/data/estimates';

/** A period estimate with the fields a test does not care about filled in. */
export function estimate(fields: Partial<PeriodEstimate> & Pick<PeriodEstimate, 'id' | 'rawText' | 'qualifier'>): PeriodEstimate {
  return { value: null, low: null, high: null, date: '2017-06-09', grade: null, sourceName: null, ...fields };
}

function period(start: string, figureCount: number, low: number | null, high: number | null, openHigh: boolean, latest: PeriodEstimate): EstimatePeriod {
  return { start, figureCount, low, high, openHigh, latest };
}

/**
 * Displacement over four weeks: an exact latest figure, a vague one ("thousands", no point), an open-ended one
 * ("at least 10,000") and a range ("between 20,000 and 30,000", no point).
 */
export const DISPLACED_BY_WEEK: EstimateSeries = {
  key: 'displaced',
  label: 'Displaced / fled',
  granularity: 'week',
  periods: [
    period('2017-05-29', 2, 5000, 8000, false, estimate({ id: 11, rawText: '8,000', qualifier: 'exact', value: 8000, low: 8000, high: 8000, date: '2017-06-02', sourceName: 'UNHCR' })),
    period('2017-06-05', 3, 1000, 12000, false, estimate({ id: 12, rawText: 'thousands', qualifier: 'vague', value: null, low: 1000, high: 9999, date: '2017-06-09' })),
    period('2017-06-12', 1, 10000, null, true, estimate({ id: 13, rawText: 'at least 10,000', qualifier: 'at_least', value: 10000, low: 10000, high: null, date: '2017-06-14', sourceName: 'OCHA' })),
    period('2017-06-19', 2, 18000, 30000, false, estimate({ id: 14, rawText: 'between 20,000 and 30,000', qualifier: 'range', value: null, low: 20000, high: 30000, date: '2017-06-21', sourceName: 'UNICEF' })),
  ],
};

export const KILLED_BY_MONTH: EstimateSeries = {
  key: 'killed',
  label: 'Killed',
  granularity: 'month',
  periods: [
    period('2017-05-01', 4, 12, 40, false, estimate({ id: 21, rawText: 'about 35', qualifier: 'about', value: 35, low: 32, high: 39, date: '2017-05-30', sourceName: 'SOHR' })),
    period('2017-06-01', 2, 15, 23, false, estimate({ id: 22, rawText: '23', qualifier: 'exact', value: 23, low: 23, high: 23, date: '2017-06-08', sourceName: 'SOHR' })),
  ],
};

export const NO_PERIODS: EstimateSeries = { key: 'fighters', label: 'Fighters', granularity: 'year', periods: [] };
