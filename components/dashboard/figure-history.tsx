import type { RevisionView } from '@/lib/data/revisions';
import { FIGURE_FIELD_LABELS, type FigureField } from '@/lib/validation/figure';

const ACTION_LABELS: Record<string, string> = { create: 'Recorded', update: 'Corrected', restore: 'Restored to an earlier version', delete: 'Deleted' };

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
  return String(value);
}

/** Every change to a figure, newest first, with who made it and what changed: readers see how a number moved. */
export function FigureHistory({ history }: { history: RevisionView[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History of this figure</h2>
      <ol className="figure-history">
        {history.map((revision) => (
          <li key={revision.id}>
            <strong>{ACTION_LABELS[revision.action] ?? revision.action}</strong> on {revision.at.slice(0, 10)}
            {revision.who ? ` by ${revision.who}` : ' (imported with the report)'}
            {revision.action !== 'create' && revision.changes.length > 0 ? (
              <ul>
                {revision.changes
                  .filter((change) => change.field in FIGURE_FIELD_LABELS)
                  .map((change) => (
                    <li key={change.field}>
                      {FIGURE_FIELD_LABELS[change.field as FigureField]}: {shown(change.before)} → {shown(change.after)}
                    </li>
                  ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
