'use client';

import {
  createPlaceAction,
  createReportAction,
  createSourceAction,
  updatePlaceAction,
  updateReportAction,
  updateSourceAction,
} from '@/lib/actions/catalog-actions';
import { SOURCE_KINDS, SOURCE_KIND_LABELS } from '@/lib/figures/vocabulary';
import { createPlaceSchema, PLACE_TEXT_LIMITS, updatePlaceSchema } from '@/lib/validation/place';
import { createReportSchema, REPORT_TEXT_LIMITS, updateReportSchema } from '@/lib/validation/report';
import { createSourceSchema, SOURCE_TEXT_LIMITS, updateSourceSchema } from '@/lib/validation/source';
import { labelFieldOf } from '@/lib/data/admin-search-fields';
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from './form-controls';
import { SearchCombobox } from './search-combobox';
import { useValidatedForm } from './use-validated-form';

/** The forms for sources, places and reports: create when no record is given, edit (version-checked) otherwise. */
interface RecordProps {
  record?: { id: number; version: number; fields: Record<string, string> };
}

function RecordIdentity({ record, version }: { record: RecordProps['record']; version: number | undefined }) {
  if (!record) return null;
  return (
    <>
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export function SourceForm({ record }: RecordProps) {
  const { state, formAction, onSubmit, errors, valueOf, formKey } = useValidatedForm(
    record ? updateSourceAction : createSourceAction,
    record ? updateSourceSchema : createSourceSchema,
    record?.fields ?? {},
  );
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="admin-form" aria-label={record ? 'Edit source' : 'New source'}>
      <FormMessage state={state} />
      <RecordIdentity record={record} version={state.conflict?.currentVersion ?? record?.version} />
      <div className="admin-grid">
        <TextField name="name" label="Name" required maxLength={SOURCE_TEXT_LIMITS.name} defaultValue={valueOf('name')} errors={errors.name} />
        <TextField name="shortName" label="Short name" maxLength={SOURCE_TEXT_LIMITS.shortName} defaultValue={valueOf('shortName')} errors={errors.shortName} />
        <SelectField
          name="kind"
          label="Kind"
          required
          emptyLabel="Choose…"
          choices={SOURCE_KINDS.map((value) => ({ value, label: SOURCE_KIND_LABELS[value] }))}
          defaultValue={valueOf('kind')}
          errors={errors.kind}
        />
      </div>
      <TextField
        name="description"
        label="Description"
        hint="One line, e.g. “Britain-based monitoring group”."
        maxLength={SOURCE_TEXT_LIMITS.description}
        defaultValue={valueOf('description')}
        errors={errors.description}
      />
      <TextAreaField
        name="aliases"
        label="Aliases"
        hint="Other names reports use for this source, one per line."
        rows={4}
        maxLength={SOURCE_TEXT_LIMITS.aliases}
        defaultValue={valueOf('aliases')}
        errors={errors.aliases}
      />
      <div className="admin-actions">
        <SubmitButton>{record ? 'Save source' : 'Create source'}</SubmitButton>
      </div>
    </form>
  );
}

export function PlaceForm({ record }: RecordProps) {
  const { state, formAction, onSubmit, errors, valueOf, formKey } = useValidatedForm(
    record ? updatePlaceAction : createPlaceAction,
    record ? updatePlaceSchema : createPlaceSchema,
    record?.fields ?? {},
  );
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="admin-form" aria-label={record ? 'Edit place' : 'New place'}>
      <FormMessage state={state} />
      <RecordIdentity record={record} version={state.conflict?.currentVersion ?? record?.version} />
      <div className="admin-grid">
        <TextField name="name" label="Name" required maxLength={PLACE_TEXT_LIMITS.name} defaultValue={valueOf('name')} errors={errors.name} />
        <SearchCombobox
          name="parentId"
          label="Inside"
          noun="place"
          hint="The larger place this one lies in; empty for none."
          searchUrl="/api/admin/search/places"
          placeholder="No parent place"
          keepLabel
          defaultValue={valueOf('parentId')}
          defaultLabel={valueOf(labelFieldOf('parentId'))}
          errors={errors.parentId}
        />
        <TextField name="adminCode" label="Admin code" maxLength={PLACE_TEXT_LIMITS.adminCode} defaultValue={valueOf('adminCode')} errors={errors.adminCode} />
      </div>
      <div className="admin-grid">
        <TextField name="latitude" label="Latitude" inputMode="decimal" hint="−90 to 90" defaultValue={valueOf('latitude')} errors={errors.latitude} />
        <TextField name="longitude" label="Longitude" inputMode="decimal" hint="−180 to 180" defaultValue={valueOf('longitude')} errors={errors.longitude} />
      </div>
      <div className="admin-actions">
        <SubmitButton>{record ? 'Save place' : 'Create place'}</SubmitButton>
      </div>
    </form>
  );
}

export function ReportForm({ record }: RecordProps) {
  const { state, formAction, onSubmit, errors, valueOf, formKey } = useValidatedForm(
    record ? updateReportAction : createReportAction,
    record ? updateReportSchema : createReportSchema,
    record?.fields ?? { language: 'en' },
  );
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="admin-form" aria-label={record ? 'Edit report' : 'New report'}>
      <FormMessage state={state} />
      <RecordIdentity record={record} version={state.conflict?.currentVersion ?? record?.version} />
      <TextField name="title" label="Title" required maxLength={REPORT_TEXT_LIMITS.title} defaultValue={valueOf('title')} errors={errors.title} />
      <div className="admin-grid">
        <TextField name="outlet" label="Outlet" required maxLength={REPORT_TEXT_LIMITS.outlet} defaultValue={valueOf('outlet')} errors={errors.outlet} />
        <TextField name="publishedAt" label="Published on" type="date" required defaultValue={valueOf('publishedAt')} errors={errors.publishedAt} />
        <TextField name="language" label="Language" hint="A code such as en or ar." defaultValue={valueOf('language')} errors={errors.language} />
      </div>
      <TextField name="url" label="URL" type="url" maxLength={REPORT_TEXT_LIMITS.url} defaultValue={valueOf('url')} errors={errors.url} />
      <TextAreaField
        name="body"
        label="Text"
        hint={record ? 'Figures are found again in an edited text; an edit that removes a figure’s number is refused.' : 'The full text, as published.'}
        required
        rows={14}
        maxLength={REPORT_TEXT_LIMITS.body}
        defaultValue={valueOf('body')}
        errors={errors.body}
      />
      <div className="admin-actions">
        <SubmitButton>{record ? 'Save report' : 'Create report'}</SubmitButton>
      </div>
    </form>
  );
}
