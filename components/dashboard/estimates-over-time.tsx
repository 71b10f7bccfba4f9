import Link from 'next/link';
import type { EstimatePeriod, EstimateSeries } from '@/lib/data/estimates';
import { categoryColour } from '@/lib/format/category-colours';
import { formatDay, formatFigure, formatNumber } from '@/lib/format/figure';
import { formatPeriod } from '@/lib/format/period';
import { isCategory } from '@/lib/figures/vocabulary';
import type { EstimatesChartPeriod } from './estimates-chart';
import { LazyEstimatesChart } from './lazy-charts';

/** Why a period is a band and not a total; said in every caption, because a sum would look like a count. */
export const ESTIMATES_EXPLANATION =
  'Each band shows the spread of the estimates reported for its period, from the lowest to the highest; the point is the latest estimate, where it states a single number. Figures are never added up across reports, because reports overlap: two reports of the same event count the same people.';

const NEUTRAL_COLOUR = '#8a949d';

function lowest(period: EstimatePeriod): string {
  return period.low === null ? 'none stated' : formatNumber(period.low);
}

function highest(period: EstimatePeriod): string {
  if (period.high === null) return period.openHigh ? 'no upper bound stated' : 'none stated';
  return period.openHigh ? `${formatNumber(period.high)} or more` : formatNumber(period.high);
}

/** "1 figure", "3 figures". */
function figureCount(count: number): string {
  return count === 1 ? '1 figure' : `${count} figures`;
}

/** The text summary of the chart: how many periods, their span, and the latest estimate as written. */
export function summariseEstimates(series: EstimateSeries): string {
  const { periods } = series;
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return `No dated figures for ${series.label.toLowerCase()}.`;
  const figures = periods.reduce((total, period) => total + period.figureCount, 0);
  const span =
    periods.length === 1
      ? `1 period, ${formatPeriod(first.start, series.granularity)}`
      : `${periods.length} periods, from ${formatPeriod(first.start, series.granularity)} to ${formatPeriod(last.start, series.granularity)}`;
  const source = last.latest.sourceName ? `, according to ${last.latest.sourceName}` : '';
  return `${span}, with ${figureCount(figures)}. The latest estimate is ${formatFigure(last.latest)}${source} (${formatDay(last.latest.date)}).`;
}

function toChartPeriod(period: EstimatePeriod, series: EstimateSeries): EstimatesChartPeriod {
  const { id, qualifier, value, low, high, rawText } = period.latest;
  return {
    label: formatPeriod(period.start, series.granularity),
    low: period.low,
    high: period.high,
    openHigh: period.openHigh,
    latest: { id, qualifier, value, low, high, rawText },
  };
}

/**
 * One series of estimates over time: a caption with a text summary, the chart (loaded after the page, hidden
 * from assistive technology) and a table of the same numbers, linked to each latest figure.
 */
export function EstimatesOverTime({ series, headingLevel = 3 }: { series: EstimateSeries; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = `${series.label} over time`;
  const colour = isCategory(series.key) ? categoryColour(series.key) : NEUTRAL_COLOUR;
  return (
    <figure className="chart-panel estimates-over-time" data-chart={title} data-series={series.key}>
      <figcaption>
        <Heading className="chart-title">{title}</Heading>
        <p className="chart-summary">{summariseEstimates(series)}</p>
        {series.periods.length > 0 ? <p className="chart-summary">{ESTIMATES_EXPLANATION}</p> : null}
      </figcaption>
      {series.periods.length > 0 ? (
        <>
          <div className="chart-canvas" aria-hidden="true">
            <LazyEstimatesChart periods={series.periods.map((period) => toChartPeriod(period, series))} colour={colour} />
          </div>
          <div className="table-scroll">
            <table className="figure-table estimates-table">
              <caption>{`${series.label}: the estimates of each period`}</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Figures</th>
                  <th scope="col">Lowest</th>
                  <th scope="col">Highest</th>
                  <th scope="col">Latest estimate</th>
                </tr>
              </thead>
              <tbody>
                {series.periods.map((period) => (
                  <tr key={period.start} data-period={period.start}>
                    <th scope="row" className="nowrap">
                      {formatPeriod(period.start, series.granularity)}
                    </th>
                    <td data-label="Figures">{period.figureCount}</td>
                    <td className="nowrap" data-label="Lowest">
                      {lowest(period)}
                    </td>
                    <td className="nowrap" data-label="Highest">
                      {highest(period)}
                    </td>
                    <td data-label="Latest estimate">
                      <Link href={`/figures/${period.latest.id}`}>{formatFigure(period.latest)}</Link>
                      <span className="muted">
                        {' '}
                        · {period.latest.sourceName ?? 'not attributed'} · {formatDay(period.latest.date)}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </figure>
  );
}
