/**
 * A search field of an admin form (report, source, place) submits the chosen record's id under its own name and the
 * label it showed under a second name, so a refused save can show "UNICEF" again rather than a bare id. Shared by
 * the reads that fill the forms and the forms themselves.
 */
export function labelFieldOf(field: string): string {
  return `${field}Label`;
}
