import type { Metadata } from 'next';
import Link from 'next/link';
import { ScopeNotice } from '@/components/dashboard/overview/scope-notice';
import { PageLinks } from '@/components/dashboard/page-links';
import { fetchReportPage, isReportListKey, REPORT_LIST_KEY_LENGTH } from '@/lib/data/reports';
import { parseCursorParameter } from '@/lib/data/scope';
import { formatDay, formatNumber } from '@/lib/format/figure';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Reports' };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { cursor, problem } = parseCursorParameter(await searchParams, isReportListKey, REPORT_LIST_KEY_LENGTH);
  const page = await fetchReportPage(cursor);
  return (
    <>
      <header className="page-header">
        <h1>Reports</h1>
        <p className="lede">The {formatNumber(page.total)} published texts the figures come from, newest first.</p>
      </header>
      <ScopeNotice problems={problem ? [problem] : []} />
      {page.items.length === 0 ? <p>No reports yet.</p> : null}
      <ul className="report-list">
        {page.items.map((report) => (
          <li key={report.id}>
            <Link href={`/reports/${report.id}`} className="report-link">
              {report.title}
            </Link>
            <span className="muted">
              {' '}
              {report.outlet} · {formatDay(report.publishedAt)} · {report.figureCount} {report.figureCount === 1 ? 'figure' : 'figures'}
            </span>
          </li>
        ))}
      </ul>
      <PageLinks label="Pages of reports" firstHref={cursor ? '/reports' : null} nextHref={page.nextCursor ? `/reports?cursor=${page.nextCursor}` : null} />
    </>
  );
}
