import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FigureForm } from '@/components/admin/figure-form';
import { DeleteFigureForm } from '@/components/admin/figure-record-actions';
import { RevisionHistory } from '@/components/admin/revision-history';
import { requireUser } from '@/lib/auth/session';
import { queryFigureForEdit, queryFigureFormOptions, queryFigureHistoryNames } from '@/lib/data/admin-figures';
import { parseId } from '@/lib/data/ids';
import { queryFigureHistory } from '@/lib/data/revisions';
import { FIGURE_FIELD_LABELS } from '@/lib/validation/figure';

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Figure #${(await params).id}` };
}

export default async function EditFigurePage({ params, searchParams }: { params: Params; searchParams: Promise<{ saved?: string; restored?: string }> }) {
  const { id } = await params;
  await requireUser(`/admin/figures/${id}`);
  const figureId = parseId(id);
  if (figureId === null) notFound();
  const [figure, history, search] = await Promise.all([queryFigureForEdit(figureId), queryFigureHistory(figureId), searchParams]);
  if (!figure) notFound();
  const [options, names] = await Promise.all([
    queryFigureFormOptions(Number(figure.fields.reportId), figure.id),
    queryFigureHistoryNames(history),
  ]);
  const notice = search.restored
    ? `Earlier version restored as version ${search.restored}.`
    : search.saved === 'created'
      ? 'Figure created.'
      : search.saved
        ? `Saved as version ${figure.version}. The public pages show it now.`
        : null;

  return (
    <>
      <p className="admin-breadcrumb"><Link href="/admin">Figures</Link> /</p>
      <div className="admin-title-row">
        <h1>Figure #{figure.id}: “{figure.fields.rawText}”</h1>
        <span className="admin-muted">version {figure.version}</span>
      </div>
      {notice ? <p className="admin-notice admin-notice--success" role="status">{notice}</p> : null}
      <FigureForm key={figure.version} figure={figure} options={options} />
      <DeleteFigureForm key={`delete-${figure.version}`} id={figure.id} version={figure.version} rawText={figure.fields.rawText ?? ''} />
      <RevisionHistory history={history} labels={FIGURE_FIELD_LABELS} names={names} restore={{ id: figure.id, currentVersion: figure.version }} />
    </>
  );
}
