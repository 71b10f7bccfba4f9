/**
 * A record's history, newest first: who did what and when, and each changed field from → to. For figures,
 * every earlier state can be restored (as a new revision).
 */
import type { RevisionView } from '@/lib/data/revision-history';
import { RestoreVersionForm } from './figure-record-actions';
import { toDateString } from '@/lib/format/dates';
import { storedValueText } from '@/lib/format/stored-value';

const ACTION_LABELS: Record<RevisionView['action'], string> = {
  create: 'Created',
  update: 'Edited',
  delete: 'Deleted',
  restore: 'Restored an earlier version',
};

function shown(field: string, value: unknown, names: Record<string, Record<string, string>>): string {
  if (value === null || value === undefined || value === '') return 'empty';
  const named = names[field]?.[storedValueText(value)];
  if (named) return named;
  if (field === 'date' || field === 'publishedAt') return toDateString(storedValueText(value));
  if (typeof value === 'number') return field === 'start' || field === 'end' ? String(value) : value.toLocaleString('en');
  const text = storedValueText(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

export function RevisionHistory({
  history,
  labels,
  names = {},
  restore,
}: {
  history: RevisionView[];
  labels: Record<string, string>;
  /** Names of linked records by field and id (sourceId → { "3": "UNICEF" }). */
  names?: Record<string, Record<string, string>>;
  restore?: { id: number; currentVersion: number };
}) {
  return (
    <section className="admin-history" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {history.length === 0 ? <p>No changes recorded.</p> : null}
      <ol>
        {history.map((entry) => (
          <li key={entry.id}>
            <p className="admin-history-head">
              <strong>{ACTION_LABELS[entry.action]}</strong>
              {entry.version !== null ? <span> · version {entry.version}</span> : null}
              <span> · {entry.who ?? 'system (seed)'}</span>
              <span> · <time dateTime={entry.at}>{entry.at.slice(0, 16).replace('T', ' ')} UTC</time></span>
            </p>
            {entry.action !== 'create' && entry.changes.length > 0 ? (
              <ul className="admin-history-changes">
                {entry.changes
                  .filter((change) => labels[change.field])
                  .map((change) => (
                    <li key={change.field}>
                      {labels[change.field]}: <del>{shown(change.field, change.before, names)}</del> →{' '}
                      <ins>{shown(change.field, change.after, names)}</ins>
                    </li>
                  ))}
              </ul>
            ) : null}
            {restore && entry.after && entry.version !== restore.currentVersion ? (
              <RestoreVersionForm
                id={restore.id}
                currentVersion={restore.currentVersion}
                revisionId={entry.id}
                label={`Restore version ${entry.version}`}
              />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
