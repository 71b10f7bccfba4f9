import Link from 'next/link';
import { fetchPlaceCounts } from '@/lib/data/place-counts';
import { scopeToQuery, type FigureScope } from '@/lib/data/scope';
import { formatNumber } from '@/lib/format/figure';

/** The places of the scope with the most figures, each one click from the overview scoped to it. */
export async function PlaceCounts({ scope }: { scope: FigureScope }) {
  const places = await fetchPlaceCounts(scope);
  if (places.length === 0) return <p>No figure of this selection names a place.</p>;
  return (
    <ol className="place-counts">
      {places.map((place) => (
        <li key={place.id} data-place-id={place.id}>
          <Link prefetch={false} href={`/${scopeToQuery({ ...scope, placeId: place.id })}`}>{place.name}</Link>
          {place.parentName ? <span className="muted"> ({place.parentName})</span> : null}: {formatNumber(place.figureCount)}{' '}
          {place.figureCount === 1 ? 'figure' : 'figures'}
        </li>
      ))}
    </ol>
  );
}
