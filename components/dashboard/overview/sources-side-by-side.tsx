import Link from 'next/link';
import { HEADLINE_GROUPS } from '@/lib/data/headlines';
import { scopeToQuery, type FigureScope } from '@/lib/data/scope';
import { fetchSourceRanking } from '@/lib/data/source-ranking';
import { formatDay, formatFigure, formatNumber } from '@/lib/format/figure';
import { SOURCE_KIND_LABELS } from '@/lib/figures/vocabulary';

/** The sources of the scope ranked by how many figures they give, with each one's latest figure per headline group. */
export async function SourcesSideBySide({ scope }: { scope: FigureScope }) {
  const ranking = await fetchSourceRanking(scope);
  if (ranking.length === 0) return <p>No attributed figures for this selection.</p>;
  return (
    <div className="table-scroll">
      <table className="figure-table source-ranking">
        <caption>The sources with the most figures in this selection, and the latest figure each gives per group</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Figures</th>
            {HEADLINE_GROUPS.map((group) => (
              <th scope="col" key={group.key}>
                Latest: {group.label.toLowerCase()}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ranking.map((entry) => (
            <tr key={entry.source.id} data-source-id={entry.source.id}>
              <th scope="row">
                <Link href={`/sources/${entry.source.id}`}>{entry.source.name}</Link>
                <span className="muted source-kind-inline"> {SOURCE_KIND_LABELS[entry.source.kind]}</span>
              </th>
              <td data-label="Figures" className="number-cell">
                <Link prefetch={false} href={`/figures${scopeToQuery({ ...scope, sourceId: entry.source.id })}`}>
                  {formatNumber(entry.figureCount)}
                  <span className="visually-hidden"> figures from {entry.source.name}</span>
                </Link>
              </td>
              {HEADLINE_GROUPS.map((group) => {
                const figure = entry.latest[group.key];
                return (
                  <td key={group.key} data-label={`Latest: ${group.label.toLowerCase()}`}>
                    {figure ? (
                      <>
                        <Link href={`/figures/${figure.id}`}>{formatFigure(figure)}</Link>
                        <span className="muted"> {formatDay(figure.date)}</span>
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
