import type { FormState, FormValues } from './form-state';

/** A JSON body as form values (numbers and nulls as the strings a form would send). */
export async function jsonBodyAsValues(request: Request): Promise<FormValues | null> {
  try {
    const body: unknown = await request.json();
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
    return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, value === null || value === undefined ? '' : String(value)]));
  } catch {
    return null;
  }
}

/** A mutation's result as an HTTP response: 200/201 saved, 409 conflict, 422 invalid, 400 refused. */
export function responseFor(state: FormState, savedStatus = 200): Response {
  switch (state.status) {
    case 'saved':
      return Response.json({ id: state.id, version: state.version, message: state.message }, { status: savedStatus });
    case 'conflict':
      return Response.json({ error: state.message, conflict: state.conflict }, { status: 409 });
    case 'invalid':
      return Response.json({ error: state.message, fieldErrors: state.fieldErrors }, { status: 422 });
    default:
      return Response.json({ error: state.message }, { status: 400 });
  }
}
