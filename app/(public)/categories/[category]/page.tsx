/**
 * Pre-rendered on first request (never at build) and kept in Next's route cache: every write through the app
 * expires it at once; a write made outside the app is picked up within a minute, or at the next start.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { EstimatesOverTime } from '@/components/dashboard/estimates-over-time';
import { FigurePageTable } from '@/components/dashboard/figure-page-table';
import { fetchEstimateSeries } from '@/lib/data/estimate-series';
import { fetchFigurePage } from '@/lib/data/figure-list';
import { formatNumber } from '@/lib/format/figure';
import { CATEGORIES, CATEGORY_LABELS } from '@/lib/figures/vocabulary';
import { categoryFrom, type Props } from './category-from';

export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams(): Array<{ category: string }> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: CATEGORY_LABELS[await categoryFrom(params)] };
}

export default async function CategoryPage({ params }: Props) {
  const category = await categoryFrom(params);
  const scope = { category };
  const [series, page] = await Promise.all([fetchEstimateSeries(scope, [category]), fetchFigurePage(scope)]);
  const label = CATEGORY_LABELS[category];
  return (
    <article data-category={category}>
      <header className="page-header">
        <p className="breadcrumb">
          <Link href={`/?category=${category}`}>Overview filtered to {label.toLowerCase()}</Link>
        </p>
        <h1>{label}</h1>
        <p className="lede">
          {formatNumber(page.total)} {page.total === 1 ? 'figure' : 'figures'} in this category, from every report and source.
        </p>
      </header>
      {page.total === 0 ? (
        <p>No figures in this category yet.</p>
      ) : (
        <>
          <EstimatesOverTime series={{ key: category, label, ...series }} headingLevel={2} />
          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">The figures, newest first</h2>
            <FigurePageTable page={page} scope={scope} caption={`${label}: the most recent figures`} columns={['source', 'place', 'date']} isFirstPage />
          </section>
        </>
      )}
      <nav aria-label="Other categories" className="category-links">
        {CATEGORIES.filter((other) => other !== category).map((other) => (
          <Link key={other} href={`/categories/${other}`}>
            {CATEGORY_LABELS[other]}
          </Link>
        ))}
      </nav>
    </article>
  );
}
