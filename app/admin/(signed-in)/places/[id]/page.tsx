import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { parseId } from '@/lib/data/ids';
import { PlaceForm } from '@/components/admin/catalog-forms';
import { RevisionHistory } from '@/components/admin/revision-history';
import { requireUser } from '@/lib/auth/session';
import { queryPlaceForEdit, queryPlaceHistoryNames } from '@/lib/data/admin-catalog';
import { queryRecordHistory } from '@/lib/data/revisions';

export const metadata: Metadata = { title: 'Place' };

const LABELS = { name: 'Name', parentId: 'Inside', adminCode: 'Admin code', latitude: 'Latitude', longitude: 'Longitude' };

export default async function EditPlacePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  await requireUser(`/admin/places/${id}`);
  const recordId = parseId(id);
  if (recordId === null) notFound();
  const [place, history, { saved }] = await Promise.all([queryPlaceForEdit(recordId), queryRecordHistory('Place', recordId), searchParams]);
  if (!place) notFound();
  const names = await queryPlaceHistoryNames(history);
  return (
    <>
      <p className="admin-breadcrumb"><Link href="/admin/places">Places</Link> /</p>
      <h1>{place.fields.name}</h1>
      {saved !== undefined ? <p className="admin-notice admin-notice--success" role="status">Saved.</p> : null}
      <PlaceForm key={place.version} record={place} />
      <RevisionHistory history={history} labels={LABELS} names={names} />
    </>
  );
}
