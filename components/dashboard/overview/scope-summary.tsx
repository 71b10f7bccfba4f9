import { fetchScopeTotals } from '@/lib/data/overview';
import type { FigureScope } from '@/lib/data/scope';
import { scopePhrase, type ScopeNames } from '@/lib/data/scope-names';
import { formatNumber } from '@/lib/format/figure';

const plural = (count: number, one: string, many: string) => `${formatNumber(count)} ${count === 1 ? one : many}`;

/** The size of the scope in words: how many figures, reports, sources and places, counted in SQL. */
export async function ScopeSummary({ scope, names }: { scope: FigureScope; names: ScopeNames }) {
  const totals = await fetchScopeTotals(scope);
  return (
    <p className="lede" data-totals={JSON.stringify(totals)}>
      {plural(totals.figures, 'figure', 'figures')}
      {scopePhrase(scope, names)} from {plural(totals.reports, 'report', 'reports')},{' '}
      {plural(totals.sources, 'source', 'sources')} and {plural(totals.places, 'place', 'places')}, each shown as the report
      words it, with its source, place and date. Hedged and vague figures are drawn as ranges, and figures are never added up:
      reports overlap, and two reports of one event count the same people.
    </p>
  );
}
