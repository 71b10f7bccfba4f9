import type { Metadata } from 'next';
import Link from 'next/link';
import { PlaceForm } from '@/components/admin/catalog-forms';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New place' };

export default async function NewPlacePage() {
  await requireUser('/admin/places/new');
  return (
    <>
      <p className="admin-breadcrumb"><Link href="/admin/places">Places</Link> /</p>
      <h1>New place</h1>
      <PlaceForm />
    </>
  );
}
