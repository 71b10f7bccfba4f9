import { scopeToQuery, type FigureScope } from '@/lib/data/scope';

/** Links that download exactly the figures of the scope on screen, as CSV and as HXL-tagged CSV. */
export function DownloadLinks({ scope }: { scope: FigureScope }) {
  const query = scopeToQuery(scope);
  return (
    <p className="download-links">
      Download these figures: <a href={`/api/figures.csv${query}`} download>CSV</a> ·{' '}
      <a href={`/api/figures.hxl.csv${query}`} download>
        HXL-tagged CSV
      </a>
    </p>
  );
}
