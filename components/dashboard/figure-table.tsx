import Link from 'next/link';
import type { FigureView } from '@/lib/data/figures';
import { formatDay, formatFigure, formatRange } from '@/lib/format/figure';
import { CategoryChip } from './category-chip';

type Column = 'category' | 'source' | 'place' | 'date';

/**
 * The figures as a table: the accessible alternative to every chart and the list a reader without JavaScript
 * reads. Each figure links to its page.
 */
export function FigureTable({
  figures,
  caption,
  columns = ['category', 'source', 'place', 'date'],
}: {
  figures: FigureView[];
  caption: string;
  columns?: Column[];
}) {
  return (
    <div className="table-scroll">
      <table className="figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Range</th>
            <th scope="col">What is counted</th>
            {columns.includes('category') ? <th scope="col">Category</th> : null}
            {columns.includes('source') ? <th scope="col">Source</th> : null}
            {columns.includes('place') ? <th scope="col">Place</th> : null}
            {columns.includes('date') ? <th scope="col">Date</th> : null}
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id} data-figure-id={figure.id}>
              <th scope="row" className="figure-cell">
                <Link href={`/figures/${figure.id}`}>{formatFigure(figure)}</Link>
              </th>
              <td className="nowrap" data-label="Range">{formatRange(figure)}</td>
              <td data-label="Counted">{figure.counted}</td>
              {columns.includes('category') ? (
                <td data-label="Category">
                  <CategoryChip category={figure.category} />
                </td>
              ) : null}
              {columns.includes('source') ? (
                <td data-label="Source">{figure.source ? <Link href={`/sources/${figure.source.id}`}>{figure.source.name}</Link> : 'Not attributed'}</td>
              ) : null}
              {columns.includes('place') ? <td data-label="Place">{figure.place?.name ?? '—'}</td> : null}
              {columns.includes('date') ? <td className="nowrap" data-label="Date">{formatDay(figure.date)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
