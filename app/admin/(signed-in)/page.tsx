import type { Metadata } from 'next';
import Link from 'next/link';
import { FigureListTable } from '@/components/admin/figure-list-table';
import { BadCursorNotice, ListPager } from '@/components/admin/list-pager';
import { SearchCombobox } from '@/components/admin/search-combobox';
import { requireUser } from '@/lib/auth/session';
import { queryAdminFigureFilterLabels, queryAdminFigurePage, type AdminFigureFilters } from '@/lib/data/admin-figure-list';
import { cursorParam, idParam, listHref, textParam, type PageSearchParams } from '@/lib/data/admin-list-params';
import { CATEGORIES, CATEGORY_LABELS, isCategory } from '@/lib/figures/vocabulary';

export const metadata: Metadata = { title: 'Figures' };

/** The filters in the URL: text, category, source and report ids; a value that names nothing is ignored. */
function filtersOf(search: PageSearchParams): AdminFigureFilters {
  const category = textParam(search, 'category');
  return {
    query: textParam(search, 'q'),
    category: category && isCategory(category) ? category : undefined,
    sourceId: idParam(search, 'sourceId'),
    reportId: idParam(search, 'reportId'),
  };
}

export default async function AdminFiguresPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireUser('/admin');
  const search = await searchParams;
  const filters = filtersOf(search);
  const cursor = cursorParam(search);
  const [page, labels] = await Promise.all([queryAdminFigurePage(filters, cursor), queryAdminFigureFilterLabels(filters)]);
  const filtered = Boolean(filters.query || filters.category || filters.sourceId || filters.reportId);
  const params = { q: filters.query, category: filters.category, sourceId: filters.sourceId, reportId: filters.reportId };
  const deleted = idParam(search, 'deleted');

  return (
    <>
      <div className="admin-title-row">
        <h1>Figures</h1>
        <Link className="admin-button admin-button--primary" href={listHref('/admin/figures/new', { reportId: filters.reportId })}>New figure</Link>
      </div>
      {deleted ? (
        <p className="admin-notice admin-notice--success" role="status">Figure #{deleted} was deleted. Its history is kept.</p>
      ) : null}
      {page.badCursor ? <BadCursorNotice /> : null}

      <form className="admin-filters" role="search" aria-label="Find figures">
        <div className="admin-field">
          <label htmlFor="filter-q">Text</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.query ?? ''} placeholder="number, sentence or what is counted" />
        </div>
        <div className="admin-field">
          <label htmlFor="filter-category">Category</label>
          <select id="filter-category" name="category" defaultValue={filters.category ?? ''}>
            <option value="">All</option>
            {CATEGORIES.map((category) => <option key={category} value={category}>{CATEGORY_LABELS[category]}</option>)}
          </select>
        </div>
        <SearchCombobox
          name="sourceId"
          label="Source"
          noun="source"
          searchUrl="/api/admin/search/sources"
          placeholder="All sources"
          defaultValue={filters.sourceId ? String(filters.sourceId) : ''}
          defaultLabel={labels.sourceName ?? ''}
        />
        <SearchCombobox
          name="reportId"
          label="Report"
          noun="report"
          searchUrl="/api/admin/search/reports"
          placeholder="All reports"
          defaultValue={filters.reportId ? String(filters.reportId) : ''}
          defaultLabel={labels.reportTitle ?? ''}
        />
        <div className="admin-filter-buttons">
          <button type="submit" className="admin-button admin-button--primary">Find</button>
          {filtered ? <Link href="/admin">Clear</Link> : null}
        </div>
      </form>

      <ListPager
        total={page.total}
        shown={page.items.length}
        noun={['figure', 'figures']}
        filtered={filtered}
        nextHref={page.nextCursor ? listHref('/admin', { ...params, cursor: page.nextCursor }) : null}
        firstHref={cursor && !page.badCursor ? listHref('/admin', params) : null}
      />
      {page.items.length > 0 ? (
        <FigureListTable figures={page.items} />
      ) : (
        <p>No figure matches. <Link href="/admin">Show all figures</Link></p>
      )}
      {page.nextCursor ? (
        <p className="admin-pager-links admin-pager-links--end">
          <Link href={listHref('/admin', { ...params, cursor: page.nextCursor })} rel="next">Next page</Link>
        </p>
      ) : null}
    </>
  );
}
