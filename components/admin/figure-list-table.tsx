import Link from 'next/link';
import type { AdminFigureRow } from '@/lib/data/admin-figure-list';
import { CATEGORY_LABELS, QUALIFIER_LABELS } from '@/lib/figures/vocabulary';
import { formatNumber, formatRange } from '@/lib/format/figure';

/** One page of the admin figure list; on narrow screens each row becomes a labelled card. */
export function FigureListTable({ figures }: { figures: AdminFigureRow[] }) {
  return (
    <div className="table-scroll">
      <table className="admin-table admin-table--cards">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Range</th>
            <th scope="col">Category</th>
            <th scope="col">What is counted</th>
            <th scope="col">Source</th>
            <th scope="col">Report</th>
            <th scope="col">Version</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id}>
              <td data-label="Figure">
                <Link href={`/admin/figures/${figure.id}`} aria-label={`Edit figure #${figure.id} “${figure.rawText}”`}>{figure.rawText}</Link>
              </td>
              <td data-label="Range" className="admin-number">
                <span>
                  {figure.low === null && figure.high === null && figure.value !== null ? formatNumber(figure.value) : formatRange(figure)} <span className="admin-muted">({QUALIFIER_LABELS[figure.qualifier]})</span>
                </span>
              </td>
              <td data-label="Category">{CATEGORY_LABELS[figure.category]}</td>
              <td data-label="Counted">{figure.counted}</td>
              <td data-label="Source"><span>{figure.sourceName ?? <span className="admin-muted">unattributed</span>}</span></td>
              <td data-label="Report"><span>{figure.reportTitle}</span></td>
              <td data-label="Version" className="admin-number">{figure.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
