/**
 * The shapes the public API answers with, as zod schemas: the one description from which the OpenAPI document's
 * schemas are generated (lib/api/openapi.ts), and against which the tests check real responses. Each named schema
 * is registered in API_SCHEMAS under the name the document gives it.
 */
import { z } from 'zod';
import { CATEGORIES, GRADES, QUALIFIERS, SOURCE_KINDS } from '@/lib/figures/vocabulary';
import { MAX_COUNT } from '@/lib/validation/fields';

export const API_SCHEMAS = z.registry<{ id: string; description?: string }>();

/** The description of each named schema, by name. */
export const API_SCHEMA_DESCRIPTIONS = new Map<string, string>();

function named<Schema extends z.ZodType>(id: string, description: string, schema: Schema): Schema {
  API_SCHEMAS.add(schema, { id, description });
  API_SCHEMA_DESCRIPTIONS.set(id, description);
  return schema;
}

const Id = z.int().positive();
const Count = z.int().min(0).max(MAX_COUNT);
const Day = z.iso.date();

export const SourceRefSchema = named(
  'SourceRef',
  'Who a figure is attributed to.',
  z.object({
    id: Id,
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(SOURCE_KINDS),
    description: z.string().nullable(),
  }),
);

export const PlaceRefSchema = named(
  'PlaceRef',
  'Where a figure applies.',
  z.object({
    id: Id,
    name: z.string(),
    adminCode: z.string().nullable().describe('P-code or other administrative code'),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  }),
);

export const ReportRefSchema = named(
  'ReportRef',
  'The published text a figure comes from.',
  z.object({ id: Id, title: z.string(), outlet: z.string(), publishedAt: Day, url: z.string().nullable() }),
);

export const FigureSchema = named(
  'Figure',
  'One number as a report states it, with its hedge, source, place, date and sentence. Figures from different reports may count the same people: never add them up.',
  z.object({
    id: Id,
    category: z.enum(CATEGORIES),
    value: Count.nullable().describe('The best single value; null for a bare range or a vague quantity'),
    low: Count.nullable().describe('Lowest value the wording allows'),
    high: Count.nullable().describe('Highest value the wording allows'),
    qualifier: z.enum(QUALIFIERS).describe('The hedge of the wording'),
    rawText: z.string().describe('The number phrase exactly as written'),
    quote: z.string().describe('The sentence the figure comes from'),
    start: z.int().min(0).describe("Offset of rawText in the report's text"),
    end: z.int().min(0),
    counted: z.string().describe('What is counted'),
    date: Day.nullable().describe('The day the figure refers to'),
    grade: z.enum(GRADES).nullable(),
    version: Id.describe('Moves with every edit'),
    partOfId: Id.nullable().describe('The figure this one is a part of'),
    source: SourceRefSchema.nullable(),
    place: PlaceRefSchema.nullable(),
    report: ReportRefSchema,
  }),
);

export const PublicRevisionSchema = named(
  'Revision',
  'One change of a figure, with names and formatted values.',
  z.object({
    id: Id,
    action: z.enum(['create', 'update', 'delete', 'restore']),
    day: Day,
    who: z.string().nullable(),
    changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })),
  }),
);

export const FigureDetailSchema = named(
  'FigureDetail',
  'A figure with the whole it is part of, its parts (at most 50) and its public history.',
  FigureSchema.extend({
    whole: FigureSchema.nullable(),
    parts: z.array(FigureSchema),
    history: z.array(PublicRevisionSchema),
  }),
);

export const ReportSummarySchema = named(
  'Report',
  'A published text whose figures are kept.',
  z.object({
    id: Id,
    title: z.string(),
    outlet: z.string(),
    publishedAt: Day,
    url: z.string().nullable(),
    language: z.string(),
    figureCount: Count,
  }),
);

export const SourceSchema = named(
  'Source',
  'An organisation or person figures are attributed to.',
  SourceRefSchema.extend({ figureCount: Count.describe('Figures attributed to it') }),
);

export const PlaceSchema = named(
  'Place',
  'A place, with the one it sits in.',
  PlaceRefSchema.extend({
    parent: z.object({ id: Id, name: z.string() }).nullable(),
    figureCount: Count.describe('Figures that name this place itself (not the places in it)'),
  }),
);

/** The one shape of every list: a page of items, the cursor of the next page (null on the last), the total. */
function listOf<Item extends z.ZodType>(id: string, item: Item, what: string) {
  return named(
    id,
    `A page of ${what}. Pass nextCursor as cursor to read the next page; null on the last page.`,
    z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: Count, limit: z.int().min(1) }),
  );
}

export const FigureListSchema = listOf('FigureList', FigureSchema, 'figures');
export const ReportListSchema = listOf('ReportList', ReportSummarySchema, 'reports');
export const SourceListSchema = listOf('SourceList', SourceSchema, 'sources');
export const PlaceListSchema = listOf('PlaceList', PlaceSchema, 'places');

export const ReportDetailSchema = named(
  'ReportDetail',
  "A report with its full text and a page of its figures in the order they appear (the figures' cursor pages them).",
  ReportSummarySchema.extend({ body: z.string(), figures: FigureListSchema }),
);

export const ErrorSchema = named(
  'Error',
  'Why a request was refused; for a 400, every parameter that could not be used.',
  z.object({
    error: z.string(),
    problems: z.array(z.object({ parameter: z.string(), value: z.string(), message: z.string() })).optional(),
  }),
);
