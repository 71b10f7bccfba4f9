'use client';

import { createFigureAction, updateFigureAction } from '@/lib/actions/figure-actions';
import type { FigureFormOptions } from '@/lib/data/admin-figures';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  GRADES,
  QUALIFIERS,
  QUALIFIER_LABELS,
} from '@/lib/figures/vocabulary';
import { createFigureSchema, FIGURE_TEXT_LIMITS, updateFigureSchema } from '@/lib/validation/figure';
import { labelFieldOf } from '@/lib/data/admin-search-fields';
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from './form-controls';
import { SearchCombobox } from './search-combobox';
import { useReportWholes } from './use-report-wholes';
import { useValidatedForm } from './use-validated-form';

interface FigureFormProps {
  figure?: { id: number; version: number; fields: Record<string, string> };
  options: FigureFormOptions;
  defaults?: Record<string, string>;
}

/**
 * Creates or edits a figure. Field names are the Figure's own; errors sit next to their field. Report, source and
 * place are chosen by searching (thousands of them would not fit a select); "Part of" offers the figures of the
 * chosen report, loaded again whenever another report is chosen.
 */
export function FigureForm({ figure, options, defaults = {} }: FigureFormProps) {
  const editing = figure !== undefined;
  const { state, formAction, onSubmit, errors, valueOf, formKey } = useValidatedForm(
    editing ? updateFigureAction : createFigureAction,
    editing ? updateFigureSchema : createFigureSchema,
    figure?.fields ?? defaults,
  );
  const version = state.conflict?.currentVersion ?? figure?.version;
  const { wholes, chooseReport } = useReportWholes(options);
  const otherFigures = wholes.figures.filter((candidate) => candidate.id !== figure?.id);
  const wholesHint =
    wholes.status === 'loading'
      ? 'Loading the figures of the chosen report…'
      : wholes.status === 'failed'
        ? 'The figures of the chosen report could not be loaded; choose the report again.'
        : wholes.reportId === null
          ? 'Choose the report first: a figure can only be part of a figure of the same report.'
          : 'A figure of the same report this one is a subset of; a part never exceeds its whole.';

  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="admin-form" aria-label={editing ? 'Edit figure' : 'New figure'}>
      <FormMessage state={state} />
      {editing ? (
        <>
          <input type="hidden" name="id" value={figure.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}

      <fieldset>
        <legend>The number</legend>
        <div className="admin-grid">
          <TextField
            name="rawText"
            label="Number as written"
            hint="Exactly as in the sentence, e.g. “up to 2,500” or “Hundreds”."
            required
            maxLength={FIGURE_TEXT_LIMITS.rawText}
            defaultValue={valueOf('rawText')}
            errors={errors.rawText}
          />
          <SelectField
            name="qualifier"
            label="Hedge"
            required
            emptyLabel="Choose…"
            choices={QUALIFIERS.map((value) => ({ value, label: QUALIFIER_LABELS[value] }))}
            defaultValue={valueOf('qualifier')}
            errors={errors.qualifier}
          />
          <SelectField
            name="category"
            label="Category"
            required
            emptyLabel="Choose…"
            choices={CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }))}
            defaultValue={valueOf('category')}
            errors={errors.category}
          />
        </div>
        <div className="admin-grid admin-grid--numbers">
          <TextField name="value" label="Value" inputMode="numeric" hint="Empty for a range or a vague word." defaultValue={valueOf('value')} errors={errors.value} />
          <TextField name="low" label="Low" inputMode="numeric" hint="Empty: follows from the hedge." defaultValue={valueOf('low')} errors={errors.low} />
          <TextField name="high" label="High" inputMode="numeric" hint="Empty: follows from the hedge." defaultValue={valueOf('high')} errors={errors.high} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Context</legend>
        <TextAreaField
          name="quote"
          label="Sentence"
          hint="The sentence of the report the number comes from."
          required
          rows={3}
          maxLength={FIGURE_TEXT_LIMITS.quote}
          defaultValue={valueOf('quote')}
          errors={errors.quote}
        />
        <TextField
          name="counted"
          label="What is counted"
          required
          maxLength={FIGURE_TEXT_LIMITS.counted}
          defaultValue={valueOf('counted')}
          errors={errors.counted}
        />
        <div className="admin-grid">
          <TextField name="date" label="Date it refers to" type="date" defaultValue={valueOf('date')} errors={errors.date} />
          <SelectField
            name="grade"
            label="Grade"
            emptyLabel="Not graded"
            choices={GRADES.map((value) => ({ value, label: value }))}
            defaultValue={valueOf('grade')}
            errors={errors.grade}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Links</legend>
        <div className="admin-grid">
          <SearchCombobox
            name="reportId"
            label="Report"
            noun="report"
            required
            searchUrl="/api/admin/search/reports"
            placeholder="Type a title or outlet"
            keepLabel
            defaultValue={valueOf('reportId')}
            defaultLabel={valueOf(labelFieldOf('reportId'))}
            errors={errors.reportId}
            onChoose={(chosen) => chooseReport(chosen ? Number(chosen.id) : null)}
          />
          <SearchCombobox
            name="sourceId"
            label="Source"
            noun="source"
            hint="Name, short name or alias; empty if the text attributes the figure to no one."
            searchUrl="/api/admin/search/sources"
            placeholder="Attributed to no one"
            keepLabel
            defaultValue={valueOf('sourceId')}
            defaultLabel={valueOf(labelFieldOf('sourceId'))}
            errors={errors.sourceId}
          />
          <SearchCombobox
            name="placeId"
            label="Place"
            noun="place"
            hint="Empty if the figure has no place."
            searchUrl="/api/admin/search/places"
            placeholder="No place"
            keepLabel
            defaultValue={valueOf('placeId')}
            defaultLabel={valueOf(labelFieldOf('placeId'))}
            errors={errors.placeId}
          />
          <SelectField
            name="partOfId"
            label="Part of"
            hint={wholesHint}
            emptyLabel="Not part of another figure"
            choices={otherFigures.map((other) => ({ value: String(other.id), label: other.label }))}
            defaultValue={valueOf('partOfId')}
            errors={errors.partOfId}
          />
        </div>
      </fieldset>

      {errors.form ? <p className="admin-field-error">{errors.form.join(' ')}</p> : null}
      <div className="admin-actions">
        <SubmitButton>{editing ? 'Save figure' : 'Create figure'}</SubmitButton>
      </div>
    </form>
  );
}
