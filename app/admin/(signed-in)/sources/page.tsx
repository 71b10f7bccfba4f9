import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { fetchAdminSources } from '@/lib/data/admin-catalog';
import { SOURCE_KIND_LABELS, type SourceKind } from '@/lib/figures/vocabulary';

export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage() {
  await requireUser('/admin/sources');
  const sources = await fetchAdminSources();
  return (
    <>
      <div className="admin-title-row">
        <h1>Sources</h1>
        <Link className="admin-button admin-button--primary" href="/admin/sources/new">New source</Link>
      </div>
      <div className="table-scroll">
        <table className="admin-table">
          <thead><tr><th scope="col">Name</th><th scope="col">Short name</th><th scope="col">Kind</th><th scope="col">Figures</th></tr></thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id}>
                <td><Link href={`/admin/sources/${source.id}`}>{source.name}</Link></td>
                <td>{source.shortName}</td>
                <td>{SOURCE_KIND_LABELS[source.kind as SourceKind] ?? source.kind}</td>
                <td className="admin-number"><Link href={`/admin?sourceId=${source.id}`}>{source.figures}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
