import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { fetchAdminReports } from '@/lib/data/admin-catalog';

export const metadata: Metadata = { title: 'Reports' };

export default async function ReportsPage() {
  await requireUser('/admin/reports');
  const reports = await fetchAdminReports();
  return (
    <>
      <div className="admin-title-row">
        <h1>Reports</h1>
        <Link className="admin-button admin-button--primary" href="/admin/reports/new">New report</Link>
      </div>
      <div className="table-scroll">
        <table className="admin-table">
          <thead><tr><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col">Figures</th></tr></thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id}>
                <td><Link href={`/admin/reports/${report.id}`}>{report.title}</Link></td>
                <td>{report.outlet}</td>
                <td>{report.publishedAt}</td>
                <td className="admin-number"><Link href={`/admin?reportId=${report.id}`}>{report.figures}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
