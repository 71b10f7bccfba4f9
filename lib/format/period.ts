import type { PeriodGranularity } from '@/lib/data/estimates';

/**
 * How a period of the estimates-over-time chart is named, from its first day: "week of 5 Jun 2017",
 * "June 2017", "2017". The stored day is a plain date, so no time zone is involved.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2017-06-05" and "week" → "week of 5 Jun 2017"; "month" → "June 2017"; "year" → "2017". */
export function formatPeriod(start: string, granularity: PeriodGranularity): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(start);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return start;
  const [, year, , day] = match;
  if (granularity === 'year') return year!;
  if (granularity === 'month') return `${month} ${year}`;
  return `week of ${Number(day)} ${month.slice(0, 3)} ${year}`;
}
