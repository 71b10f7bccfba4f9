import { notFound } from 'next/navigation';
import { parseId } from '@/lib/data/ids';
import { getFigureDetail } from '@/lib/data/figure-detail';

export type Props = { params: Promise<{ id: string }> };

/** The figure the route's id names, or the 404 page (a cached read: the layout and the page share it). */
export async function loadFigure(params: Props['params']) {
  const id = parseId((await params).id);
  const detail = id === null ? null : await getFigureDetail(id);
  if (!detail) notFound();
  return detail;
}
