import type { Metadata } from 'next';
import Link from 'next/link';
import { FigureForm } from '@/components/admin/figure-form';
import { requireUser } from '@/lib/auth/session';
import { queryFigureFormOptions, queryNewFigureReport } from '@/lib/data/admin-figures';
import { idParam, type PageSearchParams } from '@/lib/data/admin-list-params';
import { labelFieldOf } from '@/lib/data/admin-search-fields';

export const metadata: Metadata = { title: 'New figure' };

export default async function NewFigurePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireUser('/admin/figures/new');
  const report = await queryNewFigureReport(idParam(await searchParams, 'reportId'));
  const options = await queryFigureFormOptions(report?.id ?? null);
  const defaults: Record<string, string> = report ? { reportId: String(report.id), [labelFieldOf('reportId')]: report.title } : {};
  return (
    <>
      <p className="admin-breadcrumb"><Link href="/admin">Figures</Link> /</p>
      <h1>New figure</h1>
      <FigureForm options={options} defaults={defaults} />
    </>
  );
}
