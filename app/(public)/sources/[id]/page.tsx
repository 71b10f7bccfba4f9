import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryChart } from '@/components/dashboard/category-chart';
import { FigureTable } from '@/components/dashboard/figure-table';
import { groupByCategory } from '@/lib/data/overview';
import { SOURCE_KIND_LABELS } from '@/lib/figures/vocabulary';
import { loadSource, type Props } from './load-source';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadSource(params)).name };
}

export default async function SourcePage({ params }: Props) {
  const source = await loadSource(params);
  return (
    <article data-source-id={source.id}>
      <header className="page-header">
        <p className="breadcrumb">
          <Link href="/#sources-heading">Sources</Link>
        </p>
        <h1>{source.name}</h1>
        <p className="lede">
          {SOURCE_KIND_LABELS[source.kind]}
          {source.description ? ` — ${source.description}` : ''}. {source.figures.length}{' '}
          {source.figures.length === 1 ? 'figure is' : 'figures are'} attributed to it.
        </p>
      </header>
      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">Its figures by category</h2>
        {source.figures.length === 0 ? <p>No figure is attributed to this source.</p> : null}
        {groupByCategory(source.figures).map((group) => (
          <CategoryChart key={group.category} category={group.category} figures={group.figures} columns={['place', 'date']} />
        ))}
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Every figure from {source.shortName ?? source.name}</h2>
        <FigureTable figures={source.figures} caption={`Figures attributed to ${source.name}`} columns={['category', 'place', 'date']} />
      </section>
    </article>
  );
}
