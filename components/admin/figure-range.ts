import type { Qualifier } from '@/lib/figures/vocabulary';
import { QUALIFIER_LABELS } from '@/lib/figures/vocabulary';

/** "23", "144,000–176,000", "≤ 2,500", "≥ 10": a figure's range as the admin list shows it. */
export function describeRange(figure: { value: number | null; low: number | null; high: number | null; qualifier: Qualifier }): string {
  const format = (value: number) => value.toLocaleString('en');
  const { value, low, high } = figure;
  if (low !== null && high !== null) return low === high ? format(low) : `${format(low)}–${format(high)}`;
  if (high !== null) return `≤ ${format(high)}`;
  if (low !== null) return `≥ ${format(low)}`;
  return value !== null ? `${QUALIFIER_LABELS[figure.qualifier]} ${format(value)}` : '—';
}
