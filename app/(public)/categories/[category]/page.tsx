import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryChart } from '@/components/dashboard/category-chart';
import { SourceGroups } from '@/components/dashboard/source-groups';
import { fetchFigures } from '@/lib/data/figures';
import { groupBySource } from '@/lib/data/overview';
import { categoryLabel } from '@/lib/format/category-colours';
import { categoryFrom, type Props } from './category-from';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: categoryLabel(await categoryFrom(params)) };
}

export default async function CategoryPage({ params }: Props) {
  const category = await categoryFrom(params);
  const figures = await fetchFigures({ category });
  const label = categoryLabel(category);
  return (
    <article data-category={category}>
      <header className="page-header">
        <p className="breadcrumb">
          <Link href={`/?category=${category}`}>Overview filtered to {label.toLowerCase()}</Link>
        </p>
        <h1>{label}</h1>
        <p className="lede">
          {figures.length} {figures.length === 1 ? 'figure' : 'figures'} in this category, from every report and source.
        </p>
      </header>
      {figures.length === 0 ? (
        <p>No figures in this category yet.</p>
      ) : (
        <>
          <CategoryChart category={category} figures={figures} headingLevel={2} />
          <section aria-labelledby="by-source-heading">
            <h2 id="by-source-heading">By source</h2>
            <SourceGroups groups={groupBySource(figures)} />
          </section>
        </>
      )}
    </article>
  );
}
