'use client';

/**
 * A search-as-you-type field for one record among thousands (a report, source or place), after the WAI-ARIA
 * combobox pattern: a text input with role="combobox" and a listbox of at most 20 matches from a search route;
 * arrow keys move through them, Enter or a click chooses, Escape closes the list (or, closed, undoes the typing).
 * A hidden input submits the chosen id under the field's name, and another the chosen label, so a refused save
 * shows the name again. Without JavaScript the field is a plain input of the record's id, with its current name.
 */
import { useId, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { labelFieldOf } from '@/lib/data/admin-search-fields';
import { describedBy, FieldFrame, type FieldProps } from './form-controls';
import { useSearchChoices, type SearchStatus } from './use-search-choices';

export interface Chosen {
  id: string;
  label: string;
}

interface SearchComboboxProps extends FieldProps {
  /** The search route, e.g. "/api/admin/search/sources". */
  searchUrl: string;
  /** The chosen record's name as the field shows it. */
  defaultLabel?: string;
  /** What the record is called in messages: "report", "source", "place". */
  noun: string;
  placeholder?: string;
  /** Submit the chosen label as `<name>Label` (forms that come back with what was typed). */
  keepLabel?: boolean;
  onChoose?: (chosen: Chosen | null) => void;
}

const subscribeToNothing = () => () => {};

/** False while the server's HTML is hydrated, true in the browser after: the no-script fallback is left out then. */
function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}

function statusText(status: SearchStatus, count: number, text: string, noun: string): string {
  if (status === 'searching') return 'Searching…';
  if (status === 'signed-out') return 'You are signed out: sign in again in another tab to search.';
  if (status === 'failed') return 'The search failed; try typing again.';
  if (status === 'done' && count === 0) return text.trim() ? `No ${noun} matches “${text.trim()}”.` : `No ${noun} yet.`;
  return '';
}

export function SearchCombobox(props: SearchComboboxProps) {
  const { name, label, hint, errors, required, defaultValue = '', defaultLabel = '', searchUrl, noun, placeholder, keepLabel, onChoose } = props;
  const hydrated = useHydrated();
  const listboxId = `${useId()}-choices`;
  const inputId = `field-${name}`;
  const [chosen, setChosen] = useState<Chosen | null>(defaultValue ? { id: defaultValue, label: defaultLabel || `#${defaultValue}` } : null);
  const [text, setText] = useState(chosen?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { results, status, search } = useSearchChoices(searchUrl);

  const unchosen = text.trim() !== '' && text !== chosen?.label;
  const statusLine = open || status !== 'done' ? statusText(status, results.length, text, noun) : '';

  function choose(next: Chosen | null) {
    setChosen(next);
    setText(next?.label ?? '');
    setOpen(false);
    setActive(-1);
    onChoose?.(next);
  }

  function openList() {
    setOpen(true);
    if (status === 'idle') search(unchosen ? text : '', { now: true });
  }

  function onInput(value: string) {
    setText(value);
    setOpen(true);
    setActive(value.trim() ? 0 : -1);
    if (!value.trim() && chosen) choose(null);
    search(value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return openList();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count));
    } else if (event.key === 'Enter' && open && results[active]) {
      // Choosing, not submitting: the form is sent by its button or by Enter once the list is closed.
      event.preventDefault();
      const { id, label: chosenLabel } = results[active];
      choose({ id: String(id), label: chosenLabel });
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else if (unchosen) {
        event.preventDefault();
        setText(chosen?.label ?? '');
      }
    }
  }

  function onBlur() {
    setOpen(false);
    // A name typed out in full is as good as picking it.
    const same = results.filter((choice) => choice.label.toLowerCase() === text.trim().toLowerCase());
    if (unchosen && same.length === 1) choose({ id: String(same[0]!.id), label: same[0]!.label });
  }

  const describedIds = [describedBy(name, hint, errors), `${inputId}-status`].filter(Boolean).join(' ');
  const activeChoice = open && active >= 0 ? results[active] : undefined;

  return (
    <FieldFrame {...props}>
      <div className="admin-combobox">
        <input
          id={inputId}
          className="admin-combobox-input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder={placeholder}
          required={required}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-activedescendant={activeChoice ? `${listboxId}-${activeChoice.id}` : undefined}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedIds}
          data-unchosen-field={unchosen ? name : undefined}
          data-unchosen-text={unchosen ? text.trim() : undefined}
          data-noun={noun}
          onChange={(event) => onInput(event.target.value)}
          onFocus={() => (unchosen ? setOpen(true) : undefined)}
          onClick={openList}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <ul id={listboxId} role="listbox" aria-label={`${label}: matches`} className="admin-combobox-list" hidden={!open || results.length === 0}>
          {results.map((choice, index) => (
            <li
              key={choice.id}
              id={`${listboxId}-${choice.id}`}
              role="option"
              aria-selected={index === active}
              className="admin-combobox-option"
              // Keep the focus in the input, so choosing with the mouse does not first count as leaving the field.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => choose({ id: String(choice.id), label: choice.label })}
            >
              <span className="admin-combobox-label">{choice.label}</span>
              {choice.detail ? <span className="admin-combobox-detail">{choice.detail}</span> : null}
            </li>
          ))}
        </ul>
        <p id={`${inputId}-status`} className="admin-combobox-status" aria-live="polite">
          {statusLine}
        </p>
        {hydrated ? (
          <>
            <input type="hidden" name={name} value={unchosen ? '' : (chosen?.id ?? '')} />
            {keepLabel ? <input type="hidden" name={labelFieldOf(name)} value={unchosen ? '' : (chosen?.label ?? '')} /> : null}
          </>
        ) : (
          <span className="admin-combobox-fallback">
            <label htmlFor={`${inputId}-id`}>Id of the {noun}</label>
            <input id={`${inputId}-id`} name={name} type="text" inputMode="numeric" defaultValue={defaultValue} aria-describedby={describedBy(name, hint, errors)} />
            {chosen ? <span className="admin-hint">Now: {chosen.label} (#{chosen.id})</span> : null}
          </span>
        )}
      </div>
    </FieldFrame>
  );
}
