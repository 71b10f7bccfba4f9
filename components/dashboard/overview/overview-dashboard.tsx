import type { FilterOptions } from '@/lib/data/filter-options';
import type { FigureScope, ScopeProblem } from '@/lib/data/scope';
import type { ScopeNames } from '@/lib/data/scope-names';
import { FilterForm } from '../filter-form';
import { Compositions } from './compositions';
import { EstimatesCharts } from './estimates-charts';
import { HeadlineCards } from './headline-cards';
import { LatestFigures } from './latest-figures';
import { PlaceCounts } from './place-counts';
import { ScopeNotice } from './scope-notice';
import { ScopeSummary } from './scope-summary';
import { SourcesSideBySide } from './sources-side-by-side';
import { Widget } from './widget';

/**
 * The overview of a scope. Every widget reads a bounded, SQL-counted answer and streams on its own; none of them
 * loads the scope's figures, so the page is the same size at a hundred figures and at a hundred thousand.
 */
export function OverviewDashboard({
  scope,
  names,
  problems,
  options,
  streamed,
}: {
  scope: FigureScope;
  names: ScopeNames;
  problems: ScopeProblem[];
  options: FilterOptions;
  /** Stream each widget on its own (a view rendered on request), or write them all in place (a pre-rendered page). */
  streamed: boolean;
}) {
  return (
    <>
      <header className="page-header">
        <h1>Figures from crisis reports</h1>
        <ScopeSummary scope={scope} names={names} />
      </header>
      <ScopeNotice problems={problems} />
      <FilterForm scope={scope} names={names} options={options} />

      <Widget streamed={streamed} id="headlines" title="Headline figures" skeletonHeight={16}>
        <HeadlineCards scope={scope} />
      </Widget>
      <Widget
        streamed={streamed}
        id="estimates"
        title="Estimates over time"
        note="Each period shows the band from the lowest to the highest figure reported for it, and the latest, best-graded estimate as a point. Figures are never added up: reports overlap, and adding them would count the same people twice."
        skeletonHeight={20}
      >
        <EstimatesCharts scope={scope} />
      </Widget>
      <Widget streamed={streamed} id="sources" title="Sources side by side">
        <SourcesSideBySide scope={scope} />
      </Widget>
      <Widget streamed={streamed} id="places" title="Places">
        <PlaceCounts scope={scope} />
      </Widget>
      <Widget streamed={streamed} id="latest" title="Latest figures" skeletonHeight={24}>
        <LatestFigures scope={scope} />
      </Widget>
      <Widget streamed={streamed} id="composition" title="Composition of the population" note="Built from the stored figures and the parts the text gives (“including 80,000 displaced”).">
        <Compositions scope={scope} />
      </Widget>
    </>
  );
}
