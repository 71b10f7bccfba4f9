import { createHash } from 'node:crypto';

/** Whitespace-insensitive fingerprint of a report body: the same article pasted twice gets the same hash. */
export function hashReportBody(body: string): string {
  return createHash('sha256').update(body.replace(/\s+/g, ' ').trim()).digest('hex');
}
