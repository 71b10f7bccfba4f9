import { buildOpenApiDocument } from '@/lib/api/openapi';

export const dynamic = 'force-static';

/** GET /api/openapi.json: the OpenAPI 3.1 document of the public API, generated from its zod schemas. */
export function GET(): Response {
  return Response.json(buildOpenApiDocument(), { headers: { 'Access-Control-Allow-Origin': '*' } });
}
