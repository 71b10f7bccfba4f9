import { recordEndpoint } from '@/lib/api/endpoint';
import { NO_PARAMETERS } from '@/lib/api/parameters';
import { getSource } from '@/lib/data/sources';

export const dynamic = 'force-dynamic';

/** GET /api/sources/:id: the source and how many figures are attributed to it (its figures: /api/figures?source=id). */
export const GET = recordEndpoint('source', NO_PARAMETERS, async (id) => {
  const source = await getSource(id);
  return source ? { body: source } : null;
});
