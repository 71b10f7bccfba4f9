/**
 * The orders the review queue can be read in: the report's text order, or the least sure readings first so that an
 * editor checks the doubtful ones before the rest. The order travels as `?order=` so that it works without script.
 */
import type { Confidence } from '@/lib/extract';

export const QUEUE_ORDERS = ['text', 'least-sure'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];

export const QUEUE_ORDER_LABELS: Record<QueueOrder, string> = { text: 'text order', 'least-sure': 'least sure first' };

/** The order a request asks for; an unknown or repeated value falls back to text order and is named for a notice. */
export function parseQueueOrder(requested: string | string[] | undefined): { order: QueueOrder; refused: string | null } {
  if (requested === undefined || requested === '') return { order: 'text', refused: null };
  const known = QUEUE_ORDERS.find((order) => order === requested);
  return known ? { order: known, refused: null } : { order: 'text', refused: Array.isArray(requested) ? requested.join(', ') : requested };
}

/** A queue link that keeps the order: `?order=` (or `&order=`) added, except for the default text order. */
export function withQueueOrder(path: string, order: QueueOrder): string {
  if (order === 'text') return path;
  return `${path}${path.includes('?') ? '&' : '?'}order=${order}`;
}

const DOUBT: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

interface Orderable {
  data: { start: number; confidence: Confidence };
}

/** A new array in the order asked for: text order, or low, medium, high confidence with ties in text order. */
export function orderProposals<Proposal extends Orderable>(proposals: readonly Proposal[], order: QueueOrder): Proposal[] {
  const inText = (a: Proposal, b: Proposal) => a.data.start - b.data.start;
  if (order === 'text') return [...proposals].sort(inText);
  return [...proposals].sort((a, b) => DOUBT[a.data.confidence] - DOUBT[b.data.confidence] || inText(a, b));
}
