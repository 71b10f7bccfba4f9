/**
 * Field schemas shared by every entity's schema. Form fields arrive as strings; each field turns blanks into
 * null and numbers typed with thousands separators in their right places ("2,500") into integers, then checks
 * them with a message that names the field, so every error can sit next to its input. Nothing that could be read
 * two ways ("2,5", "25,00") is ever turned into a number.
 */
import { z } from 'zod';
import { toDateString } from '@/lib/format/dates';

export const MAX_COUNT = 2_000_000_000;

// The schemas also run in the admin pages, whose Content-Security-Policy forbids eval: without this, zod probes
// `new Function` to compile its parsers, and the browser reports that probe as a policy violation.
z.config({ jitless: true });

/** The earliest day any date may name; the latest is a year after today. */
export const EARLIEST_DAY = '1900-01-01';

/** Blank strings become null; other strings are trimmed. */
export function blankToNull(raw: unknown): unknown {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') return raw;
  const trimmed = raw.trim();
  return trimmed === '' ? null : trimmed;
}

/** Digits, or digits grouped by threes with commas ("2,500", "1,000,000"), with an optional sign. */
const GROUPED_WHOLE_NUMBER = /^[-+]?(\d+|\d{1,3}(,\d{3})+)$/;

function toNumberIfNumeric(raw: unknown, allowSeparators: boolean): unknown {
  const value = blankToNull(raw);
  if (typeof value !== 'string') return value;
  if (allowSeparators) return GROUPED_WHOLE_NUMBER.test(value) ? Number(value.replace(/,/g, '')) : value;
  return /^[-+]?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/** Text with a lone UTF-16 surrogate cannot be stored as UTF-8 (a broken character pasted or sent by a client). */
const LONE_SURROGATE = /\p{Cs}/u;

/** The check every text field makes: whole characters only. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

export function brokenCharacterMessage(label: string): string {
  return `${label} contains a broken character (a lone UTF-16 surrogate); type or paste it again`;
}

/** A count of people or events: empty, or a whole number from 0 to MAX_COUNT ("2,500" may have its separators). */
export function countField(label: string) {
  return z.preprocess(
    (raw) => toNumberIfNumeric(raw, true),
    z
      .number({ error: `${label} must be a whole number` })
      .int(`${label} must be a whole number`)
      .min(0, `${label} cannot be negative`)
      .max(MAX_COUNT, `${label} must be at most ${MAX_COUNT.toLocaleString('en')}`)
      .nullable(),
  );
}

/** A decimal number between min and max, or empty. */
export function optionalDecimal(label: string, min: number, max: number) {
  return z.preprocess(
    (raw) => toNumberIfNumeric(raw, false),
    z
      .number({ error: `${label} must be a number` })
      .min(min, `${label} must be between ${min} and ${max}`)
      .max(max, `${label} must be between ${min} and ${max}`)
      .nullable(),
  );
}

const idNumber = (label: string) =>
  z.number({ error: `Choose a ${label.toLowerCase()}` }).int(`Choose a ${label.toLowerCase()}`).positive(`Choose a ${label.toLowerCase()}`);

/** The id of a record the user must choose. */
export function requiredId(label: string) {
  return z.preprocess((raw) => toNumberIfNumeric(raw, false), idNumber(label));
}

/** The id of a record the user may choose, or empty. */
export function optionalId(label: string) {
  return z.preprocess((raw) => toNumberIfNumeric(raw, false), idNumber(label).nullable());
}

/** The version a form was based on (optimistic locking). */
export const versionField = z.preprocess(
  (raw) => toNumberIfNumeric(raw, false),
  z.number({ error: 'The form lost its version; reload the page' }).int().positive('The form lost its version; reload the page'),
);

/** Text that must be present, trimmed, at most `max` characters. */
export function requiredText(label: string, max: number) {
  return z.preprocess(
    (raw) => (typeof raw === 'string' ? raw.trim() : raw),
    z
      .string({ error: `${label} is required` })
      .min(1, `${label} is required`)
      .max(max, `${label} must be at most ${max.toLocaleString('en')} characters`)
      .refine(isWellFormedText, brokenCharacterMessage(label)),
  );
}

/** Text that may be left empty (stored as null), at most `max` characters. */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    blankToNull,
    z
      .string({ error: `${label} must be text` })
      .max(max, `${label} must be at most ${max.toLocaleString('en')} characters`)
      .refine(isWellFormedText, brokenCharacterMessage(label))
      .nullable(),
  );
}

/** The latest day a date may name: a year after today (UTC), so a typo such as 9999 is never stored. */
export function latestDay(today = new Date()): string {
  const latest = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate()));
  return toDateString(latest);
}

function dayField(label: string) {
  return z.iso
    .date({ error: `${label} must be a day written YYYY-MM-DD`, abort: true })
    .refine((day) => day >= EARLIEST_DAY && day <= latestDay(), {
      error: () => `${label} must be between ${EARLIEST_DAY} and ${latestDay()}`,
    });
}

/** A day written YYYY-MM-DD from EARLIEST_DAY to a year after today, or empty. */
export function optionalDay(label: string) {
  return z.preprocess(blankToNull, dayField(label).nullable());
}

/** A day written YYYY-MM-DD from EARLIEST_DAY to a year after today, that must be present. */
export function requiredDay(label: string) {
  return z.preprocess(blankToNull, dayField(label));
}

/** One of a closed list of values (the vocabularies), with a message naming the field. */
export function choiceField<const Values extends readonly [string, ...string[]]>(values: Values, label: string) {
  return z.preprocess(blankToNull, z.enum(values, { error: `Choose a ${label.toLowerCase()}` }));
}

export function optionalChoiceField<const Values extends readonly [string, ...string[]]>(values: Values, label: string) {
  return z.preprocess(blankToNull, z.enum(values, { error: `Choose a ${label.toLowerCase()} from the list` }).nullable());
}

/** Every field's messages, keyed by field name, from a failed parse. */
export type FieldErrors = Partial<Record<string, string[]>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
