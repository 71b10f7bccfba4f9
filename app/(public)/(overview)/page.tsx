import type { Metadata } from 'next';
import { CategoryChart } from '@/components/dashboard/category-chart';
import { Composition } from '@/components/dashboard/composition';
import { FilterForm } from '@/components/dashboard/filter-form';
import { HeadlineCard } from '@/components/dashboard/headline-card';
import { SourceGroups } from '@/components/dashboard/source-groups';
import { hasFilters, parseFigureFilters } from '@/lib/data/figure-filters';
import { fetchOverview } from '@/lib/data/overview';
import { fetchPlaces } from '@/lib/data/places';
import { fetchReports } from '@/lib/data/reports';
import { fetchSources } from '@/lib/data/sources';
import { categoryLabel } from '@/lib/format/category-colours';
import { formatDay } from '@/lib/format/figure';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Overview' };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseFigureFilters(await searchParams);
  const [overview, sources, places, reports] = await Promise.all([fetchOverview(filters), fetchSources(), fetchPlaces(), fetchReports()]);
  // With filters, a card with nothing to show is noise; without them, an empty card says the data has a gap.
  const headlines = hasFilters(filters) ? overview.headlines.filter((headline) => headline.lead !== null) : overview.headlines;
  const report = reports.find((candidate) => candidate.id === filters.reportId);
  const active = [
    filters.category && categoryLabel(filters.category),
    filters.sourceId && (sources.find((source) => source.id === filters.sourceId)?.name ?? 'an unknown source'),
    filters.placeId && (places.find((place) => place.id === filters.placeId)?.name ?? 'an unknown place'),
    filters.reportId && (report ? `${report.outlet}, ${formatDay(report.publishedAt)}` : 'an unknown report'),
  ].filter(Boolean);

  return (
    <>
      <header className="page-header">
        <h1>Figures from crisis reports</h1>
        <p className="lede">
          {overview.figures.length} {overview.figures.length === 1 ? 'figure' : 'figures'}
          {hasFilters(filters) ? ` for ${active.join(', ')}` : ` from ${reports.length} ${reports.length === 1 ? 'report' : 'reports'}`}, each
          shown as the report words it, with its source, place and date. Hedged and vague figures are drawn as ranges.
        </p>
      </header>

      <FilterForm filters={filters} sources={sources} places={places} reports={reports} />

      <section aria-labelledby="headlines-heading">
        <h2 id="headlines-heading">Headline figures</h2>
        <div className="headline-grid">
          {headlines.map((headline) => (
            <HeadlineCard key={headline.key} headline={headline} />
          ))}
        </div>
        {headlines.length === 0 ? <p>No headline figure for this selection.</p> : null}
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Figures by category</h2>
        <p className="section-note">
          Each category on its own scale from zero. A dot is a stated number; a band is the range a hedged figure allows
          (dashed for a vague word such as “hundreds”, which has no single value); an arrow marks a range with no upper
          bound.
        </p>
        {overview.byCategory.length === 0 ? <p>No figures match these filters.</p> : null}
        {overview.byCategory.map((group) => (
          <CategoryChart key={group.category} category={group.category} figures={group.figures} />
        ))}
      </section>

      <section aria-labelledby="composition-heading">
        <h2 id="composition-heading">Composition of the population</h2>
        <p className="section-note">Built from the stored figures and the parts the text gives (“including 80,000 displaced”).</p>
        {overview.compositions.length === 0 ? <p>No population figures for this selection.</p> : null}
        {overview.compositions.map((root) => (
          <Composition key={root.figure.id} root={root} />
        ))}
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Who says what</h2>
        <SourceGroups groups={overview.bySource} />
      </section>
    </>
  );
}
