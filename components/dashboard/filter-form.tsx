import Link from 'next/link';
import type { FigureFilters } from '@/lib/data/figures';
import type { PlaceSummary } from '@/lib/data/places';
import type { ReportSummary } from '@/lib/data/reports';
import type { SourceSummary } from '@/lib/data/sources';
import { categoryLabel } from '@/lib/format/category-colours';
import { formatDay } from '@/lib/format/figure';
import { CATEGORIES } from '@/lib/figures/vocabulary';

/**
 * The overview's filters as a plain GET form: the choice lands in the URL (?category=…&source=…&place=…&report=…)
 * so a view can be shared, and it works without JavaScript.
 */
export function FilterForm({
  filters,
  sources,
  places,
  reports,
}: {
  filters: FigureFilters;
  sources: SourceSummary[];
  places: PlaceSummary[];
  reports: ReportSummary[];
}) {
  return (
    <form className="filter-form" method="get" action="/" aria-label="Filter figures">
      <label>
        <span>Category</span>
        <select name="category" defaultValue={filters.category ?? ''}>
          <option value="">All categories</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {categoryLabel(category)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Source</span>
        <select name="source" defaultValue={filters.sourceId ? String(filters.sourceId) : ''}>
          <option value="">All sources</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Place</span>
        <select name="place" defaultValue={filters.placeId ? String(filters.placeId) : ''}>
          <option value="">All places</option>
          {places.map((place) => (
            <option key={place.id} value={place.id}>
              {place.parentName ? `${place.name} (${place.parentName})` : place.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Report</span>
        <select name="report" defaultValue={filters.reportId ? String(filters.reportId) : ''}>
          <option value="">All reports</option>
          {reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.outlet}, {formatDay(report.publishedAt)}
            </option>
          ))}
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit">Show figures</button>
        <Link href="/">Clear filters</Link>
      </div>
    </form>
  );
}
