import type { Metadata } from 'next';
import Link from 'next/link';
import { FigureForm } from '@/components/admin/figure-form';
import { requireUser } from '@/lib/auth/session';
import { fetchFigureFormOptions } from '@/lib/data/admin-figures';

export const metadata: Metadata = { title: 'New figure' };

export default async function NewFigurePage({ searchParams }: { searchParams: Promise<{ reportId?: string }> }) {
  await requireUser('/admin/figures/new');
  const [options, { reportId }] = await Promise.all([fetchFigureFormOptions(), searchParams]);
  const defaults = { reportId: reportId ?? (options.reports.length === 1 ? String(options.reports[0]!.id) : '') };
  return (
    <>
      <p className="admin-breadcrumb"><Link href="/admin">Figures</Link> /</p>
      <h1>New figure</h1>
      <FigureForm options={options} defaults={defaults} />
    </>
  );
}
