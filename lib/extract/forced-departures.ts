/**
 * "The violence has forced more than 10,000 families to leave Benghazi", "forced 2,000 people to leave the city":
 * people made to leave a named place, or a city, town or village, fled it. (Leaving their homes stays with the
 * category the words give: the sets code it either way.)
 */
import type { Category } from '@/lib/figures/vocabulary';

const TO_LEAVE_PLACE_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,3}?to\s+leave\s+(?:\p{Lu}|(?:the|their)\s+(?:city|town|villages?|country|region|province|district|capital|camps?)\b)/u;
const FORCED_BEFORE = /\b(?:forc(?:ed|es|ing)|compell(?:ed|ing)|push(?:ed|ing))\s+(?:\S+\s+){0,2}$/i;
// A group of its own keeps its category ("forced 300 soldiers to leave the town").
const OWN_GROUPS: ReadonlySet<Category> = new Set(['children', 'personnel', 'fighters', 'refugees']);

/** The count's reading with `fled` as its category when a verb forced the people it counts to leave a place. */
export function readForcedDeparture<T extends { category: Category | null }>(sentence: string, hedgeStart: number, end: number, counted: T): T {
  if (counted.category !== null && OWN_GROUPS.has(counted.category)) return counted;
  const after = sentence.slice(end, end + 60);
  if (!after.includes(' leave ') || !TO_LEAVE_PLACE_AFTER.test(after)) return counted;
  if (!FORCED_BEFORE.test(sentence.slice(Math.max(0, hedgeStart - 40), hedgeStart))) return counted;
  return { ...counted, category: 'fled' };
}
