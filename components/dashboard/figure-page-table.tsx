import type { ComponentProps } from 'react';
import type { Page } from '@/lib/data/cursor';
import type { FigureView } from '@/lib/data/figures';
import { scopeToQuery, type FigureScope } from '@/lib/data/scope';
import { formatNumber } from '@/lib/format/figure';
import { FigureTable } from './figure-table';
import { DownloadLinks } from './download-links';
import { PageLinks } from './page-links';

/**
 * One page of a scope's figures as a table, with the links that walk the rest of the list: "next" carries the
 * cursor of this page's last figure, so every figure of the scope is reached exactly once.
 */
export function FigurePageTable({
  page,
  scope,
  caption,
  columns,
  isFirstPage,
}: {
  page: Page<FigureView>;
  scope: FigureScope;
  caption: string;
  columns?: ComponentProps<typeof FigureTable>['columns'];
  isFirstPage: boolean;
}) {
  if (page.items.length === 0) return <p>No figures match this selection.</p>;
  return (
    <>
      <FigureTable figures={page.items} caption={caption} columns={columns} />
      <PageLinks
        label="Pages of figures"
        firstHref={isFirstPage ? null : `/figures${scopeToQuery(scope)}`}
        nextHref={page.nextCursor ? `/figures${scopeToQuery(scope, { cursor: page.nextCursor })}` : null}
      >
        <p className="muted">
          {formatNumber(page.items.length)} of {formatNumber(page.total)} {page.total === 1 ? 'figure' : 'figures'}, newest first.
        </p>
      </PageLinks>
      <DownloadLinks scope={scope} />
    </>
  );
}
