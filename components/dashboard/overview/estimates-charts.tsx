import { fetchHeadlineEstimates } from '@/lib/data/estimate-series';
import type { FigureScope } from '@/lib/data/scope';
import { EstimatesOverTime } from '../estimates-over-time';

/** The estimates over time of each headline group in the scope. */
export async function EstimatesCharts({ scope }: { scope: FigureScope }) {
  const series = await fetchHeadlineEstimates(scope);
  if (series.length === 0) return <p>No dated figures for this selection.</p>;
  return (
    <>
      {series.map((entry) => (
        <EstimatesOverTime key={entry.key} series={entry} />
      ))}
    </>
  );
}
