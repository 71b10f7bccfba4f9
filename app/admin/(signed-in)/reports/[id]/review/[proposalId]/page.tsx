import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { parseId } from '@/lib/data/ids';
import { ProposalConfidence, ProposalForm, ProposalSentence } from '@/components/admin/proposal-review';
import { requireUser } from '@/lib/auth/session';
import { queryReviewQueue } from '@/lib/data/admin-review';
import { parseQueueOrder, withQueueOrder } from '@/lib/review/queue-order';

export const metadata: Metadata = { title: 'Correct a proposed figure' };

export default async function ProposalPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; proposalId: string }>;
  searchParams: Promise<{ order?: string | string[] }>;
}) {
  const { id, proposalId } = await params;
  await requireUser(`/admin/reports/${id}/review/${proposalId}`);
  const reportId = parseId(id);
  const chosenId = parseId(proposalId);
  if (reportId === null || chosenId === null) notFound();
  // The queue order only travels back to the queue; an unknown one there gets its notice, here it is text order.
  const { order } = parseQueueOrder((await searchParams).order);
  const queue = await queryReviewQueue(reportId);
  const proposal = queue?.proposals.find((candidate) => candidate.id === chosenId);
  if (!queue || !proposal) notFound();
  const { rawText } = proposal.data;

  return (
    <>
      <p className="admin-breadcrumb">
        <Link href={withQueueOrder(`/admin/reports/${queue.report.id}/review`, order)}>Review of “{queue.report.title}”</Link> /
      </p>
      <h1>Correct “{rawText}”</h1>
      <blockquote>
        <ProposalSentence proposal={proposal} />
      </blockquote>
      <ProposalConfidence proposal={proposal} />
      {proposal.status === 'pending' ? (
        <ProposalForm proposal={proposal} wholes={queue.wholes} order={order} />
      ) : (
        <p className="admin-notice admin-notice--success">This proposed figure was already {proposal.status}.</p>
      )}
    </>
  );
}
