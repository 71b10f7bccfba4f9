import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportForm } from '@/components/admin/catalog-forms';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New report' };

export default async function NewReportPage() {
  await requireUser('/admin/reports/new');
  return (
    <>
      <p className="admin-breadcrumb"><Link href="/admin/reports">Reports</Link> /</p>
      <h1>Add a report</h1>
      <p>Paste the article&apos;s text: its figures are proposed for you to accept, correct or reject on the next page.</p>
      <ReportForm />
    </>
  );
}
