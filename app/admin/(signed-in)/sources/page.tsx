import type { Metadata } from 'next';
import Link from 'next/link';
import { BadCursorNotice, ListPager } from '@/components/admin/list-pager';
import { ListSearchForm } from '@/components/admin/list-search-form';
import { requireUser } from '@/lib/auth/session';
import { queryAdminSourcePage } from '@/lib/data/admin-catalog-lists';
import { cursorParam, listHref, textParam, type PageSearchParams } from '@/lib/data/admin-list-params';
import { SOURCE_KIND_LABELS } from '@/lib/figures/vocabulary';

export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireUser('/admin/sources');
  const search = await searchParams;
  const query = textParam(search, 'q');
  const cursor = cursorParam(search);
  const page = await queryAdminSourcePage(query, cursor);
  const nextHref = page.nextCursor ? listHref('/admin/sources', { q: query, cursor: page.nextCursor }) : null;
  return (
    <>
      <div className="admin-title-row">
        <h1>Sources</h1>
        <Link className="admin-button admin-button--primary" href="/admin/sources/new">New source</Link>
      </div>
      {page.badCursor ? <BadCursorNotice /> : null}
      <ListSearchForm action="/admin/sources" query={query} label="Find sources" placeholder="name, short name or alias" />
      <ListPager
        total={page.total}
        shown={page.items.length}
        noun={['source', 'sources']}
        filtered={Boolean(query)}
        nextHref={nextHref}
        firstHref={cursor && !page.badCursor ? listHref('/admin/sources', { q: query }) : null}
      />
      {page.items.length > 0 ? (
        <div className="table-scroll">
          <table className="admin-table">
            <thead><tr><th scope="col">Name</th><th scope="col">Short name</th><th scope="col">Kind</th><th scope="col">Figures</th></tr></thead>
            <tbody>
              {page.items.map((source) => (
                <tr key={source.id}>
                  <td><Link href={`/admin/sources/${source.id}`}>{source.name}</Link></td>
                  <td>{source.shortName}</td>
                  <td>{SOURCE_KIND_LABELS[source.kind] ?? source.kind}</td>
                  <td className="admin-number"><Link href={`/admin?sourceId=${source.id}`}>{source.figures.toLocaleString('en')}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No source matches. <Link href="/admin/sources">Show all sources</Link></p>
      )}
      {nextHref ? <p className="admin-pager-links admin-pager-links--end"><Link href={nextHref} rel="next">Next page</Link></p> : null}
    </>
  );
}
