import { notFound } from 'next/navigation';
import { parseId } from '@/lib/data/ids';
import { getReport } from '@/lib/data/reports';

export type Props = { params: Promise<{ id: string }> };

/** The report the route's id names, or the 404 page (a cached read: the layout and the page share it). */
export async function loadReport(params: Props['params']) {
  const id = parseId((await params).id);
  const report = id === null ? null : await getReport(id);
  if (!report) notFound();
  return report;
}
