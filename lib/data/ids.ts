/** A route's id segment as a database id, or null when it cannot name a row ("abc", "0", "1.5"). */
export function parseId(segment: string): number | null {
  if (!/^\d{1,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id > 0 ? id : null;
}
