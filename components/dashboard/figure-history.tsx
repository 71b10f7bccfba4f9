import type { PublicRevision } from '@/lib/data/figure-history';
import { formatDay } from '@/lib/format/figure';

const ACTION_LABELS: Record<string, string> = { create: 'Recorded', update: 'Corrected', restore: 'Restored to an earlier version', delete: 'Deleted' };

/** Every change to a figure, newest first, with who made it and what changed: readers see how a number moved. */
export function FigureHistory({ history }: { history: PublicRevision[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History of this figure</h2>
      <ol className="figure-history">
        {history.map((revision) => (
          <li key={revision.id}>
            <strong>{ACTION_LABELS[revision.action] ?? revision.action}</strong> on {formatDay(revision.day)}
            {revision.who ? ` by ${revision.who}` : ' (imported with the report)'}
            {revision.changes.length > 0 ? (
              <ul>
                {revision.changes.map((change) => (
                  <li key={change.field} data-change={change.field}>
                    {change.label}: {change.before} → {change.after}
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
