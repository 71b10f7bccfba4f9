'use server';

import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/forms/form-state';
import { liveActionContext } from './action-context';
import { createPlace, updatePlace } from '@/lib/mutations/place-mutations';
import { createReport, updateReport } from '@/lib/mutations/report-mutations';
import { runFormAction, type Mutation } from './run-form-action';
import { createSource, updateSource } from '@/lib/mutations/source-mutations';

/** Server actions for sources, places and reports: each saves through the auth-checked wrapper, then opens the record. */
async function saveAndOpen(mutation: Mutation, formData: FormData, path: string): Promise<FormState> {
  const result = await runFormAction(liveActionContext, mutation, formData);
  if (result.status === 'saved') redirect(`/admin/${path}/${result.id}?saved=${result.version ?? ''}`);
  return result;
}

export async function createSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveAndOpen(createSource, formData, 'sources');
}

export async function updateSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveAndOpen(updateSource, formData, 'sources');
}

export async function createPlaceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveAndOpen(createPlace, formData, 'places');
}

export async function updatePlaceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveAndOpen(updatePlace, formData, 'places');
}

/** Stores a pasted report and opens its review queue; the same text pasted again opens the stored report's queue. */
export async function createReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(liveActionContext, createReport, formData);
  if (result.status === 'saved') redirect(`/admin/reports/${result.id}/review`);
  if (result.existingId) redirect(`/admin/reports/${result.existingId}/review?duplicate=1`);
  return result;
}

export async function updateReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveAndOpen(updateReport, formData, 'reports');
}
