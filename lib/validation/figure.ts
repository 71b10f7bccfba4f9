/**
 * The figure schema, shared by the admin form (checked in the browser before sending) and the server (checked
 * again, then against the database: parts and wholes, offsets in the report body).
 */
import { z } from 'zod';
import { boundsForQualifier, boundsForVagueWord } from '@/lib/figures/hedge-ranges';
import { CATEGORIES, GRADES, QUALIFIERS, QUALIFIER_LABELS, type Qualifier } from '@/lib/figures/vocabulary';
import {
  choiceField,
  countField,
  MAX_COUNT,
  optionalChoiceField,
  optionalDay,
  optionalId,
  requiredId,
  requiredText,
  versionField,
} from './fields';

export const FIGURE_TEXT_LIMITS = { rawText: 200, quote: 2_000, counted: 300 } as const;

/** Hedges that state one number: the value is required and low/high follow from it when left empty. */
const STATED_NUMBER_QUALIFIERS = ['exact', 'about', 'estimated', 'up_to', 'at_least', 'more_than', 'fewer_than'] as const;
type StatedNumberQualifier = (typeof STATED_NUMBER_QUALIFIERS)[number];

function statesOneNumber(qualifier: Qualifier): qualifier is StatedNumberQualifier {
  return (STATED_NUMBER_QUALIFIERS as readonly string[]).includes(qualifier);
}

export const figureFieldsSchema = z.object({
  id: requiredId('Figure'),
  version: versionField,
  category: choiceField(CATEGORIES, 'Category'),
  qualifier: choiceField(QUALIFIERS, 'Hedge'),
  value: countField('Value'),
  low: countField('Low'),
  high: countField('High'),
  rawText: requiredText('The number as written', FIGURE_TEXT_LIMITS.rawText),
  quote: requiredText('The sentence', FIGURE_TEXT_LIMITS.quote),
  counted: requiredText('What is counted', FIGURE_TEXT_LIMITS.counted),
  date: optionalDay('Date'),
  grade: optionalChoiceField(GRADES, 'Grade'),
  reportId: requiredId('Report'),
  sourceId: optionalId('Source'),
  placeId: optionalId('Place'),
  partOfId: optionalId('Whole'),
});

type FigureFields = Omit<z.output<typeof figureFieldsSchema>, 'id' | 'version'>;

/** Fills an empty low/high from the hedge convention (lib/figures/hedges.ts); what the user typed wins. */
function fillBoundsFromHedge<Figure extends FigureFields>(figure: Figure): Figure {
  if (statesOneNumber(figure.qualifier) && figure.value !== null) {
    const bounds = boundsForQualifier(figure.qualifier, figure.value);
    return { ...figure, low: figure.low ?? bounds.low, high: figure.high ?? bounds.high };
  }
  if (figure.qualifier === 'vague' && figure.low === null && figure.high === null) {
    const bounds = boundsForVagueWord(figure.rawText);
    if (bounds) return { ...figure, low: bounds.low, high: bounds.high };
  }
  return figure;
}

function checkRanges(figure: FigureFields, context: z.RefinementCtx): void {
  const issue = (field: 'value' | 'low' | 'high', message: string) => context.addIssue({ code: 'custom', path: [field], message });
  const hedge = `“${QUALIFIER_LABELS[figure.qualifier]}”`;
  const { value, low, high } = figure;

  if (statesOneNumber(figure.qualifier) && value === null) issue('value', `A figure hedged ${hedge} needs a value`);
  if (figure.qualifier === 'range' || figure.qualifier === 'vague') {
    if (low === null) issue('low', `A ${figure.qualifier} figure needs a low end`);
    if (high === null) issue('high', `A ${figure.qualifier} figure needs a high end`);
  }
  if (figure.qualifier === 'vague' && value !== null) {
    issue('value', 'A vague figure has no single value: leave Value empty and give its range');
  }
  if (figure.qualifier === 'exact' && value !== null) {
    if (low !== null && low !== value) issue('low', 'An exact figure has low = value');
    if (high !== null && high !== value) issue('high', 'An exact figure has high = value');
  }
  // A bound filled in from the hedge obeys the same limit as a typed one, so the figure can be saved again unchanged.
  if (high !== null && high > MAX_COUNT) {
    issue('high', `High would be ${high.toLocaleString('en')} (${hedge} allows ±10 %), above the most a count may be, ${MAX_COUNT.toLocaleString('en')}: type High yourself`);
  }
  if (low !== null && high !== null && low > high) issue('high', 'High must be at least Low');
  if (value !== null && low !== null && value < low) issue('low', 'Low must not be above Value');
  if (value !== null && high !== null && value > high) issue('high', 'High must not be below Value');
  if (!figure.quote.includes(figure.rawText)) {
    context.addIssue({ code: 'custom', path: ['rawText'], message: 'The number as written must appear, exactly, in the sentence' });
  }
}

/** A new figure: every field but id and version. */
export const createFigureSchema = figureFieldsSchema
  .omit({ id: true, version: true })
  .transform(fillBoundsFromHedge)
  .superRefine(checkRanges);

/** An edit of a figure: the fields plus the id and the version the form was based on. */
export const updateFigureSchema = figureFieldsSchema.transform(fillBoundsFromHedge).superRefine(checkRanges);

export type FigureInput = z.output<typeof createFigureSchema>;

/** Human names of the figure's fields, for conflict messages and the history. */
export const FIGURE_FIELD_LABELS = {
  category: 'Category',
  qualifier: 'Hedge',
  value: 'Value',
  low: 'Low',
  high: 'High',
  rawText: 'Number as written',
  quote: 'Sentence',
  counted: 'What is counted',
  date: 'Date',
  grade: 'Grade',
  reportId: 'Report',
  sourceId: 'Source',
  placeId: 'Place',
  partOfId: 'Part of',
  start: 'Start offset',
  end: 'End offset',
} as const;
export type FigureField = keyof typeof FIGURE_FIELD_LABELS;
export const FIGURE_FIELDS = Object.keys(FIGURE_FIELD_LABELS) as FigureField[];

/** The figure's size for the part/whole rule: its value, or its high end when it has no single value. */
export function figureMeasure(figure: { value: number | null; high: number | null }): number | null {
  return figure.value ?? figure.high;
}
