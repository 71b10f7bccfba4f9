import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { parseId } from '@/lib/data/ids';
import { SourceForm } from '@/components/admin/catalog-forms';
import { RevisionHistory } from '@/components/admin/revision-history';
import { requireUser } from '@/lib/auth/session';
import { querySourceForEdit } from '@/lib/data/admin-catalog';
import { queryRecordHistory } from '@/lib/data/revisions';

export const metadata: Metadata = { title: 'Source' };

const LABELS = { name: 'Name', shortName: 'Short name', kind: 'Kind', description: 'Description', aliases: 'Aliases' };

export default async function EditSourcePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  await requireUser(`/admin/sources/${id}`);
  const recordId = parseId(id);
  if (recordId === null) notFound();
  const [source, history, { saved }] = await Promise.all([querySourceForEdit(recordId), queryRecordHistory('Source', recordId), searchParams]);
  if (!source) notFound();
  return (
    <>
      <p className="admin-breadcrumb"><Link href="/admin/sources">Sources</Link> /</p>
      <h1>{source.fields.name}</h1>
      {saved !== undefined ? <p className="admin-notice admin-notice--success" role="status">Saved.</p> : null}
      <SourceForm key={source.version} record={source} />
      <p><Link href={`/admin?sourceId=${source.id}`}>Figures from this source</Link></p>
      <RevisionHistory history={history} labels={LABELS} />
    </>
  );
}
