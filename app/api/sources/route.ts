import { listEndpoint } from '@/lib/api/endpoint';
import { LIST_PARAMETERS } from '@/lib/api/parameters';
import { fetchSourcePage, isNameKey, NAME_KEY_LENGTH } from '@/lib/data/catalog-lists';

export const dynamic = 'force-dynamic';

/** GET /api/sources: the sources by name, with how many figures each has. */
export const GET = listEndpoint(LIST_PARAMETERS, { isKey: isNameKey, keyLength: NAME_KEY_LENGTH }, ({ cursor, limit }) =>
  fetchSourcePage(cursor, limit),
);
