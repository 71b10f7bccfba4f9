'use client';

import { useActionState, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { initialFormState, type FormState } from '@/lib/actions/form-state';
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/fields';

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form bound to a server action through useActionState and checked first in the browser with the same zod
 * schema the server uses: invalid input is shown at once without a round trip, and never leaves the page.
 */
export function useValidatedForm(action: FormAction, schema: z.ZodType, initialValues: Record<string, string>) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [browserErrors, setBrowserErrors] = useState<{ errors: FieldErrors; after: FormState } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const values = Object.fromEntries(new FormData(event.currentTarget).entries());
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setBrowserErrors(null);
      return;
    }
    event.preventDefault();
    setBrowserErrors({ errors: fieldErrorsOf(parsed.error), after: state });
  }

  // Errors found in the browser hold until the server answers the next submission.
  const showBrowserErrors = browserErrors !== null && browserErrors.after === state;
  const errors: FieldErrors = showBrowserErrors ? browserErrors.errors : (state.fieldErrors ?? {});
  const shownState: FormState = showBrowserErrors
    ? { status: 'invalid', message: 'Some fields need attention; see the messages next to them.' }
    : state;
  const valueOf = (name: string): string => state.values?.[name] ?? initialValues[name] ?? '';
  return { state: shownState, serverState: state, formAction, onSubmit, errors, valueOf };
}
