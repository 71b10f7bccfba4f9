/** Days as the app stores and shows them in forms, links and files: YYYY-MM-DD, in UTC. */

/** The day of a date, or of a date stored as ISO text (a revision's snapshot, a raw row). */
export function toDateString(date: Date | string): string;
export function toDateString(date: Date | string | null): string | null;
export function toDateString(date: Date | string | null): string | null {
  if (date === null) return null;
  return (typeof date === 'string' ? date : date.toISOString()).slice(0, 10);
}
