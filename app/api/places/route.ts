import { listEndpoint } from '@/lib/api/endpoint';
import { PLACE_LIST_PARAMETERS } from '@/lib/api/parameters';
import { fetchPlacePage, getPlace, isNameKey, NAME_KEY_LENGTH } from '@/lib/data/catalog-lists';
import { parseId } from '@/lib/data/ids';

export const dynamic = 'force-dynamic';

/** GET /api/places: the places by name, each with the one it sits in; `parent` lists only the places in one. */
export const GET = listEndpoint(PLACE_LIST_PARAMETERS, { isKey: isNameKey, keyLength: NAME_KEY_LENGTH }, async ({ cursor, limit }, params) => {
  const parentText = params.get('parent');
  if (parentText === null) return fetchPlacePage(null, cursor, limit);
  const parentId = parseId(parentText.trim());
  if (parentId === null) return { problems: [{ parameter: 'parent', value: parentText, message: 'must be a positive whole number (the id of a place)' }] };
  if (!(await getPlace(parentId))) return { problems: [{ parameter: 'parent', value: parentText, message: 'names no place' }] };
  return fetchPlacePage(parentId, cursor, limit);
});
