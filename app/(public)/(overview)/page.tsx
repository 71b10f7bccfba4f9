/**
 * The overview of a scope chosen in the URL (/?category=…&place=…). Without a scope, `/` is rewritten to the
 * pre-rendered /overview/all (next.config.js), so this page only renders scoped views, from cached data.
 */
import type { Metadata } from 'next';
import { OverviewDashboard } from '@/components/dashboard/overview/overview-dashboard';
import { fetchFilterOptions } from '@/lib/data/filter-options';
import { readPageScope } from '@/lib/data/page-scope';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Overview' };

export default async function ScopedOverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ scope, names, problems }, options] = await Promise.all([readPageScope(await searchParams), fetchFilterOptions()]);
  return <OverviewDashboard scope={scope} names={names} problems={problems} options={options} streamed />;
}
