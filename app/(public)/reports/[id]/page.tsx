/**
 * Pre-rendered on first request (never at build) and kept in Next's route cache: every write through the app
 * expires it at once; a write made outside the app is picked up within a minute, or at the next start.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryChart } from '@/components/dashboard/category-chart';
import { ReportText } from '@/components/dashboard/report-text';
import { formatDay } from '@/lib/format/figure';
import { layOutReport } from '@/lib/format/highlight';
import { CATEGORIES } from '@/lib/figures/vocabulary';
import { loadReport, type Props } from './load-report';

export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams(): Array<{ id: string }> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadReport(params)).title };
}

export default async function ReportPage({ params }: Props) {
  const report = await loadReport(params);
  const layout = layOutReport(report.body, report.figures);
  return (
    <article className="report-page" data-report-id={report.id}>
      <header className="page-header">
        <p className="breadcrumb">
          <Link href="/reports">Reports</Link>
        </p>
        <h1>{report.title}</h1>
        <p className="report-meta">
          {report.outlet} · <time dateTime={report.publishedAt}>{formatDay(report.publishedAt)}</time>
          {report.url ? (
            <>
              {' · '}
              <a href={report.url}>original</a>
            </>
          ) : null}
          {' · '}
          {report.figures.length} {report.figures.length === 1 ? 'figure' : 'figures'} highlighted ·{' '}
          <Link href={`/?report=${report.id}`}>chart this report</Link>
        </p>
      </header>

      <section aria-labelledby="text-heading">
        <h2 id="text-heading">Full text</h2>
        <p className="section-note">Every stored figure is highlighted in place; each links to its page.</p>
        <ReportText paragraphs={layout.paragraphs} />
        {layout.unplaced.length > 0 ? (
          <p className="notice" role="note">
            {layout.unplaced.length} {layout.unplaced.length === 1 ? 'figure no longer matches' : 'figures no longer match'} the text at its
            stored position and {layout.unplaced.length === 1 ? 'is' : 'are'} listed below only.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Its figures by category</h2>
        <p className="section-note">
          Each category on its own scale from zero. A dot is a stated number; a band is the range a hedged figure allows (dashed for a
          vague word such as “hundreds”, which has no single value); an arrow marks a range with no upper bound.
        </p>
        {CATEGORIES.map((category) => ({ category, figures: report.figures.filter((figure) => figure.category === category) }))
          .filter((group) => group.figures.length > 0)
          .map((group) => (
            <CategoryChart key={group.category} category={group.category} figures={group.figures} columns={['source', 'place']} />
          ))}
      </section>
    </article>
  );
}
