import { readJsonBody } from '@/lib/http/read-body';
import type { FormState, FormValues } from '@/lib/forms/form-state';

/**
 * JSON bodies as form values, and mutation results as HTTP responses. A field's JSON value must be what a form
 * field could hold (text, a number or null): a list, an object or true/false is refused naming the field, never
 * turned into text ("[2, 5]" would read as "2,5").
 */
function describeJsonValue(value: unknown): string | null {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return 'true/false';
  if (typeof value === 'object' && value !== null) return 'an object';
  return null;
}

/** A JSON body (at most 1 MB, strict UTF-8) as form values, or the 4xx response saying why it cannot be one. */
export async function readJsonValues(request: Request): Promise<{ ok: true; values: FormValues } | { ok: false; response: Response }> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
    return { ok: false, response: Response.json({ error: 'The body must be a JSON object.' }, { status: 400 }) };
  }
  const values: FormValues = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(body.value)) {
    const kind = describeJsonValue(value);
    if (kind) fieldErrors[key] = [`${key} must be a number, text or null, not ${kind}`];
    else values[key] = value === null ? '' : String(value);
  }
  if (Object.keys(fieldErrors).length > 0) {
    return { ok: false, response: Response.json({ error: 'Some fields need attention; see fieldErrors.', fieldErrors }, { status: 422 }) };
  }
  return { ok: true, values };
}

/** A mutation's result as an HTTP response: 200/201 saved, 404 no such record, 409 conflict, 422 invalid, 400 refused. */
export function responseFor(state: FormState, savedStatus = 200): Response {
  switch (state.status) {
    case 'saved':
      return Response.json({ id: state.id, version: state.version, message: state.message }, { status: savedStatus });
    case 'missing':
      return Response.json({ error: state.message }, { status: 404 });
    case 'conflict':
      return Response.json({ error: state.message, conflict: state.conflict }, { status: 409 });
    case 'invalid':
      return Response.json({ error: state.message, fieldErrors: state.fieldErrors }, { status: 422 });
    default:
      return Response.json({ error: state.message }, { status: 400 });
  }
}
