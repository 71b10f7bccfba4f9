import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { parseId } from '@/lib/data/ids';
import { ReportForm } from '@/components/admin/catalog-forms';
import { RevisionHistory } from '@/components/admin/revision-history';
import { requireUser } from '@/lib/auth/session';
import { queryReportForEdit } from '@/lib/data/admin-catalog';
import { queryRecordHistory } from '@/lib/data/revisions';

export const metadata: Metadata = { title: 'Report' };

const LABELS = { title: 'Title', outlet: 'Outlet', publishedAt: 'Published on', url: 'URL', language: 'Language', body: 'Text' };

export default async function EditReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  await requireUser(`/admin/reports/${id}`);
  const recordId = parseId(id);
  if (recordId === null) notFound();
  const [report, history, { saved }] = await Promise.all([queryReportForEdit(recordId), queryRecordHistory('Report', recordId), searchParams]);
  if (!report) notFound();
  return (
    <>
      <p className="admin-breadcrumb"><Link href="/admin/reports">Reports</Link> /</p>
      <h1>{report.fields.title}</h1>
      {saved !== undefined ? <p className="admin-notice admin-notice--success" role="status">Saved.</p> : null}
      <p>
        <Link href={`/admin?reportId=${report.id}`}>Figures of this report</Link> ·{' '}
        <Link href={`/admin/figures/new?reportId=${report.id}`}>Add a figure</Link> ·{' '}
        <Link href={`/admin/reports/${report.id}/review`}>Proposed figures to review</Link>
      </p>
      <ReportForm key={report.version} record={report} />
      <RevisionHistory history={history} labels={LABELS} />
    </>
  );
}
