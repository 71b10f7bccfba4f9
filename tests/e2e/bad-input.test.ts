import fs from 'node:fs';
import http from 'node:http';
import type { SessionUser } from '@/lib/auth/users';
import { createFigure, deleteFigure, updateFigure } from '@/lib/mutations/figure-mutations';
import { figureFormValues } from '@/lib/forms/figure-form-values';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import { createPlace, updatePlace } from '@/lib/mutations/place-mutations';
import { createReport, updateReport } from '@/lib/mutations/report-mutations';
import { createSource, updateSource } from '@/lib/mutations/source-mutations';
import type { PrismaClient } from '@/lib/db/connect';
import type { Figure } from '@/lib/generated/prisma/client';
import { latestDay } from '@/lib/validation/fields';
import { seedDatabase } from '@/prisma/seed';
import type { Browser } from 'playwright-core';
import { addTestUser, signedInPage, testSessionSecret } from '../support/admin';
import { startServerAndBrowser } from '../support/browser';
import { dumpDatabase } from '../support/database-dump';
import type { RunningServer } from '../support/server';
import { createMigratedDatabase } from '../support/temp-database';

/**
 * The bad-input corpus: every case goes to a JSON route of the running server, to a form's mutation (what the
 * form actions call) on the same database file, or to an admin page; each gets a 4xx or a field error with a clear
 * message, and the database is exactly as it was afterwards.
 */
let dir: string;
let databasePath: string;
let prisma: PrismaClient;
let server: RunningServer;
let browser: Browser;
let cookie: string;
let editor: SessionUser;
let seed: { figure: Figure; part: Figure; reportId: number; unicefId: number; syriaId: number; raqqaId: number; reportBody: string };

