import { recordEndpoint } from '@/lib/api/endpoint';
import { NO_PARAMETERS } from '@/lib/api/parameters';
import { getPlace } from '@/lib/data/catalog-lists';

export const dynamic = 'force-dynamic';

/** GET /api/places/:id: the place with the one it sits in (the places in it: /api/places?parent=id). */
export const GET = recordEndpoint('place', NO_PARAMETERS, async (id) => {
  const place = await getPlace(id);
  return place ? { body: place } : null;
});
