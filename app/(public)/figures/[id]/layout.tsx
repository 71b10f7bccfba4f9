import type { ReactNode } from 'react';
import { loadFigure, type Props } from './load-figure';

/**
 * Checks that the figure exists before the page's loading skeleton streams, so an unknown id answers with a real
 * 404 status and the not-found page rather than a 200.
 */
export default async function FigureLayout({ children, params }: Props & { children: ReactNode }) {
  await loadFigure(params);
  return children;
}
