import type { Metadata } from 'next';
import Link from 'next/link';
import { SourceForm } from '@/components/admin/catalog-forms';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New source' };

export default async function NewSourcePage() {
  await requireUser('/admin/sources/new');
  return (
    <>
      <p className="admin-breadcrumb"><Link href="/admin/sources">Sources</Link> /</p>
      <h1>New source</h1>
      <SourceForm />
    </>
  );
}
