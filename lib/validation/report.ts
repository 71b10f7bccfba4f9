import { z } from 'zod';
import { blankToNull, brokenCharacterMessage, isWellFormedText, requiredDay, requiredId, requiredText, versionField } from './fields';

/** The report schema, shared by the admin form and the server. */
export const REPORT_TEXT_LIMITS = { title: 300, outlet: 200, url: 2_000, body: 200_000 } as const;

export const reportFieldsSchema = z.object({
  id: requiredId('Report'),
  version: versionField,
  title: requiredText('Title', REPORT_TEXT_LIMITS.title),
  outlet: requiredText('Outlet', REPORT_TEXT_LIMITS.outlet),
  publishedAt: requiredDay('Published on'),
  url: z.preprocess(
    blankToNull,
    z
      .url({ protocol: /^https?$/, error: 'URL must be a web address starting with http:// or https://' })
      .max(REPORT_TEXT_LIMITS.url, `URL must be at most ${REPORT_TEXT_LIMITS.url.toLocaleString('en')} characters`)
      .refine(isWellFormedText, brokenCharacterMessage('URL'))
      .nullable(),
  ),
  language: z.preprocess(
    (raw) => blankToNull(raw) ?? 'en',
    z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Language must be a language code such as en or ar'),
  ),
  // The body is kept exactly as pasted (offsets of figures point into it), only line endings are normalised.
  body: z.preprocess(
    (raw) => (typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n') : raw),
    z
      .string({ error: 'The text of the report is required' })
      .refine((text) => text.trim().length > 0, 'The text of the report is required')
      .max(REPORT_TEXT_LIMITS.body, `The text must be at most ${REPORT_TEXT_LIMITS.body.toLocaleString('en')} characters`)
      .refine(isWellFormedText, brokenCharacterMessage('The text')),
  ),
});

export const createReportSchema = reportFieldsSchema.omit({ id: true, version: true });
export const updateReportSchema = reportFieldsSchema;
export type ReportInput = z.output<typeof createReportSchema>;
