/**
 * The OpenAPI 3.1 document of the public API, generated from the zod schemas of its parameters
 * (lib/api/parameters.ts) and answers (lib/api/schemas.ts): nothing in it is written twice.
 */
import { z } from 'zod';
import {
  FIGURE_EXPORT_PARAMETERS,
  FIGURE_LIST_PARAMETERS,
  LIST_PARAMETERS,
  NO_PARAMETERS,
  PLACE_LIST_PARAMETERS,
} from './parameters';
import {
  API_SCHEMA_DESCRIPTIONS,
  API_SCHEMAS,
  ErrorSchema,
  FigureDetailSchema,
  FigureListSchema,
  PlaceListSchema,
  PlaceSchema,
  ReportDetailSchema,
  ReportListSchema,
  SourceListSchema,
  SourceSchema,
} from './schemas';

type JsonObject = Record<string, unknown>;

interface Endpoint {
  path: string;
  summary: string;
  description?: string;
  parameters: z.ZodObject;
  /** The record an `{id}` in the path names. */
  idOf?: string;
  answer: { schema: z.ZodType } | { csv: string };
}

export const PUBLIC_ENDPOINTS: readonly Endpoint[] = [
  {
    path: '/api/figures',
    summary: 'Figures of a scope, newest first',
    description: 'Figures by the date they refer to, latest first, then undated ones. The scope parameters are those of the pages.',
    parameters: FIGURE_LIST_PARAMETERS,
    answer: { schema: FigureListSchema },
  },
  {
    path: '/api/figures/{id}',
    summary: 'One figure with its whole, its parts and its public history',
    parameters: NO_PARAMETERS,
    idOf: 'figure',
    answer: { schema: FigureDetailSchema },
  },
  {
    path: '/api/figures.csv',
    summary: 'Every figure of a scope as CSV',
    description: 'UTF-8 without BOM, RFC 4180 quoting, one row per figure with its provenance; streamed. Text cells that a spreadsheet would run as a formula start with an apostrophe.',
    parameters: FIGURE_EXPORT_PARAMETERS,
    answer: { csv: 'text/csv' },
  },
  {
    path: '/api/figures.hxl.csv',
    summary: 'Every figure of a scope as HXL-tagged CSV',
    description: 'The CSV export with the HXL hashtag row under the header.',
    parameters: FIGURE_EXPORT_PARAMETERS,
    answer: { csv: 'text/csv' },
  },
  { path: '/api/reports', summary: 'Reports, newest first', parameters: LIST_PARAMETERS, answer: { schema: ReportListSchema } },
  {
    path: '/api/reports/{id}',
    summary: 'One report with its text and a page of its figures in text order',
    parameters: LIST_PARAMETERS,
    idOf: 'report',
    answer: { schema: ReportDetailSchema },
  },
  { path: '/api/sources', summary: 'Sources by name', parameters: LIST_PARAMETERS, answer: { schema: SourceListSchema } },
  { path: '/api/sources/{id}', summary: 'One source', parameters: NO_PARAMETERS, idOf: 'source', answer: { schema: SourceSchema } },
  { path: '/api/places', summary: 'Places by name, each with its parent', parameters: PLACE_LIST_PARAMETERS, answer: { schema: PlaceListSchema } },
  { path: '/api/places/{id}', summary: 'One place with its parent', parameters: NO_PARAMETERS, idOf: 'place', answer: { schema: PlaceSchema } },
];

const ref = (schema: z.ZodType): JsonObject => ({ $ref: `#/components/schemas/${API_SCHEMAS.get(schema)!.id}` });

/** A JSON Schema without the keywords that only a stand-alone document carries. */
function embedded(schema: JsonObject): JsonObject {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function queryParameter(name: string, field: z.ZodType): JsonObject {
  const schema = embedded(z.toJSONSchema(field, { target: 'draft-2020-12', io: 'input' }));
  const { description, ...rest } = schema;
  return { name, in: 'query', required: false, description, schema: rest };
}

const CACHE_HEADERS = {
  ETag: { description: 'Changes whenever the data changes; send it back as If-None-Match for a 304.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string', const: 'public, max-age=0, must-revalidate' } },
  'Access-Control-Allow-Origin': { schema: { type: 'string', const: '*' } },
};

const errorAnswer = (description: string) => ({ description, content: { 'application/json': { schema: ref(ErrorSchema) } } });

function operation(endpoint: Endpoint): JsonObject {
  const parameters = [
    ...(endpoint.idOf ? [{ name: 'id', in: 'path', required: true, description: `The id of the ${endpoint.idOf}`, schema: { type: 'integer', minimum: 1 } }] : []),
    ...Object.entries(endpoint.parameters.shape).map(([name, field]) => queryParameter(name, field as z.ZodType)),
    { name: 'If-None-Match', in: 'header', required: false, description: 'The ETag of an earlier answer', schema: { type: 'string' } },
  ];
  const content = 'schema' in endpoint.answer ? { 'application/json': { schema: ref(endpoint.answer.schema) } } : { [endpoint.answer.csv]: { schema: { type: 'string' } } };
  return {
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    operationId: `get${endpoint.path.replace(/\{id\}/, 'ById').replace(/[^A-Za-z]+(.)?/g, (_match, next: string | undefined) => (next ?? '').toUpperCase())}`,
    parameters,
    responses: {
      200: { description: 'OK', headers: CACHE_HEADERS, content },
      304: { description: 'Not modified since the ETag sent as If-None-Match', headers: CACHE_HEADERS },
      400: errorAnswer('A parameter is unknown, malformed or names nothing; every one is listed in problems'),
      ...(endpoint.idOf ? { 404: errorAnswer(`There is no ${endpoint.idOf} with this id`) } : {}),
    },
  };
}

/** The OpenAPI 3.1 document of the public API. */
export function buildOpenApiDocument(): JsonObject {
  const { schemas } = z.toJSONSchema(API_SCHEMAS, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonObject> };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Humanitarian figures API',
      version: '1',
      description:
        'The numbers quoted in crisis reporting, each with its source, hedge, place, date and the sentence it comes from. Figures from overlapping reports may count the same people: never add them up. Every answer can be cached by any HTTP cache (ETag, If-None-Match) and read from any origin.',
    },
    paths: Object.fromEntries(PUBLIC_ENDPOINTS.map((endpoint) => [endpoint.path, { get: operation(endpoint) }])),
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, { description: API_SCHEMA_DESCRIPTIONS.get(id), ...embedded(schema) }])),
    },
  };
}
