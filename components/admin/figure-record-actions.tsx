'use client';

import { useActionState } from 'react';
import { deleteFigureAction, restoreFigureAction } from '@/lib/actions/figure-actions';
import { initialFormState } from '@/lib/forms/form-state';
import { FormMessage, SubmitButton } from './form-controls';

/** Deletes a figure after a second, explicit click; refused like an edit when the figure changed meanwhile. */
export function DeleteFigureForm({ id, version, rawText }: { id: number; version: number; rawText: string }) {
  const [state, formAction] = useActionState(deleteFigureAction, initialFormState);
  return (
    <details className="admin-danger-zone" open={state.status !== 'idle' || undefined}>
      <summary>Delete this figure</summary>
      <form action={formAction}>
        <FormMessage state={state} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <p>
          “{rawText}” disappears from every page. Its history is kept, and figures that are part of it are unlinked.
        </p>
        <SubmitButton variant="danger" pendingLabel="Deleting…">
          Delete figure #{id}
        </SubmitButton>
      </form>
    </details>
  );
}

/** Restores one earlier version as a new revision, based on the version the page shows now. */
export function RestoreVersionForm({ id, currentVersion, revisionId, label }: { id: number; currentVersion: number; revisionId: number; label: string }) {
  const [state, formAction] = useActionState(restoreFigureAction, initialFormState);
  return (
    <form action={formAction} className="admin-restore">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={currentVersion} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton variant="plain" pendingLabel="Restoring…">
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
