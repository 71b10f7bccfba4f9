import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { fetchAdminPlaces } from '@/lib/data/admin-catalog';

export const metadata: Metadata = { title: 'Places' };

export default async function PlacesPage() {
  await requireUser('/admin/places');
  const places = await fetchAdminPlaces();
  return (
    <>
      <div className="admin-title-row">
        <h1>Places</h1>
        <Link className="admin-button admin-button--primary" href="/admin/places/new">New place</Link>
      </div>
      <div className="table-scroll">
        <table className="admin-table">
          <thead><tr><th scope="col">Name</th><th scope="col">Inside</th><th scope="col">Admin code</th><th scope="col">Figures</th></tr></thead>
          <tbody>
            {places.map((place) => (
              <tr key={place.id}>
                <td><Link href={`/admin/places/${place.id}`}>{place.name}</Link></td>
                <td>{place.parentName}</td>
                <td>{place.adminCode}</td>
                <td className="admin-number">{place.figures}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
