import type { Metadata } from 'next';
import Link from 'next/link';
import { describeRange } from '@/components/admin/figure-range';
import { requireUser } from '@/lib/auth/session';
import { fetchAdminFigures, fetchFigureFormOptions } from '@/lib/data/admin-figures';
import { CATEGORIES, CATEGORY_LABELS, QUALIFIER_LABELS } from '@/lib/figures/vocabulary';

export const metadata: Metadata = { title: 'Figures' };

type Search = { q?: string; category?: string; sourceId?: string; reportId?: string; deleted?: string };

const positive = (text: string | undefined) => (text && /^\d+$/.test(text) ? Number(text) : undefined);

export default async function AdminFiguresPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireUser('/admin');
  const search = await searchParams;
  const [figures, options] = await Promise.all([
    fetchAdminFigures({ query: search.q, category: search.category, sourceId: positive(search.sourceId), reportId: positive(search.reportId) }),
    fetchFigureFormOptions(),
  ]);
  const filtered = Boolean(search.q || search.category || search.sourceId || search.reportId);

  return (
    <>
      <div className="admin-title-row">
        <h1>Figures</h1>
        <Link className="admin-button admin-button--primary" href="/admin/figures/new">New figure</Link>
      </div>
      {search.deleted ? (
        <p className="admin-notice admin-notice--success" role="status">Figure #{search.deleted} was deleted. Its history is kept.</p>
      ) : null}

      <form className="admin-filters" role="search" aria-label="Find figures">
        <div className="admin-field">
          <label htmlFor="filter-q">Text</label>
          <input id="filter-q" name="q" type="search" defaultValue={search.q ?? ''} placeholder="number, sentence or what is counted" />
        </div>
        <div className="admin-field">
          <label htmlFor="filter-category">Category</label>
          <select id="filter-category" name="category" defaultValue={search.category ?? ''}>
            <option value="">All</option>
            {CATEGORIES.map((category) => <option key={category} value={category}>{CATEGORY_LABELS[category]}</option>)}
          </select>
        </div>
        <div className="admin-field">
          <label htmlFor="filter-source">Source</label>
          <select id="filter-source" name="sourceId" defaultValue={search.sourceId ?? ''}>
            <option value="">All</option>
            {options.sources.map((source) => <option key={source.id} value={source.id}>{source.name}</option>)}
          </select>
        </div>
        <div className="admin-field">
          <label htmlFor="filter-report">Report</label>
          <select id="filter-report" name="reportId" defaultValue={search.reportId ?? ''}>
            <option value="">All</option>
            {options.reports.map((report) => <option key={report.id} value={report.id}>{report.title}</option>)}
          </select>
        </div>
        <div className="admin-filter-buttons">
          <button type="submit" className="admin-button admin-button--primary">Find</button>
          {filtered ? <Link href="/admin">Clear</Link> : null}
        </div>
      </form>

      <p className="admin-count" role="status">{figures.length} {figures.length === 1 ? 'figure' : 'figures'}{filtered ? ' found' : ''}</p>
      {figures.length > 0 ? (
        <div className="table-scroll">
          <table className="admin-table admin-table--cards">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Range</th>
                <th scope="col">Category</th>
                <th scope="col">What is counted</th>
                <th scope="col">Source</th>
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
                      {describeRange(figure)} <span className="admin-muted">({QUALIFIER_LABELS[figure.qualifier]})</span>
                    </span>
                  </td>
                  <td data-label="Category">{CATEGORY_LABELS[figure.category]}</td>
                  <td data-label="Counted">{figure.counted}</td>
                  <td data-label="Source"><span>{figure.sourceName ?? <span className="admin-muted">unattributed</span>}</span></td>
                  <td data-label="Version" className="admin-number">{figure.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No figure matches. <Link href="/admin">Show all figures</Link></p>
      )}
    </>
  );
}
