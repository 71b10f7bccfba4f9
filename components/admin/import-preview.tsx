/**
 * The preview of an import: the counts, what was done to read the file, every problem of the file or of a row
 * (row numbers as a spreadsheet shows them, the column named), and what will be created, matched or skipped.
 */
import Link from 'next/link';
import type { ImportPreview, RowOutcome } from '@/lib/import/types';

const STATUS_LABELS: Record<RowOutcome['status'], string> = {
  error: 'Error',
  create: 'Will be created',
  present: 'Already present, skipped',
};

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

function RowDetails({ outcome }: { outcome: RowOutcome }) {
  if (outcome.status === 'present' && outcome.existingFigureId !== null) {
    return <>Same report, offsets and value as <Link href={`/admin/figures/${outcome.existingFigureId}`}>figure #{outcome.existingFigureId}</Link></>;
  }
  if (outcome.status === 'create') return <>A new figure</>;
  return (
    <ul className="admin-import-problems">
      {outcome.problems.map((problem, index) => (
        <li key={index}>
          {problem.column ? <><code>{problem.column}</code>: </> : null}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

export function ImportPreviewReport({ preview }: { preview: ImportPreview }) {
  const { counts } = preview;
  return (
    <section className="admin-import" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">Preview</h2>
      {preview.notices.map((notice) => <p key={notice} className="admin-muted">{notice}</p>)}
      {preview.fileProblems.length > 0 ? (
        <div className="admin-notice admin-notice--error" role="alert">
          <p><strong>This file cannot be imported:</strong></p>
          <ul>{preview.fileProblems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      ) : (
        <>
          <p className="admin-import-counts" id="import-counts">
            <strong>{plural(counts.create, 'figure', 'figures')} to create</strong>, {plural(counts.present, 'figure', 'figures')} already
            present, <strong className={counts.errors > 0 ? 'admin-import-error-count' : undefined}>{plural(counts.errors, 'row', 'rows')} with errors</strong>.
          </p>
          <div className="table-scroll">
            <table className="admin-table admin-import-rows">
              <caption>Rows of the file, errors first (row numbers as in a spreadsheet: the header is row 1)</caption>
              <thead>
                <tr><th scope="col">Row</th><th scope="col">Result</th><th scope="col">Number as written</th><th scope="col">Category</th><th scope="col">Report</th><th scope="col">Details</th></tr>
              </thead>
              <tbody>
                {preview.rows.map((outcome) => (
                  <tr key={outcome.row} className={`admin-import-row--${outcome.status}`}>
                    <th scope="row" className="admin-number">{outcome.row}</th>
                    <td>{STATUS_LABELS[outcome.status]}</td>
                    <td>{outcome.rawText}</td>
                    <td>{outcome.category}</td>
                    <td>{outcome.reportTitle}</td>
                    <td><RowDetails outcome={outcome} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.rowsNotListed > 0 ? <p className="admin-muted">{plural(preview.rowsNotListed, 'more row is', 'more rows are')} not listed; the counts above include them.</p> : null}
          <CatalogTables preview={preview} />
        </>
      )}
    </section>
  );
}

function CatalogTables({ preview }: { preview: ImportPreview }) {
  return (
    <>
      {preview.sources.length > 0 ? (
        <div className="table-scroll">
          <table className="admin-table">
            <caption>Sources named in the file</caption>
            <thead><tr><th scope="col">Name in the file</th><th scope="col">Kind</th><th scope="col">Result</th></tr></thead>
            <tbody>
              {preview.sources.map((source) => (
                <tr key={source.name}>
                  <th scope="row">{source.name}</th>
                  <td>{source.kind}</td>
                  <td>{source.matched ? <>Matches <Link href={`/admin/sources/${source.matched.id}`}>{source.matched.name}</Link></> : 'Will be created'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.places.length > 0 ? (
        <div className="table-scroll">
          <table className="admin-table">
            <caption>Places named in the file</caption>
            <thead><tr><th scope="col">Name in the file</th><th scope="col">Admin code</th><th scope="col">Latitude, longitude</th><th scope="col">Result</th></tr></thead>
            <tbody>
              {preview.places.map((place) => (
                <tr key={place.name}>
                  <th scope="row">{place.name}</th>
                  <td>{place.adminCode}</td>
                  <td className="admin-number">{place.latitude !== null && place.longitude !== null ? `${place.latitude}, ${place.longitude}` : ''}</td>
                  <td>{place.matched ? <>Matches <Link href={`/admin/places/${place.matched.id}`}>{place.matched.name}</Link></> : 'Will be created'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
