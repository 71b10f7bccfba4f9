import Link from 'next/link';
import type { FilterOptions } from '@/lib/data/filter-options';
import type { FigureScope } from '@/lib/data/scope';
import type { ScopeNames } from '@/lib/data/scope-names';
import { formatDay } from '@/lib/format/figure';
import { GRADE_FILTERS, MAX_SEARCH_LENGTH } from '@/lib/data/scope';
import { CATEGORIES, QUALIFIER_LABELS, QUALIFIERS, CATEGORY_LABELS } from '@/lib/figures/vocabulary';

/**
 * The overview's scope as a plain GET form: the choice lands in the URL (?category=…&source=…&place=…&from=…&q=…)
 * so a view can be shared, and it works without JavaScript. The lists are bounded (the most cited sources, the
 * upper levels of the place tree); a source or place chosen elsewhere stays selected as the current choice.
 */
export function FilterForm({ scope, names, options, action = '/' }: { scope: FigureScope; names: ScopeNames; options: FilterOptions; action?: '/' | '/figures' }) {
  const sources = names.source && !options.sources.some((source) => source.id === names.source!.id) ? [names.source, ...options.sources] : options.sources;
  const places =
    names.place && !options.places.some((place) => place.id === names.place!.id) ? [{ ...names.place, parentName: null }, ...options.places] : options.places;
  return (
    <form className="filter-form" method="get" action={action} aria-label="Filter figures">
      <label>
        <span>Category</span>
        <select name="category" defaultValue={scope.category ?? ''}>
          <option value="">All categories</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Source</span>
        <select name="source" defaultValue={scope.sourceId ? String(scope.sourceId) : ''}>
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
        <select name="place" defaultValue={scope.placeId ? String(scope.placeId) : ''}>
          <option value="">All places</option>
          {places.map((place) => (
            <option key={place.id} value={place.id}>
              {place.parentName ? `${place.name} (${place.parentName})` : place.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>From</span>
        <input type="date" name="from" defaultValue={scope.from ?? ''} />
      </label>
      <label>
        <span>To</span>
        <input type="date" name="to" defaultValue={scope.to ?? ''} />
      </label>
      <label>
        <span>Hedge</span>
        <select name="qualifier" defaultValue={scope.qualifier ?? ''}>
          <option value="">Any hedge</option>
          {QUALIFIERS.map((qualifier) => (
            <option key={qualifier} value={qualifier}>
              {QUALIFIER_LABELS[qualifier]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Grade</span>
        <select name="grade" defaultValue={scope.grade ?? ''}>
          <option value="">Any grade</option>
          {GRADE_FILTERS.map((grade) => (
            <option key={grade} value={grade}>
              {grade}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Text</span>
        <input type="search" name="q" defaultValue={scope.q ?? ''} maxLength={MAX_SEARCH_LENGTH} placeholder="in the number, what is counted or the sentence" />
      </label>
      {names.report ? (
        <p className="filter-report">
          <input type="hidden" name="report" value={names.report.id} />
          Report: {names.report.title} ({names.report.outlet}, {formatDay(names.report.publishedAt)})
        </p>
      ) : null}
      <div className="filter-actions">
        <button type="submit">Show figures</button>
        <Link href={action}>Clear filters</Link>
      </div>
    </form>
  );
}
