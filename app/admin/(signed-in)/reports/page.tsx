import type { Metadata } from 'next';
import Link from 'next/link';
import { BadCursorNotice, ListPager } from '@/components/admin/list-pager';
import { ListSearchForm } from '@/components/admin/list-search-form';
import { requireUser } from '@/lib/auth/session';
import { queryAdminReportPage } from '@/lib/data/admin-catalog-lists';
import { cursorParam, listHref, textParam, type PageSearchParams } from '@/lib/data/admin-list-params';

export const metadata: Metadata = { title: 'Reports' };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireUser('/admin/reports');
  const search = await searchParams;
  const query = textParam(search, 'q');
  const cursor = cursorParam(search);
  const page = await queryAdminReportPage(query, cursor);
  const nextHref = page.nextCursor ? listHref('/admin/reports', { q: query, cursor: page.nextCursor }) : null;
  return (
    <>
      <div className="admin-title-row">
        <h1>Reports</h1>
        <Link className="admin-button admin-button--primary" href="/admin/reports/new">New report</Link>
      </div>
      {page.badCursor ? <BadCursorNotice /> : null}
      <ListSearchForm action="/admin/reports" query={query} label="Find reports" placeholder="title or outlet" />
      <ListPager
        total={page.total}
        shown={page.items.length}
        noun={['report', 'reports']}
        filtered={Boolean(query)}
        nextHref={nextHref}
        firstHref={cursor && !page.badCursor ? listHref('/admin/reports', { q: query }) : null}
      />
      {page.items.length > 0 ? (
        <div className="table-scroll">
          <table className="admin-table">
            <thead><tr><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col">Figures</th><th scope="col">To review</th></tr></thead>
            <tbody>
              {page.items.map((report) => (
                <tr key={report.id}>
                  <td><Link href={`/admin/reports/${report.id}`}>{report.title}</Link></td>
                  <td>{report.outlet}</td>
                  <td className="admin-number">{report.publishedAt}</td>
                  <td className="admin-number"><Link href={`/admin?reportId=${report.id}`}>{report.figures.toLocaleString('en')}</Link></td>
                  <td className="admin-number">
                    {report.pendingProposals > 0 ? <Link href={`/admin/reports/${report.id}/review`}>{report.pendingProposals.toLocaleString('en')}</Link> : 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No report matches. <Link href="/admin/reports">Show all reports</Link></p>
      )}
      {nextHref ? <p className="admin-pager-links admin-pager-links--end"><Link href={nextHref} rel="next">Next page</Link></p> : null}
    </>
  );
}
