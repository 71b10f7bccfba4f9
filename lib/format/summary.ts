import { formatFigure, isHedged, type FigureNumbers } from './figure';

/**
 * The text summary that goes with every chart, written from the same formatting as the figures themselves:
 * "3 figures, from 15 to an estimated 300,000. 2 are hedged and drawn as ranges; 1 is vague and drawn as a range only."
 */
export function summariseFigures(figures: Array<FigureNumbers & { value: number | null; high: number | null; low: number | null }>): string {
  if (figures.length === 0) return 'No figures.';
  const size = (figure: FigureNumbers) => figure.value ?? figure.high ?? figure.low ?? 0;
  const sorted = [...figures].sort((a, b) => size(a) - size(b));
  const smallest = sorted[0]!;
  const largest = sorted[sorted.length - 1]!;
  const count = figures.length === 1 ? '1 figure' : `${figures.length} figures`;
  const span = figures.length === 1 ? `: ${formatFigure(smallest)}` : `, from ${formatFigure(smallest)} to ${formatFigure(largest)}`;
  const hedged = figures.filter(isHedged).length;
  const vague = figures.filter((figure) => figure.qualifier === 'vague').length;
  const parts = [`${count}${span}.`];
  if (figures.length === 1) {
    parts.push(vague ? 'It is vague and drawn as a range only.' : hedged ? 'It is hedged and drawn as a range.' : 'It is exact and drawn as a point.');
  } else if (hedged === 0) {
    parts.push('All are exact and drawn as points.');
  } else {
    const hedgedText = hedged === figures.length ? 'All are hedged' : `${hedged} ${hedged === 1 ? 'is' : 'are'} hedged`;
    const vagueText = vague === 0 ? '' : vague === hedged ? ', all of them vague and without a single value' : `, ${vague} of them vague and without a single value`;
    parts.push(`${hedgedText} and drawn as ranges${vagueText}.`);
  }
  return parts.join(' ');
}
