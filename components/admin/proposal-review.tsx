'use client';

import { useActionState } from 'react';
import { initialFormState } from '@/lib/forms/form-state';
import type { ProposalView } from '@/lib/data/admin-review';
import { CATEGORIES, CATEGORY_LABELS, GRADES, QUALIFIERS, QUALIFIER_LABELS } from '@/lib/figures/vocabulary';
import type { QueueOrder } from '@/lib/review/queue-order';
import { acceptProposalAction, rejectProposalAction } from '@/lib/actions/review-actions';
import { SOURCE_ORIGIN_LABELS } from '@/lib/review/reading-labels';
import { createFigureSchema, FIGURE_TEXT_LIMITS } from '@/lib/validation/figure';
import { FormMessage, SelectField, SubmitButton, TextField } from './form-controls';
import { useValidatedForm } from './use-validated-form';

/** The proposal's sentence with its number marked where the extractor found it. */
export function ProposalSentence({ proposal }: { proposal: ProposalView }) {
  const { before, phrase, after } = proposal.sentence;
  return (
    <>
      {before}
      {phrase ? <mark>{phrase}</mark> : null}
      {after}
    </>
  );
}

/** How sure the extractor is of the reading, in words (the colour only repeats them). */
export function ProposalConfidence({ proposal }: { proposal: ProposalView }) {
  const { confidence } = proposal.data;
  return <p className={`admin-confidence admin-confidence--${confidence}`}>Confidence: {confidence}</p>;
}

/** Which proposal a decision is about, and the queue order to come back to once it is made. */
function ProposalIdentity({ proposal, order }: { proposal: ProposalView; order: QueueOrder }) {
  return (
    <>
      <input type="hidden" name="proposalId" value={proposal.id} />
      <input type="hidden" name="reportId" value={proposal.defaults.reportId} />
      <input type="hidden" name="order" value={order} />
    </>
  );
}

/** Accept as proposed, or reject, straight from the queue. Refusals (a rule the reading breaks) show in place. */
export function ProposalQuickActions({ proposal, order }: { proposal: ProposalView; order: QueueOrder }) {
  const [acceptState, acceptAction] = useActionState(acceptProposalAction, initialFormState);
  const [rejectState, rejectAction] = useActionState(rejectProposalAction, initialFormState);
  const problems = Object.values(acceptState.fieldErrors ?? {}).flat();
  return (
    <div className="admin-actions">
      <form action={acceptAction}>
        {Object.entries(proposal.defaults).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="order" value={order} />
        <SubmitButton pendingLabel="Accepting…">Accept “{proposal.data.rawText}”</SubmitButton>
      </form>
      <form action={rejectAction}>
        <ProposalIdentity proposal={proposal} order={order} />
        <SubmitButton variant="plain" pendingLabel="Rejecting…">Reject</SubmitButton>
      </form>
      <FormMessage state={acceptState.status === 'idle' ? rejectState : { ...acceptState, message: [acceptState.message, ...problems].filter(Boolean).join(' ') }} />
    </div>
  );
}

/** The full acceptance form: every reading the extractor made can be corrected before the figure is stored. */
export function ProposalForm({ proposal, wholes, order }: { proposal: ProposalView; wholes: Array<{ id: number; rawText: string; counted: string }>; order: QueueOrder }) {
  const { state, formAction, onSubmit, errors, valueOf, formKey } = useValidatedForm(acceptProposalAction, createFigureSchema, proposal.defaults);
  const [rejectState, rejectAction] = useActionState(rejectProposalAction, initialFormState);
  return (
    <>
      <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="admin-form" aria-label="Accept proposed figure">
        <FormMessage state={state} />
        <ProposalIdentity proposal={proposal} order={order} />
        {/* Fixed by the text: the browser check needs them; the server takes them from the proposal itself. */}
        <input type="hidden" name="rawText" value={proposal.data.rawText} />
        <input type="hidden" name="quote" value={proposal.data.sentence} />
        <fieldset>
          <legend>The number</legend>
          <div className="admin-grid">
            <SelectField name="qualifier" label="Hedge" required choices={QUALIFIERS.map((value) => ({ value, label: QUALIFIER_LABELS[value] }))} defaultValue={valueOf('qualifier')} errors={errors.qualifier} />
            <TextField name="value" label="Value" inputMode="numeric" hint="Empty for a range or a vague word." defaultValue={valueOf('value')} errors={errors.value} />
            <TextField name="low" label="Low" inputMode="numeric" defaultValue={valueOf('low')} errors={errors.low} />
            <TextField name="high" label="High" inputMode="numeric" defaultValue={valueOf('high')} errors={errors.high} />
          </div>
        </fieldset>
        <fieldset>
          <legend>What it counts</legend>
          <div className="admin-grid">
            <SelectField name="category" label="Category" required choices={CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }))} defaultValue={valueOf('category')} errors={errors.category} />
            <TextField name="counted" label="What is counted" required maxLength={FIGURE_TEXT_LIMITS.counted} defaultValue={valueOf('counted')} errors={errors.counted} />
            <TextField name="date" label="Date it refers to" type="date" defaultValue={valueOf('date')} errors={errors.date} />
            <SelectField name="grade" label="Grade" emptyLabel="Not graded" choices={GRADES.map((value) => ({ value, label: value }))} defaultValue={valueOf('grade')} errors={errors.grade} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Who says so, where</legend>
          <div className="admin-grid">
            <TextField
              name="sourceName"
              label="Source"
              hint={[
                proposal.data.sourceOrigin ? `Where found: ${SOURCE_ORIGIN_LABELS[proposal.data.sourceOrigin]}.` : null,
                proposal.sourceKnown ? 'Matches a stored source.' : 'Empty if unattributed; a new name creates a source.',
              ]
                .filter(Boolean)
                .join(' ')}
              defaultValue={valueOf('sourceName')}
              errors={errors.sourceName}
            />
            <TextField
              name="placeName"
              label="Place"
              hint={proposal.placeKnown ? 'Matches a stored place.' : 'Empty if none; a new name creates a place.'}
              defaultValue={valueOf('placeName')}
              errors={errors.placeName}
            />
            <SelectField
              name="partOfId"
              label="Part of"
              emptyLabel="Not part of another figure"
              choices={wholes.map((whole) => ({ value: String(whole.id), label: `#${whole.id} ${whole.rawText}: ${whole.counted}` }))}
              defaultValue={valueOf('partOfId')}
              errors={errors.partOfId}
            />
          </div>
        </fieldset>
        <div className="admin-actions">
          <SubmitButton pendingLabel="Accepting…">Accept figure</SubmitButton>
        </div>
      </form>
      <form action={rejectAction} className="admin-actions">
        <ProposalIdentity proposal={proposal} order={order} />
        <FormMessage state={rejectState} />
        <SubmitButton variant="danger" pendingLabel="Rejecting…">Reject this figure</SubmitButton>
      </form>
    </>
  );
}
