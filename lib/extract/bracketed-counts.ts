/**
 * Counts written "(n=N)" after what they count, as epidemic bulletins write them: "Cases came from Ardenne (n=12),
 * Bellmoor (n=4) ...", "40 deaths among confirmed cases (n=31) and probable cases (n=9)", "Of the 90 cases, 55%
 * (n=50) were female". Each is a figure, part of the count it breaks down (the nearest count before it in its
 * sentence, or the latest earlier count of the noun its sentence names), in the place named before the bracket.
 */
import { countedNoun } from './list-items';
import type { NumberMention } from './numbers';
import type { ExtractedFigure } from './types';

export interface BracketedCount {
  /** Always null: the count takes its whole's kind in the part-of pass. */
  category: null;
  counted: string;
  wholeIndex: number | null;
  /** The place named right before the bracket ("Ardenne (n=12)"), if any. */
  place: string | null;
}

// "(n=12)", and "(range 9 months–99 years; n=1172)" after another part of the bracket.
const N_EQUALS_BEFORE = /[(;]\s*[nN]\s*=\s*$/;
const CLOSING_AFTER = /^\s*\)/;
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s-]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s*\(\s*[nN]\s*=\s*$/u;
const WORDS_BEFORE = /((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s*\(\s*[nN]\s*=\s*$/;
// The sentence's counted noun when the whole is in another sentence: "Cases were reported from ...".
const COUNT_NOUN = /\b(cases|deaths|patients|contacts|people|persons|children|refugees|infections|admissions)\b/i;
const WHOLE_WINDOW = 600;

const isNCount = (figure: ExtractedFigure) => N_EQUALS_BEFORE.test(figure.sentence.slice(Math.max(0, figure.start - figure.sentenceStart - 8), figure.start - figure.sentenceStart));

function wholeFor(sentence: string, hedgeStart: number, figures: ExtractedFigure[], sentenceStart: number, value: number | null): number | null {
  const fits = (figure: ExtractedFigure) => !figure.isPercentage && !isNCount(figure) && (value === null || (figure.value ?? figure.high ?? Infinity) >= value);
  for (let index = figures.length - 1; index >= 0 && figures[index]!.sentenceStart === sentenceStart; index--) {
    if (fits(figures[index]!)) return index;
  }
  const noun = COUNT_NOUN.exec(sentence.slice(0, hedgeStart))?.[1]!.toLowerCase();
  for (let index = figures.length - 1; index >= 0; index--) {
    const figure = figures[index]!;
    if (figure.sentenceStart === sentenceStart) continue;
    if (sentenceStart - figure.end > WHOLE_WINDOW) break;
    if (fits(figure) && (noun === undefined || figure.counted.toLowerCase().includes(noun))) return index;
  }
  return null;
}

/** The "(n=N)" count the mention is, or null. `figures` are the report's figures so far. */
export function bracketedCountAt(
  sentence: string, mention: NumberMention, hedgeStart: number, figures: ExtractedFigure[], sentenceStart: number,
): BracketedCount | null {
  if (mention.isPercentage || mention.kind !== 'digits') return null;
  const before = sentence.slice(Math.max(0, hedgeStart - 60), hedgeStart);
  if (!N_EQUALS_BEFORE.test(before) || !CLOSING_AFTER.test(sentence.slice(mention.end, mention.end + 3))) return null;
  const place = NAME_BEFORE.exec(before)?.[1] ?? null;
  const wholeIndex = wholeFor(sentence, hedgeStart, figures, sentenceStart, mention.value);
  const noun = wholeIndex === null ? '' : countedNoun(figures[wholeIndex]!.counted);
  // "deaths among confirmed cases": the whole's noun, then the group the bracket follows.
  const counted = place !== null ? `${noun} in ${place}` : `${noun.split(' ')[0] ?? ''} ${WORDS_BEFORE.exec(before)?.[1] ?? ''}`;
  return { category: null, counted: counted.trim(), wholeIndex, place };
}
