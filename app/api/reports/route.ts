import { listEndpoint } from '@/lib/api/endpoint';
import { LIST_PARAMETERS } from '@/lib/api/parameters';
import { fetchReportPage, isReportListKey, REPORT_LIST_KEY_LENGTH } from '@/lib/data/reports';

export const dynamic = 'force-dynamic';

/** GET /api/reports: the reports, newest first, with how many figures each holds. */
export const GET = listEndpoint(LIST_PARAMETERS, { isKey: isReportListKey, keyLength: REPORT_LIST_KEY_LENGTH }, ({ cursor, limit }) =>
  fetchReportPage(cursor, limit),
);
