import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { updateFigure } from '@/lib/mutations/figure-mutations';
import { figureFormValues } from '@/lib/forms/figure-form-values';
import { createPrismaClient, type PrismaClient } from '@/lib/db/connect';
import { generateSyntheticData } from '@/lib/synthetic';
import { addTestUser } from '../support/admin';
import { startServer, type RunningServer } from '../support/server';
import { makeTempDir } from '../support/temp-database';

/**
 * The public API as a notebook or a dashboard on another origin uses it, against the real server on a generated
 * database of 400 figures: every list paged by cursor with no item twice, every filter, every refusal, caching
 * headers, and every answer valid against the OpenAPI document the server publishes. Expected rows are read
 * from the database file directly with plain SQL, not through the app's queries.
 */
type Json = Record<string, unknown>;
interface ListBody<Item = Json> {
  items: Item[];
  nextCursor: string | null;
  total: number;
  limit: number;
}

let dir: string;
let prisma: PrismaClient;
let sqlite: Database.Database;
let server: RunningServer;
let document: Json;
let editedFigureId: number;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

beforeAll(async () => {
  dir = makeTempDir('figures-api-');
  const databasePath = path.join(dir, 'api.db');
  await generateSyntheticData(databasePath, { reports: 40, perReport: 10, seed: 11 });
  prisma = createPrismaClient(databasePath);
  const user = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  const edited = await prisma.figure.findFirstOrThrow({ where: { partOfId: null, grade: { not: null } }, orderBy: { id: 'asc' } });
  editedFigureId = edited.id;
  const saved = await updateFigure(prisma, { id: user.id, email: user.email, name: 'Edith Editor', role: 'editor' }, {
    id: String(edited.id),
    version: String(edited.version),
    ...figureFormValues(edited),
    grade: 'contested',
  });
  if (saved.status !== 'saved') throw new Error(`could not edit the figure: ${JSON.stringify(saved)}`);
  sqlite = new Database(databasePath, { readonly: true });
  server = await startServer(databasePath);
  document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Json;
  ajv.addSchema({ $id: 'openapi', components: document.components });
});
afterAll(async () => {
  sqlite?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<{ response: Response; body: unknown }> {
  const response = await fetch(`${server.url}${pathAndQuery}`, { headers });
  const text = await response.text();
  const json = response.headers.get('content-type')?.startsWith('application/json') ?? false;
  return { response, body: json ? (JSON.parse(text) as unknown) : text };
}

/** The path template of the document an actual path answers to ("/api/figures/12" → "/api/figures/{id}"). */
function templateOf(actualPath: string): string {
  return actualPath.replace(/^(\/api\/(?:figures|reports|sources|places))\/[^/]+$/, '$1/{id}');
}

/** Checks a JSON answer against the schema the document gives for its path and status; returns the errors. */
function validationErrors(pathAndQuery: string, status: number, body: unknown): string | null {
  const template = templateOf(pathAndQuery.split('?')[0]!);
  const operation = (document.paths as Record<string, { get: Json } | undefined>)[template]?.get;
  if (!operation) return `no operation for ${template}`;
  const answer = (operation.responses as Record<string, { content?: Record<string, { schema: Json }> }>)[String(status)];
  if (!answer?.content?.['application/json']) return `no JSON answer ${status} documented for ${template}`;
  const schema = JSON.parse(JSON.stringify(answer.content['application/json'].schema).replaceAll('"#/components', '"openapi#/components')) as Json;
  return ajv.validate(schema, body) ? null : ajv.errorsText(ajv.errors);
}

async function getValid<Body>(pathAndQuery: string, status = 200): Promise<Body> {
  const { response, body } = await get(pathAndQuery);
  expect({ pathAndQuery, status: response.status }).toEqual({ pathAndQuery, status });
  expect({ pathAndQuery, errors: validationErrors(pathAndQuery, status, body) }).toEqual({ pathAndQuery, errors: null });
  return body as Body;
}

/** Every item of a list, page by page through nextCursor. */
async function readAll<Item extends Json>(pathAndQuery: string, itemsOf: (body: Json) => ListBody<Item> = (body) => body as unknown as ListBody<Item>): Promise<{ items: Item[]; total: number; pages: number }> {
  const items: Item[] = [];
  let cursor: string | null = null;
  let total = -1;
  let pages = 0;
  do {
    const separator = pathAndQuery.includes('?') ? '&' : '?';
    const list = itemsOf(await getValid<Json>(cursor === null ? pathAndQuery : `${pathAndQuery}${separator}cursor=${cursor}`));
    items.push(...list.items);
    total = list.total;
    cursor = list.nextCursor;
    pages += 1;
  } while (cursor !== null && pages < 1_000);
  return { items, total, pages };
}

function ids(rows: Array<{ id: unknown }>): number[] {
  return rows.map((row) => Number(row.id));
}

function sqlIds(where: string, ...params: unknown[]): number[] {
  return ids(sqlite.prepare(`SELECT id FROM Figure WHERE ${where} ORDER BY id`).all(...params) as Array<{ id: number }>);
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document that describes every public route the server has', async () => {
    const result = await new Validator().validate(document);
    expect(result).toEqual({ valid: true });
    expect(document.openapi).toBe('3.1.0');
    const routes: string[] = [];
    const walk = (folder: string, urlPath: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const segment = entry.name.replace(/^\[(\w+)\]$/, '{$1}');
        const child = path.join(folder, entry.name);
        if (fs.existsSync(path.join(child, 'route.ts'))) routes.push(`${urlPath}/${segment}`);
        walk(child, `${urlPath}/${segment}`);
      }
    };
    walk(path.join(process.cwd(), 'app', 'api'), '/api');
    // /api/health is for load balancers and operators (docs/api.md), not part of the data API.
    const publicRoutes = routes.filter((route) => !route.startsWith('/api/admin') && !['/api/openapi.json', '/api/health'].includes(route)).sort();
    expect(Object.keys(document.paths as Json).sort()).toEqual(publicRoutes);
  });
});

