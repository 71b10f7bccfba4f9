import type { Figure } from '@/lib/generated/prisma/client';
import type { FormValues } from './form-state';

const asText = (value: number | string | null): string => (value === null ? '' : String(value));

/** A stored figure as the fields of its edit form (strings, empty for null), without its id and version. */
export function figureFormValues(figure: Figure): FormValues {
  return {
    category: figure.category,
    qualifier: figure.qualifier,
    value: asText(figure.value),
    low: asText(figure.low),
    high: asText(figure.high),
    rawText: figure.rawText,
    quote: figure.quote,
    counted: figure.counted,
    date: figure.date ? figure.date.toISOString().slice(0, 10) : '',
    grade: figure.grade ?? '',
    reportId: String(figure.reportId),
    sourceId: asText(figure.sourceId),
    placeId: asText(figure.placeId),
    partOfId: asText(figure.partOfId),
  };
}
