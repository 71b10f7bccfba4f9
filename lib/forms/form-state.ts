import type { FieldErrors } from '@/lib/validation/fields';

/** What a user typed into a form, field by field, returned with every refusal so nothing typed is lost. */
export type FormValues = Record<string, string>;

/** A stored value as the text of its form field: empty for null. */
export function fieldText(value: number | string | null): string {
  return value === null ? '' : String(value);
}

/** A field that someone else changed since the form was loaded, with its value now. */
export interface ChangedField {
  field: string;
  label: string;
  current: string;
}

/** Why a save based on an old version was refused. */
export interface ConflictReport {
  /** Who saved in between (names or emails), oldest first. */
  changedBy: string[];
  /** When the latest of those saves happened (ISO). */
  changedAt: string | null;
  /** The version now stored; the form adopts it so a deliberate second save replaces theirs. */
  currentVersion: number;
  changes: ChangedField[];
  deleted: boolean;
}

/** The state a form action returns to `useActionState`. */
export interface FormState {
  /** `missing`: the record the form or request names does not exist (never did, or was deleted). */
  status: 'idle' | 'invalid' | 'conflict' | 'refused' | 'missing' | 'saved';
  message?: string;
  fieldErrors?: FieldErrors;
  values?: FormValues;
  conflict?: ConflictReport;
  /** The saved record's id and version. */
  id?: number;
  version?: number;
  /** The record already stored with the same content (a report pasted twice), offered instead of a copy. */
  existingId?: number;
}

export const initialFormState: FormState = { status: 'idle' };

/** The form's fields as strings (Next's own hidden action fields left out). */
export function formValuesOf(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    values[key] = value;
  }
  return values;
}

export function invalid(values: FormValues, fieldErrors: FieldErrors, message = 'Some fields need attention; see the messages next to them.'): FormState {
  return { status: 'invalid', message, fieldErrors, values };
}
