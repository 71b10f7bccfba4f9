import type { Metadata } from 'next';
import Link from 'next/link';
import { FigurePageTable } from '@/components/dashboard/figure-page-table';
import { FilterForm } from '@/components/dashboard/filter-form';
import { ScopeNotice } from '@/components/dashboard/overview/scope-notice';
import { fetchFilterOptions } from '@/lib/data/filter-options';
import { fetchFigurePage, FIGURE_LIST_KEY_LENGTH, isFigureListKey } from '@/lib/data/figure-list';
import { readPageScope } from '@/lib/data/page-scope';
import { hasScope, parseCursorParameter, scopeToQuery } from '@/lib/data/scope';
import { scopePhrase } from '@/lib/data/scope-names';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Figures' };

/** Every figure of a scope, 50 a page, newest first; the cursor in the URL walks the whole list exactly once. */
export default async function FigureListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const [{ scope, names, problems }, options] = await Promise.all([readPageScope(params), fetchFilterOptions()]);
  const { cursor, problem } = parseCursorParameter(params, isFigureListKey, FIGURE_LIST_KEY_LENGTH);
  const page = await fetchFigurePage(scope, cursor);
  return (
    <>
      <header className="page-header">
        <p className="breadcrumb">
          <Link href={`/${scopeToQuery(scope)}`}>Overview of this selection</Link>
        </p>
        <h1>Figures</h1>
        <p className="lede">
          {hasScope(scope) ? `Figures${scopePhrase(scope, names)}` : 'Every figure'}, newest first by the date it refers to, each as the report
          words it.
        </p>
      </header>
      <ScopeNotice problems={problem ? [...problems, problem] : problems} />
      <FilterForm scope={scope} names={names} options={options} action="/figures" />
      <FigurePageTable page={page} scope={scope} caption="Figures of this selection" isFirstPage={cursor === null} />
    </>
  );
}
