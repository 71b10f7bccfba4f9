import Link from 'next/link';

/** The text search above a catalog list (a GET form, so the search lives in the URL and a new search starts at page one). */
export function ListSearchForm({ action, query, label, placeholder }: { action: string; query: string | undefined; label: string; placeholder: string }) {
  return (
    <form className="admin-filters admin-filters--single" role="search" aria-label={label} action={action}>
      <div className="admin-field">
        <label htmlFor="filter-q">{label}</label>
        <input id="filter-q" name="q" type="search" defaultValue={query ?? ''} placeholder={placeholder} />
      </div>
      <div className="admin-filter-buttons">
        <button type="submit" className="admin-button admin-button--primary">Find</button>
        {query ? <Link href={action}>Clear</Link> : null}
      </div>
    </form>
  );
}
