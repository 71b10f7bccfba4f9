'use server';

import { redirect } from 'next/navigation';
import { createFigure, deleteFigure, restoreFigureRevision, updateFigure } from '@/lib/mutations/figure-mutations';
import type { FormState } from '@/lib/forms/form-state';
import { liveActionContext } from './action-context';
import { runFormAction } from './run-form-action';

/** Creates a figure from the admin form; on success opens its edit page. */
export async function createFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(liveActionContext, createFigure, formData);
  if (result.status === 'saved') redirect(`/admin/figures/${result.id}?saved=created`);
  return result;
}

/** Saves an edit of a figure (refused when the figure changed since the form was loaded). */
export async function updateFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(liveActionContext, updateFigure, formData);
  if (result.status === 'saved') redirect(`/admin/figures/${result.id}?saved=${result.version}`);
  return result;
}

/** Deletes a figure; on success returns to the list. */
export async function deleteFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(liveActionContext, deleteFigure, formData);
  if (result.status === 'saved') redirect(`/admin?deleted=${result.id}`);
  return result;
}

/** Restores an earlier version of a figure as a new revision. */
export async function restoreFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(liveActionContext, restoreFigureRevision, formData);
  if (result.status === 'saved') redirect(`/admin/figures/${result.id}?restored=${result.version}`);
  return result;
}
