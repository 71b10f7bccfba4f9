import 'server-only';
import { allowedParameters, FIGURE_EXPORT_PARAMETERS } from '@/lib/api/parameters';
import { badRequest } from '@/lib/api/request';
import { readApiScope } from '@/lib/api/scope';
import { answerPublicGet } from '@/lib/http/public-get';
import { exportFileName, streamFigureCsv } from './figure-csv';
import { toDateString } from '@/lib/format/dates';

/**
 * The answer of a CSV export route: the scope read as the API reads it (400 for anything it cannot use), then the
 * file, streamed, with a name that says its scope and day.
 */
export async function figureCsvResponse(request: Request, { hxl }: { hxl: boolean }): Promise<Response> {
  return answerPublicGet(request, () => answerCsv(request, hxl));
}

async function answerCsv(request: Request, hxl: boolean): Promise<Response> {
  const { scope, problems } = await readApiScope(new URL(request.url).searchParams, allowedParameters(FIGURE_EXPORT_PARAMETERS));
  if (problems.length > 0) return badRequest(problems);
  const fileName = exportFileName(scope, toDateString(new Date()), hxl);
  return new Response(streamFigureCsv(scope, { hxl }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
    },
  });
}
