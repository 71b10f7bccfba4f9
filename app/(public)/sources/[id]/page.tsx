/**
 * Pre-rendered on first request (never at build) and kept in Next's route cache: every write through the app
 * expires it at once; a write made outside the app is picked up within a minute, or at the next start.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { EstimatesOverTime } from '@/components/dashboard/estimates-over-time';
import { FigurePageTable } from '@/components/dashboard/figure-page-table';
import { fetchHeadlineEstimates } from '@/lib/data/estimate-series';
import { fetchFigurePage } from '@/lib/data/figure-list';
import { formatNumber } from '@/lib/format/figure';
import { SOURCE_KIND_LABELS } from '@/lib/figures/vocabulary';
import { loadSource, type Props } from './load-source';

export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams(): Array<{ id: string }> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadSource(params)).name };
}

export default async function SourcePage({ params }: Props) {
  const source = await loadSource(params);
  const scope = { sourceId: source.id };
  const [series, page] = await Promise.all([fetchHeadlineEstimates(scope), fetchFigurePage(scope)]);
  return (
    <article data-source-id={source.id}>
      <header className="page-header">
        <p className="breadcrumb">
          <Link href={`/?source=${source.id}`}>Overview of this source’s figures</Link>
        </p>
        <h1>{source.name}</h1>
        <p className="lede">
          {SOURCE_KIND_LABELS[source.kind]}
          {source.description ? ` — ${source.description}` : ''}. {formatNumber(source.figureCount)}{' '}
          {source.figureCount === 1 ? 'figure is' : 'figures are'} attributed to it.
        </p>
      </header>
      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">Its estimates over time</h2>
        {series.length === 0 ? <p>No dated figure in the headline groups is attributed to this source.</p> : null}
        {series.map((entry) => (
          <EstimatesOverTime key={entry.key} series={entry} />
        ))}
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Its figures, newest first</h2>
        <FigurePageTable page={page} scope={scope} caption={`Figures attributed to ${source.name}`} columns={['category', 'place', 'date']} isFirstPage />
      </section>
    </article>
  );
}
