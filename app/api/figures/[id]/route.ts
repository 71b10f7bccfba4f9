import { recordEndpoint } from '@/lib/api/endpoint';
import { NO_PARAMETERS } from '@/lib/api/parameters';
import { getFigureDetail } from '@/lib/data/figure-detail';
import { getPublicFigureHistory } from '@/lib/data/figure-history';

export const dynamic = 'force-dynamic';

/** GET /api/figures/:id: the figure with the whole it is part of, its parts (at most 50) and its public history. */
export const GET = recordEndpoint('figure', NO_PARAMETERS, async (id) => {
  const [detail, history] = await Promise.all([getFigureDetail(id), getPublicFigureHistory(id)]);
  return detail ? { body: { ...detail.figure, whole: detail.partOf, parts: detail.parts, history } } : null;
});
