import type { ReactNode } from 'react';
import { loadReport, type Props } from './load-report';

/**
 * Checks that the report exists before the page's loading skeleton streams, so an unknown id answers with a real
 * 404 status and the not-found page rather than a 200.
 */
export default async function ReportLayout({ children, params }: Props & { children: ReactNode }) {
  await loadReport(params);
  return children;
}