describe('GET /api/figures', () => {
  it('pages through every figure by cursor, newest first, with no figure seen twice', async () => {
    const { items, total, pages } = await readAll<{ id: number; date: string | null }>('/api/figures?limit=37');
    expect(pages).toBe(Math.ceil(400 / 37));
    expect(total).toBe(400);
    expect(new Set(ids(items)).size).toBe(400);
    const dated = items.filter((item) => item.date !== null);
    expect(dated.map((item) => item.date)).toEqual([...dated.map((item) => item.date)].sort().reverse());
    expect(items.slice(dated.length).every((item) => item.date === null)).toBe(true);
  });

  it.each([
    ['category=displaced', "category = 'displaced'"],
    ['qualifier=about', "qualifier = 'about'"],
    ['grade=fair', "grade = 'fair'"],
    ['grade=ungraded', 'grade IS NULL'],
    ['grade=contested&qualifier=exact', "grade = 'contested' AND qualifier = 'exact'"],
    ['from=2020-01-01&to=2022-12-31', "substr(date, 1, 10) BETWEEN '2020-01-01' AND '2022-12-31'"],
    ['category=killed&from=2021-06-01', "category = 'killed' AND substr(date, 1, 10) >= '2021-06-01'"],
  ])('filters by %s, the same figures a plain query finds', async (query, where) => {
    const expected = sqlIds(where);
    expect(expected.length).toBeGreaterThan(0);
    const { items, total } = await readAll<{ id: number }>(`/api/figures?${query}&limit=100`);
    expect(ids(items).sort((a, b) => a - b)).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it('finds text in the number, what is counted or the sentence, ignoring case', async () => {
    const word = (sqlite.prepare("SELECT counted FROM Figure WHERE counted LIKE '% %' ORDER BY id LIMIT 1").get() as { counted: string }).counted.split(' ')[1]!;
    const expected = sqlIds('instr(lower(rawText), lower(?)) > 0 OR instr(lower(counted), lower(?)) > 0 OR instr(lower(quote), lower(?)) > 0', word, word, word);
    expect(expected.length).toBeGreaterThan(0);
    const { items, total } = await readAll<{ id: number }>(`/api/figures?q=${encodeURIComponent(word.toUpperCase())}&limit=1000`);
    expect(ids(items).sort((a, b) => a - b)).toEqual(expected);
    expect(total).toBe(expected.length);
    const literal = await getValid<ListBody>('/api/figures?q=%25_%25');
    expect(literal.total).toBe(sqlIds("instr(rawText, '%_%') > 0 OR instr(counted, '%_%') > 0 OR instr(quote, '%_%') > 0").length);
  });

  it('takes a source, and a place with every place in it', async () => {
    const source = sqlite.prepare('SELECT sourceId AS id FROM Figure WHERE sourceId IS NOT NULL GROUP BY sourceId ORDER BY COUNT(*) DESC LIMIT 1').get() as { id: number };
    const bySource = await readAll<{ id: number }>(`/api/figures?source=${source.id}&limit=1000`);
    expect(ids(bySource.items).sort((a, b) => a - b)).toEqual(sqlIds('sourceId = ?', source.id));

    const places = sqlite.prepare('SELECT id, parentId FROM Place').all() as Array<{ id: number; parentId: number | null }>;
    const country = places.find((place) => place.parentId === null)!;
    const inCountry = new Set([country.id]);
    let size = 0;
    while (inCountry.size > size) {
      size = inCountry.size;
      for (const place of places) if (place.parentId !== null && inCountry.has(place.parentId)) inCountry.add(place.id);
    }
    expect(inCountry.size).toBeGreaterThan(1);
    const byPlace = await readAll<{ id: number }>(`/api/figures?placeId=${country.id}&limit=1000`);
    expect(ids(byPlace.items).sort((a, b) => a - b)).toEqual(sqlIds(`placeId IN (${[...inCountry].join(',')})`));
  });
});

describe('the other lists', () => {
  it.each([
    ['/api/reports?limit=7', 'SELECT id FROM Report'],
    ['/api/sources?limit=5', 'SELECT id FROM Source'],
    ['/api/places?limit=4', 'SELECT id FROM Place'],
  ])('%s pages through every row in one shape, none twice', async (pathAndQuery, sql) => {
    const expected = ids(sqlite.prepare(sql).all() as Array<{ id: number }>).sort((a, b) => a - b);
    const { items, total, pages } = await readAll<{ id: number }>(pathAndQuery);
    expect(pages).toBeGreaterThan(1);
    expect(ids(items).sort((a, b) => a - b)).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it('lists reports newest first and sources and places by name, each place with its parent', async () => {
    const reports = (await readAll<{ publishedAt: string }>('/api/reports?limit=1000')).items.map((report) => report.publishedAt);
    expect(reports).toEqual([...reports].sort().reverse());
    const sources = (await readAll<{ name: string }>('/api/sources?limit=1000')).items.map((source) => source.name);
    expect(sources).toEqual([...sources].sort());
    const places = (await readAll<{ id: number; parent: { id: number; name: string } | null }>('/api/places?limit=1000')).items;
    for (const place of places) {
      const row = sqlite.prepare('SELECT c.parentId, p.name FROM Place c LEFT JOIN Place p ON p.id = c.parentId WHERE c.id = ?').get(place.id) as { parentId: number | null; name: string | null };
      expect(place.parent).toEqual(row.parentId === null ? null : { id: row.parentId, name: row.name });
    }
    const parent = places.find((place) => place.parent !== null)!.parent!;
    const children = await readAll<{ id: number }>(`/api/places?parent=${parent.id}`);
    expect(ids(children.items).sort((a, b) => a - b)).toEqual(ids(sqlite.prepare('SELECT id FROM Place WHERE parentId = ? ORDER BY id').all(parent.id) as Array<{ id: number }>));
  });

  it("pages a report's figures in the order of its text", async () => {
    const report = sqlite.prepare('SELECT reportId AS id, COUNT(*) AS n FROM Figure GROUP BY reportId ORDER BY n DESC LIMIT 1').get() as { id: number; n: number };
    const first = await getValid<{ body: string; figureCount: number; figures: ListBody }>(`/api/reports/${report.id}?limit=3`);
    expect(first.figureCount).toBe(report.n);
    const { items } = await readAll<{ id: number; start: number; rawText: string }>(`/api/reports/${report.id}?limit=3`, (body) => body.figures as ListBody<{ id: number; start: number; rawText: string }>);
    expect(ids(items).sort((a, b) => a - b)).toEqual(sqlIds('reportId = ?', report.id));
    expect(items.map((item) => item.start)).toEqual([...items.map((item) => item.start)].sort((a, b) => a - b));
    for (const item of items) expect(first.body.slice(item.start, item.start + item.rawText.length)).toBe(item.rawText);
  });
});

describe('one record', () => {
  it('gives a figure with its whole, its parts and its public history', async () => {
    const whole = sqlite.prepare('SELECT partOfId AS id FROM Figure WHERE partOfId IS NOT NULL GROUP BY partOfId ORDER BY COUNT(*) DESC LIMIT 1').get() as { id: number };
    const detail = await getValid<{ id: number; whole: Json | null; parts: Array<{ id: number }> }>(`/api/figures/${whole.id}`);
    expect(ids(detail.parts).sort((a, b) => a - b)).toEqual(sqlIds('partOfId = ?', whole.id));
    const part = await getValid<{ whole: { id: number } }>(`/api/figures/${detail.parts[0]!.id}`);
    expect(part.whole.id).toBe(whole.id);

    const edited = await getValid<{ grade: string; history: Array<{ action: string; who: string | null; changes: Array<{ field: string; after: string }> }> }>(`/api/figures/${editedFigureId}`);
    expect(edited.grade).toBe('contested');
    const update = edited.history.find((revision) => revision.action === 'update')!;
    expect(update.who).toBe('Edith Editor');
    expect(update.changes).toEqual([expect.objectContaining({ field: 'grade', after: 'contested' })]);
  });

  it('gives a report, a source and a place by id', async () => {
    const source = await getValid<{ id: number; figureCount: number }>('/api/sources/1');
    expect(source.figureCount).toBe(sqlIds('sourceId = 1').length);
    const place = await getValid<{ id: number; name: string }>('/api/places/1');
    expect(place.name).toBe((sqlite.prepare('SELECT name FROM Place WHERE id = 1').get() as { name: string }).name);
    await getValid('/api/reports/1');
  });

  it.each(['/api/figures/999999', '/api/reports/999999', '/api/sources/999999', '/api/places/999999'])('answers %s with a 404 JSON body', async (pathAndQuery) => {
    const body = await getValid<{ error: string }>(pathAndQuery, 404);
    expect(body.error).toMatch(/^There is no (figure|report|source|place) with id 999999\.$/);
  });
});

describe('refusals', () => {
  it.each([
    ['/api/figures?limit=0', 'limit'],
    ['/api/figures?limit=1001', 'limit'],
    ['/api/figures?limit=ten', 'limit'],
    ['/api/figures?cursor=nonsense', 'cursor'],
    ['/api/figures?cursor=WyJ4Il0', 'cursor'],
    ['/api/figures?category=deaths', 'category'],
    ['/api/figures?qualifier=roughly', 'qualifier'],
    ['/api/figures?grade=excellent', 'grade'],
    ['/api/figures?q=' + 'x'.repeat(201), 'q'],
    ['/api/figures?from=2017-02-30', 'from'],
    ['/api/figures?to=yesterday', 'to'],
    ['/api/figures?from=2020-01-02&to=2020-01-01', 'to'],
    ['/api/figures?source=abc', 'source'],
    ['/api/figures?sourceId=999999', 'sourceId'],
    ['/api/figures?place=0', 'place'],
    ['/api/figures?report=999999', 'report'],
    ['/api/figures?sort=date', 'sort'],
    ['/api/figures/abc', 'id'],
    ['/api/figures/1?limit=5', 'limit'],
    ['/api/reports?limit=-1', 'limit'],
    ['/api/reports?cursor=WyJ4IiwieSJd', 'cursor'],
    ['/api/reports?category=killed', 'category'],
    ['/api/reports/1?cursor=WyJ4IiwxXQ', 'cursor'],
    ['/api/reports/0', 'id'],
    ['/api/sources?page=2', 'page'],
    ['/api/sources/1?verbose=1', 'verbose'],
    ['/api/places?parent=999999', 'parent'],
    ['/api/places?parent=x', 'parent'],
    ['/api/places/1.5', 'id'],
    ['/api/figures.csv?limit=10', 'limit'],
    ['/api/figures.hxl.csv?grade=great', 'grade'],
  ])('answers %s with a 400 naming %s and what is allowed', async (pathAndQuery, parameter) => {
    const { response, body } = await get(pathAndQuery);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { error, problems } = body as { error: string; problems: Array<{ parameter: string; message: string }> };
    expect(problems.map((problem) => problem.parameter)).toContain(parameter);
    expect(error).toContain(parameter);
    expect(problems.find((problem) => problem.parameter === parameter)!.message).toMatch(/must|allowed|names no|not a cursor/);
    expect(validationErrors(pathAndQuery, 400, body)).toBeNull();
  });
});

describe('HTTP caching and other origins', () => {
  it.each(['/api/figures?limit=5', '/api/figures/1', '/api/reports', '/api/reports/1', '/api/sources', '/api/sources/1', '/api/places', '/api/places/1', '/api/figures.csv?category=killed'])(
    '%s carries a strong ETag, 304 on If-None-Match, and CORS for any origin',
    async (pathAndQuery) => {
      const { response } = await get(pathAndQuery);
      const tag = response.headers.get('etag');
      expect(tag).toMatch(/^"[^"]+"$/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const again = await fetch(`${server.url}${pathAndQuery}`, { headers: { 'If-None-Match': tag! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(tag);
    },
  );
});
