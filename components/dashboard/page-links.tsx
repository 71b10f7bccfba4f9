import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * The links that walk a paginated list: back to its first page (when not on it) and on to the next (when there is
 * one). Lists are scoped views rendered on request, so the links are not prefetched.
 */
export function PageLinks({ label, firstHref, nextHref, children }: { label: string; firstHref: string | null; nextHref: string | null; children?: ReactNode }) {
  return (
    <nav className="pagination" aria-label={label}>
      {children}
      <ul>
        {firstHref ? (
          <li>
            <Link prefetch={false} href={firstHref}>
              First page
            </Link>
          </li>
        ) : null}
        {nextHref ? (
          <li>
            <Link prefetch={false} href={nextHref} rel="next">
              Next page
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
