'use client';

import { useActionState, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/fields';

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * Search fields (search-combobox.tsx) whose text names no chosen record: typing "UNICEF" without picking it would
 * otherwise save the field as empty, so the form asks to pick a match or clear the field.
 */
function unchosenSearchErrors(form: HTMLFormElement): FieldErrors {
  const errors: FieldErrors = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('[data-unchosen-field]')) {
    const field = input.dataset.unchosenField!;
    errors[field] = [`Choose a ${input.dataset.noun ?? 'match'} from the list for “${input.dataset.unchosenText}”, or clear the field`];
  }
  return errors;
}

/**
 * A form bound to a server action through useActionState and checked first in the browser with the same zod
 * schema the server uses: invalid input is shown at once without a round trip, and never leaves the page.
 */
export function useValidatedForm(action: FormAction, schema: z.ZodType, initialValues: Record<string, string>) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [browserErrors, setBrowserErrors] = useState<{ errors: FieldErrors; after: FormState } | null>(null);
  // React resets a form after its action; a select would fall back to its first default. Remounting the fields
  // with each answer makes every field, selects included, start from what the user typed.
  const [answered, setAnswered] = useState({ state, formKey: 0 });
  if (answered.state !== state) setAnswered({ state, formKey: answered.formKey + 1 });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const values = Object.fromEntries(new FormData(event.currentTarget).entries());
    const parsed = schema.safeParse(values);
    const errors = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...unchosenSearchErrors(event.currentTarget) };
    if (Object.keys(errors).length === 0) {
      setBrowserErrors(null);
      return;
    }
    event.preventDefault();
    setBrowserErrors({ errors, after: state });
  }

  // Errors found in the browser hold until the server answers the next submission.
  const showBrowserErrors = browserErrors !== null && browserErrors.after === state;
  const errors: FieldErrors = showBrowserErrors ? browserErrors.errors : (state.fieldErrors ?? {});
  const shownState: FormState = showBrowserErrors
    ? { status: 'invalid', message: 'Some fields need attention; see the messages next to them.' }
    : state;
  const valueOf = (name: string): string => state.values?.[name] ?? initialValues[name] ?? '';
  return { state: shownState, formAction, onSubmit, errors, valueOf, formKey: answered.formKey };
}
