import type { Metadata } from 'next';
import Link from 'next/link';
import { FigureTable } from '@/components/dashboard/figure-table';
import { ReportText } from '@/components/dashboard/report-text';
import { formatDay } from '@/lib/format/figure';
import { layOutReport } from '@/lib/format/highlight';
import { loadReport, type Props } from './load-report';

/** Pre-rendered on first request (never at build), rendered again after a write expires its data. */
export const dynamicParams = true;

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

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">Figures in this report</h2>
        <FigureTable figures={report.figures} caption="Every figure stored for this report, in the order of the text" />
      </section>
    </article>
  );
}
