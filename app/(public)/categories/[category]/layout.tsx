import type { ReactNode } from 'react';
import { categoryFrom, type Props } from './category-from';

/** Rejects an unknown category before the loading skeleton streams, so it answers with a real 404. */
export default async function CategoryLayout({ children, params }: Props & { children: ReactNode }) {
  await categoryFrom(params);
  return children;
}