beforeAll(async () => {
  ({ dir, prisma, databasePath } = await createMigratedDatabase());
  await seedDatabase(prisma);
  const user = await addTestUser(prisma, 'editor@example.org', 'editor', 'Edith Editor');
  editor = { id: user.id, email: user.email, name: 'Edith Editor', role: 'editor' };
  [server, browser] = await startServerAndBrowser(databasePath, { SESSION_SECRET: testSessionSecret() });
  cookie = await signInForCookie(user);
  const figure = await prisma.figure.findFirstOrThrow({ where: { rawText: '23' } });
  const part = await prisma.figure.findFirstOrThrow({ where: { partOfId: { not: null } } });
  const report = await prisma.report.findUniqueOrThrow({ where: { id: figure.reportId } });
  seed = {
    figure,
    part,
    reportId: report.id,
    reportBody: report.body,
    unicefId: (await prisma.source.findFirstOrThrow({ where: { name: 'UNICEF' } })).id,
    syriaId: (await prisma.place.findFirstOrThrow({ where: { name: 'Syria' } })).id,
    raqqaId: (await prisma.place.findFirstOrThrow({ where: { name: 'Raqqa' } })).id,
  };
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Signs in through the real sign-in form in Chromium and returns the session cookie for plain requests. */
async function signInForCookie(user: { email: string; password: string }): Promise<string> {
  const { context } = await signedInPage(browser, server.url, user);
  try {
    return (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join('; ');
  } finally {
    await context.close();
  }
}

type Expectation = { status: number; field?: string; message: RegExp };
type JsonCase = { kind: 'json'; method: 'POST' | 'PUT' | 'DELETE'; path: (ids: typeof seed) => string; body?: unknown; raw?: () => BodyInit; headers?: Record<string, string>; signedOut?: boolean };
type FormCase = { kind: 'form'; mutation: (database: PrismaClient, user: SessionUser, values: FormValues) => Promise<FormState>; values: (ids: typeof seed) => FormValues };
type PageCase = { kind: 'page'; path: string };
type Case = (JsonCase | FormCase | PageCase) & { expect: Expectation };

const A_YEAR_AHEAD_AND_A_DAY = (() => {
  const day = new Date(`${latestDay()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
})();

const figureBody = (ids: typeof seed, changes: Record<string, unknown> = {}) => ({ ...figureFormValues(ids.figure), version: ids.figure.version, ...changes });
const figureForm = (ids: typeof seed, changes: FormValues = {}): FormValues => ({ id: String(ids.figure.id), version: String(ids.figure.version), ...figureFormValues(ids.figure), ...changes });
const newFigureForm = (ids: typeof seed, changes: FormValues = {}): FormValues => ({ ...figureFormValues(ids.figure), ...changes });

const put = (body: (ids: typeof seed) => unknown, field: string, message: RegExp, status = 422): Case =>
  ({ kind: 'json', method: 'PUT', path: (ids) => `/api/admin/figures/${ids.figure.id}`, body, expect: { status, field, message } });
const post = (body: (ids: typeof seed) => unknown, field: string, message: RegExp): Case =>
  ({ kind: 'json', method: 'POST', path: () => '/api/admin/figures', body, expect: { status: 422, field, message } });
const editFigure = (changes: FormValues, field: string, message: RegExp): Case => ({ kind: 'form', mutation: updateFigure, values: (ids) => figureForm(ids, changes), expect: { status: 422, field, message } });
const newFigure = (changes: FormValues, field: string, message: RegExp): Case => ({ kind: 'form', mutation: createFigure, values: (ids) => newFigureForm(ids, changes), expect: { status: 422, field, message } });

const sourceForm = (changes: FormValues): FormValues => ({ name: 'A new monitor', shortName: '', kind: 'ngo_monitor', description: '', aliases: '', ...changes });
const newSource = (changes: FormValues, field: string, message: RegExp): Case => ({ kind: 'form', mutation: createSource, values: () => sourceForm(changes), expect: { status: 422, field, message } });
const placeForm = (changes: FormValues): FormValues => ({ name: 'Tabqa', parentId: '', adminCode: '', latitude: '', longitude: '', ...changes });
const newPlace = (changes: FormValues, field: string, message: RegExp): Case => ({ kind: 'form', mutation: createPlace, values: () => placeForm(changes), expect: { status: 422, field, message } });
const reportForm = (changes: FormValues): FormValues => ({ title: 'A new report', outlet: 'AFP', publishedAt: '2017-06-10', url: '', language: 'en', body: 'Some 12 people were killed, a monitor said.', ...changes });
const newReport = (changes: FormValues, field: string, message: RegExp): Case => ({ kind: 'form', mutation: createReport, values: () => reportForm(changes), expect: { status: 422, field, message } });

const LONE_SURROGATE = 'A\ud800B';
const WHOLE_NUMBER = /Value must be a whole number/;

const CASES: Array<[string, Case]> = [
  // Counts that could be misread are refused, never guessed: through the JSON route and the form.
  ['JSON value "2,5"', put((ids) => figureBody(ids, { value: '2,5' }), 'value', WHOLE_NUMBER)],
  ['JSON value "25,00"', put((ids) => figureBody(ids, { value: '25,00' }), 'value', WHOLE_NUMBER)],
  ['JSON value [2, 5]', put((ids) => figureBody(ids, { value: [2, 5] }), 'value', /value must be a number, text or null, not a list/)],
  ['JSON value {"n": 25}', put((ids) => figureBody(ids, { value: { n: 25 } }), 'value', /value must be a number, text or null, not an object/)],
  ['JSON value true', put((ids) => figureBody(ids, { value: true }), 'value', /not true\/false/)],
  ['JSON low [20]', put((ids) => figureBody(ids, { low: [20] }), 'low', /low must be a number, text or null, not a list/)],
  ['JSON counted ["a", "b"]', put((ids) => figureBody(ids, { counted: ['a', 'b'] }), 'counted', /not a list/)],
  ['JSON value 2.5', put((ids) => figureBody(ids, { value: 2.5 }), 'value', WHOLE_NUMBER)],
  ['JSON value 1e21', put((ids) => figureBody(ids, { value: 1e21 }), 'value', WHOLE_NUMBER)],
  ['JSON value -1', put((ids) => figureBody(ids, { value: -1 }), 'value', /Value cannot be negative/)],
  ['JSON value 3,000,000,000', put((ids) => figureBody(ids, { value: '3,000,000,000' }), 'value', /Value must be at most 2,000,000,000/)],
  ['JSON new figure with value "2,5"', post((ids) => ({ ...figureFormValues(ids.figure), value: '2,5' }), 'value', WHOLE_NUMBER)],
  ['JSON new figure with value [2, 5]', post((ids) => ({ ...figureFormValues(ids.figure), value: [2, 5] }), 'value', /not a list/)],
  ['form value "2,5"', editFigure({ value: '2,5' }, 'value', WHOLE_NUMBER)],
  ['form value "25,00"', editFigure({ value: '25,00' }, 'value', WHOLE_NUMBER)],
  ['form value "2,500,00"', editFigure({ value: '2,500,00' }, 'value', WHOLE_NUMBER)],
  ['form value ",250"', editFigure({ value: ',250' }, 'value', WHOLE_NUMBER)],
  ['form value "2 500"', editFigure({ value: '2 500' }, 'value', WHOLE_NUMBER)],
  ['form value "2_500"', editFigure({ value: '2_500' }, 'value', WHOLE_NUMBER)],
  ['form value "2.500"', editFigure({ value: '2.500' }, 'value', WHOLE_NUMBER)],
  ['form value "1e3"', editFigure({ value: '1e3' }, 'value', WHOLE_NUMBER)],
  ['form value "0x17"', editFigure({ value: '0x17' }, 'value', WHOLE_NUMBER)],
  ['form value in Arabic digits', editFigure({ value: '٢٣' }, 'value', WHOLE_NUMBER)],
  ['form value "twenty-three"', editFigure({ value: 'twenty-three' }, 'value', WHOLE_NUMBER)],
  ['form value "-5"', editFigure({ value: '-5' }, 'value', /Value cannot be negative/)],
  ['form high "2,000,000,001"', editFigure({ qualifier: 'range', value: '', low: '1', high: '2,000,000,001' }, 'high', /High must be at most 2,000,000,000/)],
  ['form exact figure without a value', editFigure({ value: '' }, 'value', /needs a value/)],
  // A bound derived from the hedge obeys the same limit as a typed one.
  ['“about 2,000,000,000”: the derived high is above the maximum', editFigure({ qualifier: 'about', value: '2000000000', low: '', high: '' }, 'high', /High would be 2,200,000,000 .* above the most a count may be, 2,000,000,000/)],
  ['JSON “estimated 1,900,000,000”: the derived high is above the maximum', put((ids) => figureBody(ids, { qualifier: 'estimated', value: 1_900_000_000, low: null, high: null }), 'high', /High would be 2,090,000,000/)],
  ['new figure “about 2,000,000,000”', newFigure({ qualifier: 'about', value: '2,000,000,000', low: '', high: '' }, 'high', /above the most a count may be/)],
  // Dates from 1900 to a year ahead.
  ['form date 0000-01-01', editFigure({ date: '0000-01-01' }, 'date', /Date must be between 1900-01-01 and/)],
  ['form date 9999-12-31', editFigure({ date: '9999-12-31' }, 'date', /Date must be between 1900-01-01 and/)],
  ['form date 1899-12-31', editFigure({ date: '1899-12-31' }, 'date', /Date must be between 1900-01-01 and/)],
  ['form date a year and a day ahead', editFigure({ date: A_YEAR_AHEAD_AND_A_DAY }, 'date', /Date must be between/)],
  ['form date 2017-02-30', editFigure({ date: '2017-02-30' }, 'date', /Date must be a day written YYYY-MM-DD/)],
  ['form date 2017-6-9', editFigure({ date: '2017-6-9' }, 'date', /Date must be a day written YYYY-MM-DD/)],
  ['form date "yesterday"', editFigure({ date: 'yesterday' }, 'date', /Date must be a day written YYYY-MM-DD/)],
  ['JSON date 9999-12-31', put((ids) => figureBody(ids, { date: '9999-12-31' }), 'date', /Date must be between 1900-01-01 and/)],
  ['JSON date 0000-01-01 on a new figure', post((ids) => ({ ...figureFormValues(ids.figure), date: '0000-01-01' }), 'date', /Date must be between/)],
  // Lone surrogates in every kind of text field.
  ['JSON counted with a lone surrogate', put((ids) => figureBody(ids, { counted: LONE_SURROGATE }), 'counted', /What is counted contains a broken character/)],
  ['JSON quote with a lone surrogate', put((ids) => figureBody(ids, { quote: `${ids.figure.quote}\udc00` }), 'quote', /The sentence contains a broken character/)],
  ['JSON number as written with a lone surrogate', post((ids) => ({ ...figureFormValues(ids.figure), rawText: '23\ud800' }), 'rawText', /broken character/)],
  ['form counted with a lone surrogate', editFigure({ counted: LONE_SURROGATE }, 'counted', /broken character/)],
  ['source name with a lone surrogate', newSource({ name: LONE_SURROGATE }, 'name', /Name contains a broken character/)],
  ['source description with a lone surrogate', newSource({ description: LONE_SURROGATE }, 'description', /Description contains a broken character/)],
  ['source aliases with a lone surrogate', newSource({ aliases: `the monitor\n${LONE_SURROGATE}` }, 'aliases', /Aliases contains a broken character/)],
  ['place name with a lone surrogate', newPlace({ name: LONE_SURROGATE }, 'name', /Name contains a broken character/)],
  ['place admin code with a lone surrogate', newPlace({ adminCode: 'SY\ud800' }, 'adminCode', /Admin code contains a broken character/)],
  ['report title with a lone surrogate', newReport({ title: LONE_SURROGATE }, 'title', /Title contains a broken character/)],
  ['report text with a lone surrogate', newReport({ body: `Some 12 people were killed ${LONE_SURROGATE}.` }, 'body', /The text contains a broken character/)],
  // Vocabulary, lengths and links.
  ['JSON category "deaths"', put((ids) => figureBody(ids, { category: 'deaths' }), 'category', /Choose a category/)],
  ['form hedge "roughly"', editFigure({ qualifier: 'roughly' }, 'qualifier', /Choose a hedge/)],
  ['form grade "great"', editFigure({ grade: 'great' }, 'grade', /Choose a grade from the list/)],
  ['form what is counted over 300 characters', editFigure({ counted: 'x'.repeat(301) }, 'counted', /What is counted must be at most 300 characters/)],
  ['form sentence over 2,000 characters', editFigure({ quote: `23 ${'x'.repeat(2000)}` }, 'quote', /The sentence must be at most 2,000 characters/)],
  ['form number as written not in the sentence', editFigure({ rawText: '24' }, 'rawText', /must appear, exactly, in the sentence/)],
  ['form report that does not exist', editFigure({ reportId: '999999' }, 'reportId', /That report does not exist/)],
  ['form source that does not exist', editFigure({ sourceId: '999999' }, 'sourceId', /That source does not exist/)],
  ['form place that does not exist', editFigure({ placeId: '999999' }, 'placeId', /That place does not exist/)],
  ['form whole that does not exist', editFigure({ partOfId: '999999' }, 'partOfId', /That figure does not exist/)],
  ['form report "abc"', editFigure({ reportId: 'abc' }, 'reportId', /Choose a report/)],
  ['form report 0', editFigure({ reportId: '0' }, 'reportId', /Choose a report/)],
  ['JSON a figure part of itself', put((ids) => figureBody(ids, { partOfId: ids.figure.id }), 'partOfId', /cannot be part of itself/)],
  ['JSON a part larger than its whole', { kind: 'json', method: 'PUT', path: (ids) => `/api/admin/figures/${ids.part.id}`, body: (ids: typeof seed) => ({ ...figureFormValues(ids.part), version: ids.part.version, qualifier: 'exact', value: 2_000_000_000, low: null, high: null }), expect: { status: 422, field: 'value', message: /a part never exceeds its whole/ } }],
  // Unknown records, stale versions.
  ['JSON PUT of an unknown figure', { kind: 'json', method: 'PUT', path: () => '/api/admin/figures/999999', body: (ids: typeof seed) => figureBody(ids), expect: { status: 404, message: /There is no figure #999999/ } }],
  ['JSON PUT of an unknown figure with bad fields', { kind: 'json', method: 'PUT', path: () => '/api/admin/figures/999999', body: () => ({ value: '2,5', version: 1 }), expect: { status: 404, message: /There is no figure #999999/ } }],
  ['JSON PUT of figure "abc"', { kind: 'json', method: 'PUT', path: () => '/api/admin/figures/abc', body: (ids: typeof seed) => figureBody(ids), expect: { status: 404, message: /There is no figure abc/ } }],
  ['JSON DELETE of an unknown figure', { kind: 'json', method: 'DELETE', path: () => '/api/admin/figures/999999?version=1', expect: { status: 404, message: /There is no figure #999999/ } }],
  ['JSON DELETE of figure 99999999999999', { kind: 'json', method: 'DELETE', path: () => '/api/admin/figures/99999999999999?version=1', expect: { status: 404, message: /There is no figure/ } }],
  ['JSON DELETE without a version', { kind: 'json', method: 'DELETE', path: (ids) => `/api/admin/figures/${ids.figure.id}`, expect: { status: 400, message: /lost the figure or its version/ } }],
  ['JSON PUT based on an old version', put((ids) => figureBody(ids, { version: ids.figure.version + 5, counted: 'a stale edit' }), 'form', /Someone else saved this figure/, 409)],
  ['form delete of an unknown figure', { kind: 'form', mutation: deleteFigure, values: () => ({ id: '999999', version: '1' }), expect: { status: 404, message: /There is no figure #999999/ } }],
  ['form edit of an unknown figure', { kind: 'form', mutation: updateFigure, values: (ids) => ({ ...figureForm(ids), id: '999999' }), expect: { status: 404, message: /There is no figure #999999/ } }],
  // Bodies the JSON routes cannot read.
  ['JSON body over 1 MB (declared length)', { kind: 'json', method: 'PUT', path: (ids) => `/api/admin/figures/${ids.figure.id}`, raw: () => JSON.stringify({ counted: 'x'.repeat(2 * 1024 * 1024) }), expect: { status: 413, message: /larger than 1 MB/ } }],
  [
    'JSON body over 1 MB (streamed, no length)',
    {
      kind: 'json',
      method: 'POST',
      path: () => '/api/admin/figures',
      raw: () => {
        const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
        let sent = 0;
        return new ReadableStream({
          pull(controller) {
            if (sent++ < 40) controller.enqueue(chunk);
            else controller.close();
          },
        });
      },
      expect: { status: 413, message: /larger than 1 MB/ },
    },
  ],
  ['JSON body that is not JSON', { kind: 'json', method: 'POST', path: () => '/api/admin/figures', raw: () => '{"value": 23,', expect: { status: 400, message: /not valid JSON/ } }],
  ['JSON body that is a list', { kind: 'json', method: 'POST', path: () => '/api/admin/figures', raw: () => '[1, 2]', expect: { status: 400, message: /must be a JSON object/ } }],
  ['JSON body null', { kind: 'json', method: 'POST', path: () => '/api/admin/figures', raw: () => 'null', expect: { status: 400, message: /must be a JSON object/ } }],
  ['JSON body that is not UTF-8', { kind: 'json', method: 'POST', path: () => '/api/admin/figures', raw: () => new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), expect: { status: 400, message: /not valid UTF-8/ } }],
  ['JSON body sent as text/plain', { kind: 'json', method: 'POST', path: () => '/api/admin/figures', raw: () => '{}', headers: { 'Content-Type': 'text/plain' }, expect: { status: 415, message: /Send the body as application\/json/ } }],
  ['JSON write without a session', { kind: 'json', method: 'PUT', path: (ids) => `/api/admin/figures/${ids.figure.id}`, body: (ids: typeof seed) => figureBody(ids, { counted: 'anonymous' }), signedOut: true, expect: { status: 401, message: /Sign in first/ } }],
  // Names of sources and places: trimmed, unique whatever their case.
  ['source " unicef " beside "UNICEF"', newSource({ name: ' unicef ' }, 'name', /Another source already has this name/)],
  ['source "Unicef" beside "UNICEF"', newSource({ name: 'Unicef' }, 'name', /Another source already has this name/)],
  ['source renamed to another’s name in other case', { kind: 'form', mutation: updateSource, values: () => ({ id: '1', version: '1', ...sourceForm({ name: 'unicef' }) }), expect: { status: 422, field: 'name', message: /Another source already has this name/ } }],
  ['source without a name', newSource({ name: '   ' }, 'name', /Name is required/)],
  ['source name over 200 characters', newSource({ name: 'x'.repeat(201) }, 'name', /Name must be at most 200 characters/)],
  ['source kind "spy"', newSource({ kind: 'spy' }, 'kind', /Choose a kind/)],
  ['place " syria " beside "Syria"', newPlace({ name: ' syria ' }, 'name', /Another place already has this name/)],
  ['place "SYRIA" beside "Syria"', newPlace({ name: 'SYRIA' }, 'name', /Another place already has this name/)],
  ['place latitude 91', newPlace({ latitude: '91', longitude: '38' }, 'latitude', /Latitude must be between -90 and 90/)],
  ['place longitude without latitude', newPlace({ longitude: '38' }, 'latitude', /Give both latitude and longitude/)],
  ['place parent that does not exist', newPlace({ parentId: '999999' }, 'parentId', /That place does not exist/)],
  ['place admin code over 20 characters', newPlace({ adminCode: 'S'.repeat(21) }, 'adminCode', /Admin code must be at most 20 characters/)],
  ['place inside a place within it (a loop)', { kind: 'form', mutation: updatePlace, values: (ids) => ({ id: String(ids.syriaId), version: '1', ...placeForm({ name: 'Syria', parentId: String(ids.raqqaId) }) }), expect: { status: 422, field: 'parentId', message: /would make a loop/ } }],
  // Reports.
  ['report text over 200,000 characters', newReport({ body: `Some 12 people were killed. ${'x'.repeat(200_000)}` }, 'body', /The text must be at most 200,000 characters/)],
  ['report without text', newReport({ body: '  \n ' }, 'body', /The text of the report is required/)],
  ['report without a title', newReport({ title: '' }, 'title', /Title is required/)],
  ['report URL javascript:', newReport({ url: 'javascript:alert(1)' }, 'url', /URL must be a web address/)],
  ['report URL ftp:', newReport({ url: 'ftp://example.org/report' }, 'url', /URL must be a web address/)],
  ['report published 0000-01-01', newReport({ publishedAt: '0000-01-01' }, 'publishedAt', /Published on must be between 1900-01-01 and/)],
  ['report published 9999-12-31', newReport({ publishedAt: '9999-12-31' }, 'publishedAt', /Published on must be between 1900-01-01 and/)],
  ['report language "english"', newReport({ language: 'english' }, 'language', /Language must be a language code/)],
  ['report text already stored', { kind: 'form', mutation: createReport, values: (ids) => reportForm({ body: ids.reportBody }), expect: { status: 422, field: 'body', message: /This text is already stored as report/ } }],
  ['report edit that loses a figure’s number', { kind: 'form', mutation: updateReport, values: (ids) => ({ id: String(ids.reportId), version: '1', ...reportForm({ body: 'A text without any of the numbers.' }) }), expect: { status: 422, field: 'body', message: /no longer contains figure/ } }],
  // Admin pages of records that do not exist answer 404.
  ['page /admin/figures/999999', { kind: 'page', path: '/admin/figures/999999', expect: { status: 404, message: /This record does not exist/ } }],
  ['page /admin/figures/abc', { kind: 'page', path: '/admin/figures/abc', expect: { status: 404, message: /This record does not exist/ } }],
  ['page /admin/sources/999999', { kind: 'page', path: '/admin/sources/999999', expect: { status: 404, message: /This record does not exist/ } }],
  ['page /admin/sources/99999999999999', { kind: 'page', path: '/admin/sources/99999999999999', expect: { status: 404, message: /This record does not exist/ } }],
  ['page /admin/places/999999', { kind: 'page', path: '/admin/places/999999', expect: { status: 404, message: /This record does not exist/ } }],
  ['page /admin/reports/999999', { kind: 'page', path: '/admin/reports/999999', expect: { status: 404, message: /This record does not exist/ } }],
  ['page /admin/reports/999999/review', { kind: 'page', path: '/admin/reports/999999/review', expect: { status: 404, message: /This record does not exist/ } }],
];

/** What the case got back: the HTTP status (a form's state mapped as the JSON routes map it) and its messages. */
async function run(testCase: Case): Promise<{ status: number; messages: Record<string, string[]>; text: string }> {
  if (testCase.kind === 'form') {
    const state = await testCase.mutation(prisma, editor, testCase.values(seed));
    const status = { invalid: 422, missing: 404, conflict: 409, refused: 400, saved: 200, idle: 200 }[state.status];
    return { status, messages: state.fieldErrors as Record<string, string[]>, text: state.message ?? '' };
  }
  if (testCase.kind === 'page') {
    const response = await fetch(`${server.url}${testCase.path}`, { headers: { Cookie: cookie } });
    return { status: response.status, messages: {}, text: await response.text() };
  }
  const headers: Record<string, string> = { Origin: server.url, 'Content-Type': 'application/json', ...testCase.headers };
  if (!testCase.signedOut) headers.Cookie = cookie;
  const body = testCase.raw ? testCase.raw() : testCase.body === undefined ? undefined : JSON.stringify((testCase.body as (ids: typeof seed) => unknown)(seed));
  const response = await requestOnItsOwnConnection(`${server.url}${testCase.path(seed)}`, testCase.method, headers, body);
  const json = JSON.parse(response.text) as { error?: string; fieldErrors?: Record<string, string[]> };
  return { status: response.status, messages: json.fieldErrors ?? {}, text: json.error ?? '' };
}

/**
 * A request on a connection of its own: a server that answers 413 before reading the whole body closes that
 * connection, which a shared keep-alive pool would otherwise hand to the next case.
 */
async function requestOnItsOwnConnection(url: string, method: string, headers: Record<string, string>, body: BodyInit | undefined): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    // Writing the rest of a refused body may fail once the server has answered; the answer is what counts.
    request.on('error', (error) => (request.writableEnded ? undefined : reject(error)));
    void (async () => {
      if (body instanceof ReadableStream) {
        const reader = (body as ReadableStream<Uint8Array>).getReader();
        for (let next = await reader.read(); !next.done; next = await reader.read()) {
          if (!request.write(next.value)) await new Promise((drained) => request.once('drain', drained));
        }
      } else if (body !== undefined) {
        const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body as Uint8Array);
        request.setHeader('Content-Length', bytes.length);
        request.write(bytes);
      }
      request.end();
    })().catch(() => request.end());
  });
}

it(`the corpus has at least 80 cases (${CASES.length})`, () => {
  expect(CASES.length).toBeGreaterThanOrEqual(80);
});

test.each(CASES)('refuses %s with a clear message and changes nothing', async (_name, testCase) => {
  const before = await dumpDatabase(databasePath, { withGeneration: true });
  const result = await run(testCase);
  expect(result.status).toBe(testCase.expect.status);
  const { field, message } = testCase.expect;
  if (field && field !== 'form') expect((result.messages[field] ?? []).join(' | ')).toMatch(message);
  else expect(result.text).toMatch(message);
  expect(await dumpDatabase(databasePath, { withGeneration: true })).toEqual(before);
});

it('answers a 1.5 MB report posted by the form without JavaScript with the message next to its text, storing nothing', async () => {
  const page = await fetch(`${server.url}/admin/reports/new`, { headers: { Cookie: cookie } });
  const html = await page.text();
  // The hidden fields through which a form without JavaScript names its server action.
  const form = new FormData();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)) {
    form.set(name!, (value ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  }
  expect([...form.keys()].some((key) => key.startsWith('$ACTION'))).toBe(true);
  for (const [key, value] of Object.entries(reportForm({ body: `Some 12 people were killed. ${'word '.repeat(300_000)}` }))) form.set(key, value);
  const before = await dumpDatabase(databasePath, { withGeneration: true });
  const response = await fetch(`${server.url}/admin/reports/new`, { method: 'POST', body: form, headers: { Cookie: cookie, Origin: server.url } });
  const answer = await response.text();
  expect(response.status).toBe(200);
  expect(answer).toContain('The text must be at most 200,000 characters');
  expect(await dumpDatabase(databasePath, { withGeneration: true })).toEqual(before);
});
