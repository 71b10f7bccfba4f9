/**
 * The unfiltered overview, served for `/` (next.config.js rewrites a `/` without scope parameters here). It is
 * pre-rendered HTML: rendered on its first request rather than at build (the build never reads the database), kept
 * in Next's route cache, and rendered again on the first request after a write expires its data.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OverviewDashboard } from '@/components/dashboard/overview/overview-dashboard';
import { fetchFilterOptions } from '@/lib/data/filter-options';
import { resolveScope } from '@/lib/data/scope-names';

export const dynamicParams = true;
// A write outside the app (a script, a restored backup) is picked up within a minute, or at the next start.
export const revalidate = 60;

export function generateStaticParams(): Array<{ view: string }> {
  return [];
}

export const metadata: Metadata = { title: 'Overview', alternates: { canonical: '/' } };

export default async function UnfilteredOverviewPage({ params }: { params: Promise<{ view: string }> }) {
  if ((await params).view !== 'all') notFound();
  const [{ names }, options] = await Promise.all([resolveScope({}), fetchFilterOptions()]);
  return <OverviewDashboard scope={{}} names={names} problems={[]} options={options} streamed={false} />;
}
