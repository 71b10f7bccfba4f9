import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { parseId } from '@/lib/data/ids';
import { ProposalForm, ProposalSentence } from '@/components/admin/proposal-review';
import { requireUser } from '@/lib/auth/session';
import { fetchReviewQueue } from '@/lib/data/admin-review';

export const metadata: Metadata = { title: 'Correct a proposed figure' };

export default async function ProposalPage({ params }: { params: Promise<{ id: string; proposalId: string }> }) {
  const { id, proposalId } = await params;
  await requireUser(`/admin/reports/${id}/review/${proposalId}`);
  const reportId = parseId(id);
  const chosenId = parseId(proposalId);
  if (reportId === null || chosenId === null) notFound();
  const queue = await fetchReviewQueue(reportId);
  const proposal = queue?.proposals.find((candidate) => candidate.id === chosenId);
  if (!queue || !proposal) notFound();
  const { rawText } = proposal.data;

  return (
    <>
      <p className="admin-breadcrumb">
        <Link href={`/admin/reports/${queue.report.id}/review`}>Review of “{queue.report.title}”</Link> /
      </p>
      <h1>Correct “{rawText}”</h1>
      <blockquote>
        <ProposalSentence proposal={proposal} />
      </blockquote>
      {proposal.status === 'pending' ? (
        <ProposalForm proposal={proposal} wholes={queue.wholes} />
      ) : (
        <p className="admin-notice admin-notice--success">This proposed figure was already {proposal.status}.</p>
      )}
    </>
  );
}
