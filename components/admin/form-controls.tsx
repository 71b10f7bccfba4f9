'use client';

/**
 * Form controls of the admin area. Every field has its label, an optional hint, and its errors right below it
 * (linked with aria-describedby, announced through aria-live); defaults come from what the user last typed.
 */
import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import type { ConflictReport, FormState } from '@/lib/forms/form-state';

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  required?: boolean;
  className?: string;
}

export function describedBy(name: string, hint: string | undefined, errors: string[] | undefined): string | undefined {
  const ids = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldFrame({ name, label, hint, errors, required, className, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`admin-field${errors?.length ? ' admin-field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={`field-${name}`}>
        {label}
        {required ? <span className="admin-required"> (required)</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${name}-hint`} className="admin-hint">
          {hint}
        </p>
      ) : null}
      <p id={`${name}-error`} className="admin-field-error" aria-live="polite">
        {errors?.join(' ')}
      </p>
    </div>
  );
}

export function TextField(
  props: FieldProps & { type?: 'text' | 'email' | 'password' | 'date' | 'url'; maxLength?: number; inputMode?: 'numeric' | 'decimal'; autoComplete?: string },
) {
  const { name, errors, hint, defaultValue, required, type = 'text', maxLength, inputMode, autoComplete } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={`field-${name}`}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        inputMode={inputMode}
        autoComplete={autoComplete}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
      />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldProps & { rows?: number; maxLength?: number }) {
  const { name, errors, hint, defaultValue, required, rows = 3, maxLength } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        id={`field-${name}`}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
      />
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField(props: FieldProps & { choices: Choice[]; emptyLabel?: string }) {
  const { name, errors, hint, defaultValue, required, choices, emptyLabel } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={`field-${name}`}
        name={name}
        defaultValue={defaultValue ?? ''}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function SubmitButton({ children, pendingLabel = 'Saving…', variant = 'primary' }: { children: ReactNode; pendingLabel?: string; variant?: 'primary' | 'danger' | 'plain' }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`admin-button admin-button--${variant}`} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}

/** The outcome of the last submission: saved, refused, or fields to fix. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === 'idle' || !state.message) return <div aria-live="polite" />;
  const tone = state.status === 'saved' ? 'success' : 'error';
  return (
    <div className={`admin-notice admin-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p>{state.message}</p>
      {state.conflict ? <ConflictDetails conflict={state.conflict} /> : null}
    </div>
  );
}

function ConflictDetails({ conflict }: { conflict: ConflictReport }) {
  if (conflict.deleted) return <p>Your input is kept below, but it cannot be saved to a deleted figure.</p>;
  const who = conflict.changedBy.length ? conflict.changedBy.join(', ') : 'another editor';
  const when = conflict.changedAt ? ` at ${conflict.changedAt.slice(0, 16).replace('T', ' ')} UTC` : '';
  return (
    <div className="admin-conflict">
      <p>
        Changed meanwhile by {who}
        {when}. What they saved is now:
      </p>
      <ul>
        {conflict.changes.map((change) => (
          <li key={change.field}>
            <strong>{change.label}</strong>: {change.current}
          </li>
        ))}
      </ul>
      <p>
        Your input is kept below. To keep theirs, reload the page. To replace theirs with yours, check your input and
        save again.
      </p>
    </div>
  );
}
