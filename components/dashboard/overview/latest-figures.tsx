import Link from 'next/link';
import { fetchFigurePage } from '@/lib/data/figure-list';
import { scopeToQuery, type FigureScope } from '@/lib/data/scope';
import { formatNumber } from '@/lib/format/figure';
import { DownloadLinks } from '../download-links';
import { FigureTable } from '../figure-table';

export const LATEST_FIGURES = 25;

/** The most recent figures of the scope, with a link to the full, paginated list. */
export async function LatestFigures({ scope }: { scope: FigureScope }) {
  const page = await fetchFigurePage(scope, null, LATEST_FIGURES);
  if (page.items.length === 0) return <p>No figures match this selection.</p>;
  return (
    <>
      <FigureTable figures={page.items} caption={`The ${page.items.length} most recent figures, by the date they refer to`} />
      <p>
        <Link prefetch={false} href={`/figures${scopeToQuery(scope)}`}>All {formatNumber(page.total)} figures of this selection</Link>
      </p>
      <DownloadLinks scope={scope} />
    </>
  );
}
