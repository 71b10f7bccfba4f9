/**
 * A count right after "of whom", "among whom" or "of them" counts some of the people the figure before it counts,
 * even when the words after it name no one: "40,000 were displaced, of whom 12,000 come from the coast",
 * "60% of the IDPs come from the hills, of whom 30,500 (51%) from two valleys". The part-of pass links it to a
 * count before it (a share holds no count to be part of).
 */
import type { Category } from '@/lib/figures/vocabulary';
import type { NumberMention } from './numbers';

export interface SubsetCount {
  category: Category;
  counted: string;
}

const SUBSET_OPENER_BEFORE = /\b(?:of\s+whom|among\s+whom|of\s+them|among\s+them)\s+$/i;

/**
 * The subset count a mention is, or null. `hedgeStart` is where its raw text begins; `previous` the figure before
 * it in the sentence (its category null when its words named none).
 */
export function subsetCountAt(sentence: string, mention: NumberMention, hedgeStart: number, previous: { category: Category | null; counted: string } | null): SubsetCount | null {
  if (previous === null || previous.category === null || mention.isPercentage) return null;
  if (mention.kind !== 'digits' && mention.kind !== 'words') return null;
  const before = sentence.slice(Math.max(0, hedgeStart - 16), hedgeStart);
  if (!/(?:whom|them)\s+$/.test(before) || !SUBSET_OPENER_BEFORE.test(before)) return null;
  return { category: previous.category, counted: previous.counted };
}
