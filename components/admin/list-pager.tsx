import Link from 'next/link';

/**
 * The count and page links under an admin list: how many rows match, which ones this page shows, and links to the
 * next page and back to the first, each keeping the list's search and filters (the caller builds the links).
 */
export function ListPager({
  total,
  shown,
  noun,
  nextHref,
  firstHref,
  filtered,
}: {
  total: number;
  shown: number;
  /** Singular and plural: ['figure', 'figures']. */
  noun: [string, string];
  nextHref: string | null;
  /** The first page's link, or null on the first page. */
  firstHref: string | null;
  filtered: boolean;
}) {
  const counted = `${total.toLocaleString('en')} ${total === 1 ? noun[0] : noun[1]}${filtered ? ' found' : ''}`;
  const position = shown < total ? `, ${shown.toLocaleString('en')} on this page` : '';
  return (
    <div className="admin-pager">
      <p className="admin-count" role="status">
        {counted}
        {position}
      </p>
      {nextHref || firstHref ? (
        <nav className="admin-pager-links" aria-label="Pages">
          {firstHref ? <Link href={firstHref}>First page</Link> : null}
          {nextHref ? (
            <Link href={nextHref} rel="next">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

/** The notice shown instead of an error when a page link's cursor cannot be read. */
export function BadCursorNotice() {
  return (
    <p className="admin-notice admin-notice--error" role="alert">
      That page link is no longer valid (edited, or from another list), so here is the first page.
    </p>
  );
}
