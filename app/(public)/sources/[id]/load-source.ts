import { notFound } from 'next/navigation';
import { parseId } from '@/lib/data/ids';
import { getSource } from '@/lib/data/sources';

export type Props = { params: Promise<{ id: string }> };

/** The source the route's id names, or the 404 page (a cached read: the layout and the page share it). */
export async function loadSource(params: Props['params']) {
  const id = parseId((await params).id);
  const source = id === null ? null : await getSource(id);
  if (!source) notFound();
  return source;
}
