/**
 * How the extractor is scored against the gold figures.
 *
 * - A predicted figure matches a gold one when their spans overlap and value, low, high and qualifier are equal
 *   (each gold and each predicted figure matches at most once). Precision, recall and F1 count these matches.
 * - Category and source accuracy are measured over matched figures only.
 * - Source match: both null; or equal after lower-casing and dropping "the", punctuation and extra spaces; or one
 *   name contains the other as whole words, where the gold side may be the gold name or any of its aliases
 *   (gold `sourceAliases`, and for the seed the names and aliases in prisma/seed-data/sources.json). So
 *   "Pentagon" matches "US Department of Defense" (alias) and "military" matches "military junta".
 */
import type { ExtractedFigure } from '../../lib/extract';
import type { GoldFigure } from './dev-set';

export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  categoryCorrect: number;
  sourceCorrect: number;
  placeCorrect: number;
  misses: GoldFigure[];
  extras: ExtractedFigure[];
  wrong: Array<{ gold: GoldFigure; predicted: ExtractedFigure; fields: string[] }>;
}

export function normaliseName(name: string): string {
  return ` ${name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/\s+/)
    .filter((word) => word && word !== 'the')
    .join(' ')} `;
}

export function sourceMatches(predicted: string | null, gold: GoldFigure): boolean {
  if (predicted === null || gold.source === null) return predicted === gold.source;
  const mine = normaliseName(predicted);
  return [gold.source, ...(gold.sourceAliases ?? [])].some((name) => {
    const theirs = normaliseName(name);
    return mine === theirs || mine.includes(theirs) || theirs.includes(mine);
  });
}

function placeMatches(predicted: string | null, gold: GoldFigure): boolean {
  if (predicted === null || gold.place === null) return predicted === gold.place;
  const mine = normaliseName(predicted);
  const theirs = normaliseName(gold.place);
  return mine.includes(theirs) || theirs.includes(mine);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function sameReading(predicted: ExtractedFigure, gold: GoldFigure): boolean {
  return (
    predicted.value === gold.value && predicted.low === gold.low && predicted.high === gold.high && predicted.qualifier === gold.qualifier
  );
}

export function scoreDocument(predicted: ExtractedFigure[], gold: GoldFigure[]): Score {
  const used = new Set<number>();
  const score: Score = {
    gold: gold.length, predicted: predicted.length, matched: 0, categoryCorrect: 0, sourceCorrect: 0, placeCorrect: 0,
    misses: [], extras: [], wrong: [],
  };
  for (const goldFigure of gold) {
    const index = predicted.findIndex((figure, position) => !used.has(position) && overlaps(figure, goldFigure) && sameReading(figure, goldFigure));
    if (index === -1) {
      score.misses.push(goldFigure);
      continue;
    }
    used.add(index);
    const figure = predicted[index]!;
    score.matched++;
    const fields: string[] = [];
    if (figure.category === goldFigure.category) score.categoryCorrect++;
    else fields.push(`category ${figure.category} ≠ ${goldFigure.category}`);
    if (sourceMatches(figure.source, goldFigure)) score.sourceCorrect++;
    else fields.push(`source ${figure.source} ≠ ${goldFigure.source}`);
    if (placeMatches(figure.place, goldFigure)) score.placeCorrect++;
    else fields.push(`place ${figure.place} ≠ ${goldFigure.place}`);
    if (fields.length > 0) score.wrong.push({ gold: goldFigure, predicted: figure, fields });
  }
  score.extras = predicted.filter((_, position) => !used.has(position));
  return score;
}

export function ratios(score: Pick<Score, 'gold' | 'predicted' | 'matched' | 'categoryCorrect' | 'sourceCorrect' | 'placeCorrect'>) {
  const precision = score.predicted === 0 ? 1 : score.matched / score.predicted;
  const recall = score.gold === 0 ? 1 : score.matched / score.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const over = (count: number) => (score.matched === 0 ? 0 : count / score.matched);
  return { precision, recall, f1, category: over(score.categoryCorrect), source: over(score.sourceCorrect), place: over(score.placeCorrect) };
}
