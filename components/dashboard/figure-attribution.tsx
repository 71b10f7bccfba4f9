import Link from 'next/link';
import type { FigureView } from '@/lib/data/figures';
import { formatDay } from '@/lib/format/figure';

/** Who says so, where and when: "UNICEF · Raqqa · 9 June 2017". */
export function FigureAttribution({ figure }: { figure: FigureView }) {
  return (
    <p className="attribution">
      <span className="attribution-source">
        {figure.source ? (
          <Link href={`/sources/${figure.source.id}`}>{figure.source.name}</Link>
        ) : (
          <span className="unattributed">Not attributed in the text ({figure.report.outlet})</span>
        )}
      </span>
      <span className="attribution-sep" aria-hidden="true"> · </span>
      <span>{figure.place?.name ?? 'place not stated'}</span>
      <span className="attribution-sep" aria-hidden="true"> · </span>
      <time dateTime={figure.date ?? undefined}>{formatDay(figure.date)}</time>
    </p>
  );
}
