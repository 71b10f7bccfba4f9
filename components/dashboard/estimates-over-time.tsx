import type { EstimateSeries } from '@/lib/data/estimates';

/** Placeholder until the chart lands: the series as a plain list. */
export function EstimatesOverTime({ series }: { series: EstimateSeries; headingLevel?: 2 | 3 }) {
  return (
    <figure data-estimates={series.key}>
      <figcaption>{series.label} over time</figcaption>
      <ul>
        {series.periods.map((period) => (
          <li key={period.start}>
            {period.start}: {period.low}–{period.high} ({period.figureCount}) latest {period.latest.rawText}
          </li>
        ))}
      </ul>
    </figure>
  );
}
