import type { Metadata } from 'next';
import Link from 'next/link';
import { BadCursorNotice, ListPager } from '@/components/admin/list-pager';
import { ListSearchForm } from '@/components/admin/list-search-form';
import { requireUser } from '@/lib/auth/session';
import { queryAdminPlacePage } from '@/lib/data/admin-catalog-lists';
import { cursorParam, listHref, textParam, type PageSearchParams } from '@/lib/data/admin-list-params';

export const metadata: Metadata = { title: 'Places' };

export default async function PlacesPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requireUser('/admin/places');
  const search = await searchParams;
  const query = textParam(search, 'q');
  const cursor = cursorParam(search);
  const page = await queryAdminPlacePage(query, cursor);
  const nextHref = page.nextCursor ? listHref('/admin/places', { q: query, cursor: page.nextCursor }) : null;
  return (
    <>
      <div className="admin-title-row">
        <h1>Places</h1>
        <Link className="admin-button admin-button--primary" href="/admin/places/new">New place</Link>
      </div>
      {page.badCursor ? <BadCursorNotice /> : null}
      <ListSearchForm action="/admin/places" query={query} label="Find places" placeholder="name or admin code" />
      <ListPager
        total={page.total}
        shown={page.items.length}
        noun={['place', 'places']}
        filtered={Boolean(query)}
        nextHref={nextHref}
        firstHref={cursor && !page.badCursor ? listHref('/admin/places', { q: query }) : null}
      />
      {page.items.length > 0 ? (
        <div className="table-scroll">
          <table className="admin-table">
            <thead><tr><th scope="col">Name</th><th scope="col">Inside</th><th scope="col">Admin code</th><th scope="col">Figures</th></tr></thead>
            <tbody>
              {page.items.map((place) => (
                <tr key={place.id}>
                  <td><Link href={`/admin/places/${place.id}`}>{place.name}</Link></td>
                  <td>{place.parentName}</td>
                  <td>{place.adminCode}</td>
                  <td className="admin-number">{place.figures.toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No place matches. <Link href="/admin/places">Show all places</Link></p>
      )}
      {nextHref ? <p className="admin-pager-links admin-pager-links--end"><Link href={nextHref} rel="next">Next page</Link></p> : null}
    </>
  );
}
