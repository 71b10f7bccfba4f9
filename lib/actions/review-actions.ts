'use server';

import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/forms/form-state';
import { liveActionContext } from '@/lib/actions/action-context';
import { runFormAction } from '@/lib/actions/run-form-action';
import { acceptProposal, rejectProposal } from '@/lib/mutations/review-mutations';
import { parseQueueOrder, withQueueOrder } from '@/lib/review/queue-order';
import { parseId } from '@/lib/data/ids';

/** Back to the queue with the outcome, in the order the editor was reading it (an unknown order: text order). */
function queuePath(formData: FormData, outcome: string): string {
  const requestedReport = formData.get('reportId');
  const reportId = typeof requestedReport === 'string' ? parseId(requestedReport) : null;
  if (reportId === null) return '/admin/reports';
  const requested = formData.get('order');
  const { order } = parseQueueOrder(typeof requested === 'string' ? requested : undefined);
  return withQueueOrder(`/admin/reports/${reportId}/review?${outcome}`, order);
}

/** Accepts a proposed figure (with the editor's edits) through the auth-checked wrapper, then back to the queue. */
export async function acceptProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(liveActionContext, acceptProposal, formData);
  if (result.status === 'saved') redirect(queuePath(formData, `accepted=${result.id}`));
  return result;
}

/** Rejects a proposed figure through the auth-checked wrapper, then back to the queue. */
export async function rejectProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(liveActionContext, rejectProposal, formData);
  if (result.status === 'saved') redirect(queuePath(formData, `rejected=${result.id}`));
  return result;
}
