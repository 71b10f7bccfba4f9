import type { Metadata } from 'next';
import Link from 'next/link';
import { fetchReports } from '@/lib/data/reports';
import { formatDay } from '@/lib/format/figure';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Reports' };

export default async function ReportsPage() {
  const reports = await fetchReports();
  return (
    <>
      <header className="page-header">
        <h1>Reports</h1>
        <p className="lede">The published texts the figures come from, newest first.</p>
      </header>
      {reports.length === 0 ? <p>No reports yet.</p> : null}
      <ul className="report-list">
        {reports.map((report) => (
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
    </>
  );
}
