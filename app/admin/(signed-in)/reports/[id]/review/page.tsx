import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { parseId } from '@/lib/data/ids';
import { ProposalConfidence, ProposalQuickActions, ProposalSentence } from '@/components/admin/proposal-review';
import { requireUser } from '@/lib/auth/session';
import { queryReviewQueue, type ProposalView } from '@/lib/data/admin-review';
import { CATEGORY_LABELS, QUALIFIER_LABELS } from '@/lib/figures/vocabulary';
import { formatRange, isHedged } from '@/lib/format/figure';
import { parseQueueOrder, QUEUE_ORDER_LABELS, QUEUE_ORDERS, withQueueOrder, type QueueOrder } from '@/lib/review/queue-order';
import { SOURCE_ORIGIN_LABELS } from '@/lib/review/reading-labels';

export const metadata: Metadata = { title: 'Review proposed figures' };

function Reading({ proposal }: { proposal: ProposalView }) {
  const { data } = proposal;
  const sourceNotes = [data.sourceOrigin ? SOURCE_ORIGIN_LABELS[data.sourceOrigin] : null, data.source && !proposal.sourceKnown ? 'new source' : null].filter(Boolean);
  return (
    <p className="admin-hint">
      {CATEGORY_LABELS[data.category]} · {QUALIFIER_LABELS[data.qualifier]}
      {(data.low !== null || data.high !== null) && isHedged(data) ? ` · range ${formatRange(data)}` : ''}
      {data.isPercentage ? ' · a percentage' : ''} · {data.counted || 'what is counted not found'} · source:{' '}
      {data.source ?? 'unattributed'}
      {sourceNotes.length > 0 ? ` (${sourceNotes.join('; ')})` : ''} · place: {data.place ?? 'none'}
      {data.place && !proposal.placeKnown ? ' (new)' : ''}
    </p>
  );
}

/** Text order or least sure first, as links so that it works without script; the current order is not a link. */
function OrderControl({ reportId, order }: { reportId: number; order: QueueOrder }) {
  return (
    <nav aria-label="Order of the queue" className="admin-review-order">
      Order:{' '}
      {QUEUE_ORDERS.map((choice, position) => (
        <span key={choice}>
          {position > 0 ? ' / ' : ''}
          {choice === order ? (
            <strong aria-current="page">{QUEUE_ORDER_LABELS[choice]}</strong>
          ) : (
            <Link href={withQueueOrder(`/admin/reports/${reportId}/review`, choice)}>{QUEUE_ORDER_LABELS[choice]}</Link>
          )}
        </span>
      ))}
    </nav>
  );
}

export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ duplicate?: string; accepted?: string; rejected?: string; order?: string | string[] }>;
}) {
  const { id } = await params;
  await requireUser(`/admin/reports/${id}/review`);
  const recordId = parseId(id);
  if (recordId === null) notFound();
  const outcome = await searchParams;
  const { order, refused } = parseQueueOrder(outcome.order);
  const queue = await queryReviewQueue(recordId, order);
  if (!queue) notFound();
  const pending = queue.proposals.filter((proposal) => proposal.status === 'pending');
  const decided = queue.proposals.filter((proposal) => proposal.status !== 'pending');

  return (
    <>
      <p className="admin-breadcrumb">
        <Link href="/admin/reports">Reports</Link> / <Link href={`/admin/reports/${queue.report.id}`}>{queue.report.title}</Link> /
      </p>
      <h1>Review proposed figures</h1>
      {outcome.duplicate ? (
        <p className="admin-notice admin-notice--error" role="status">
          This text is already stored as report #{queue.report.id}, “{queue.report.title}” ({queue.report.outlet},{' '}
          {queue.report.publishedAt}). Nothing new was stored; here are its figures.
        </p>
      ) : null}
      {outcome.accepted ? (
        <p className="admin-notice admin-notice--success" role="status">
          Accepted as <Link href={`/figures/${outcome.accepted}`}>figure #{outcome.accepted}</Link>.
        </p>
      ) : null}
      {outcome.rejected ? <p className="admin-notice admin-notice--success" role="status">Rejected.</p> : null}
      {refused !== null ? (
        <p className="admin-notice admin-notice--error" role="status">
          There is no order “{refused}”: the queue is shown in text order. Choose {QUEUE_ORDERS.map((choice) => QUEUE_ORDER_LABELS[choice]).join(' or ')}.
        </p>
      ) : null}
      <p>
        {pending.length} waiting for review · {decided.filter((proposal) => proposal.status === 'accepted').length} accepted ·{' '}
        {decided.filter((proposal) => proposal.status === 'rejected').length} rejected ·{' '}
        <Link href={`/reports/${queue.report.id}`}>the report as readers see it</Link>
      </p>

      <h2>Waiting for review</h2>
      {pending.length === 0 ? <p>Every proposed figure of this report has been reviewed.</p> : <OrderControl reportId={queue.report.id} order={order} />}
      <ol className="admin-review-list">
        {pending.map((proposal) => (
          <li key={proposal.id} className="admin-review-item" data-proposal-id={proposal.id}>
            <ProposalConfidence proposal={proposal} />
            <p>
              <q>
                <ProposalSentence proposal={proposal} />
              </q>
            </p>
            <Reading proposal={proposal} />
            <ProposalQuickActions proposal={proposal} order={order} />
            <p>
              <Link href={withQueueOrder(`/admin/reports/${queue.report.id}/review/${proposal.id}`, order)}>Correct before accepting “{proposal.data.rawText}”</Link>
            </p>
          </li>
        ))}
      </ol>

      {decided.length > 0 ? (
        <>
          <h2>Reviewed</h2>
          <ul className="admin-review-list">
            {decided.map((proposal) => (
              <li key={proposal.id} className="admin-review-item" data-proposal-id={proposal.id}>
                “{proposal.data.rawText}”: {proposal.status}
                {proposal.reviewer ? ` by ${proposal.reviewer}` : ''}
                {proposal.figureId !== null ? (
                  <>
                    {' '}
                    as <Link href={`/figures/${proposal.figureId}`}>figure #{proposal.figureId}</Link> (
                    <Link href={`/admin/figures/${proposal.figureId}`}>edit</Link>)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
