import type { ReactNode } from 'react';
import { loadSource, type Props } from './load-source';

/**
 * Checks that the source exists before the page's loading skeleton streams, so an unknown id answers with a real
 * 404 status and the not-found page rather than a 200.
 */
export default async function SourceLayout({ children, params }: Props & { children: ReactNode }) {
  await loadSource(params);
  return children;
}
