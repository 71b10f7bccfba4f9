/**
 * A value read back from a stored snapshot or row, whose type the code cannot know in advance, as plain text: text
 * as it is, numbers and true/false written out, a list or an object as JSON, never "[object Object]".
 */
export function storedValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? '';
}
