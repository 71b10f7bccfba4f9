import type { Figure } from '@/lib/generated/prisma/client';
import { fieldText, type FormValues } from './form-state';
import { toDateString } from '@/lib/format/dates';

/** A stored figure as the fields of its edit form (strings, empty for null), without its id and version. */
export function figureFormValues(figure: Figure): FormValues {
  return {
    category: figure.category,
    qualifier: figure.qualifier,
    value: fieldText(figure.value),
    low: fieldText(figure.low),
    high: fieldText(figure.high),
    rawText: figure.rawText,
    quote: figure.quote,
    counted: figure.counted,
    date: toDateString(figure.date) ?? '',
    grade: figure.grade ?? '',
    reportId: String(figure.reportId),
    sourceId: fieldText(figure.sourceId),
    placeId: fieldText(figure.placeId),
    partOfId: fieldText(figure.partOfId),
  };
}
