import { createFigureSchema, updateFigureSchema } from '@/lib/validation/figure';
import { fieldErrorsOf } from '@/lib/validation/fields';
import { createPlaceSchema, updatePlaceSchema } from '@/lib/validation/place';
import { createReportSchema } from '@/lib/validation/report';
import { createSourceSchema } from '@/lib/validation/source';
import { changePasswordSchema, createUserSchema, signInSchema } from '@/lib/validation/user';
import type { z } from 'zod';

/** Form input as a browser sends it: every field a string. */
const figureForm = {
  category: 'killed',
  qualifier: 'exact',
  value: '23',
  low: '',
  high: '',
  rawText: '23',
  quote: 'The Britain-based group reported 23 civilians killed in the overnight strikes.',
  counted: 'civilians killed in the overnight strikes',
  date: '2017-06-08',
  grade: 'fair',
  reportId: '1',
  sourceId: '2',
  placeId: '',
  partOfId: '',
};

function errorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe('the figure schema', () => {
  it.each([
    ['an exact number: low and high follow the value', {}, { value: 23, low: 23, high: 23 }],
    ['thousands separators', { rawText: '2,500', quote: 'up to 2,500 fighters', qualifier: 'up_to', value: '2,500' }, { value: 2500, low: null, high: 2500 }],
    ['“about”: ±10 % when low and high are empty', { qualifier: 'about', value: '160000', rawText: 'about 160,000', quote: 'about 160,000 people' }, { value: 160000, low: 144000, high: 176000 }],
    ['“about” with a typed range: what was typed wins', { qualifier: 'about', value: '160000', low: '150000', high: '170000' }, { low: 150000, high: 170000 }],
    ['“at least”: no upper bound', { qualifier: 'at_least', value: '10' }, { value: 10, low: 10, high: null }],
    ['a range without a value', { qualifier: 'range', value: '', low: '50', high: '70' }, { value: null, low: 50, high: 70 }],
    ['a range with a value inside it', { qualifier: 'range', value: '60', low: '50', high: '70' }, { value: 60 }],
    ['a vague word: its coded range', { qualifier: 'vague', value: '', rawText: 'Hundreds', quote: '"Hundreds" of U.S. military personnel' }, { value: null, low: 200, high: 999 }],
    ['a vague figure with a typed range', { qualifier: 'vague', value: '', low: '5', high: '9', rawText: 'a handful', quote: 'a handful of people' }, { low: 5, high: 9 }],
    ['zero', { value: '0', rawText: '0', quote: '0 killed' }, { value: 0, low: 0, high: 0 }],
    ['empty optional links become null', { sourceId: '', grade: '', date: '' }, { sourceId: null, grade: null, date: null }],
  ])('accepts %s', (_name, change, expected) => {
    const parsed = createFigureSchema.parse({ ...figureForm, ...change });
    expect(parsed).toMatchObject(expected);
  });

  it.each([
    ['a negative value', { value: '-5' }, 'value', 'Value cannot be negative'],
    ['a decimal value', { value: '2.5' }, 'value', 'Value must be a whole number'],
    ['words in a number field', { low: 'twenty' }, 'low', 'Low must be a whole number'],
    ['a number beyond the limit', { high: '3000000000' }, 'high', 'High must be at most 2,000,000,000'],
    ['low above the value', { qualifier: 'about', low: '30' }, 'low', 'Low must not be above Value'],
    ['high below the value', { qualifier: 'about', high: '20' }, 'high', 'High must not be below Value'],
    ['low above high', { qualifier: 'range', value: '', low: '70', high: '50' }, 'high', 'High must be at least Low'],
    ['an exact figure with a wider range', { low: '20' }, 'low', 'An exact figure has low = value'],
    ['a hedged figure without a value', { qualifier: 'about', value: '' }, 'value', 'A figure hedged “about” needs a value'],
    ['a range without its low end', { qualifier: 'range', value: '', low: '', high: '70' }, 'low', 'A range figure needs a low end'],
    ['a vague figure without its high end', { qualifier: 'vague', value: '', rawText: 'many', quote: 'many people', low: '3', high: '' }, 'high', 'A vague figure needs a high end'],
    ['a vague figure with a single value', { qualifier: 'vague', value: '500', rawText: 'Hundreds', quote: 'Hundreds of people' }, 'value', 'A vague figure has no single value: leave Value empty and give its range'],
    ['an unknown category', { category: 'casualties' }, 'category', 'Choose a category'],
    ['an unknown hedge', { qualifier: 'roughly' }, 'qualifier', 'Choose a hedge'],
    ['an unknown grade', { grade: 'certain' }, 'grade', 'Choose a grade from the list'],
    ['a missing number as written', { rawText: '   ' }, 'rawText', 'The number as written is required'],
    ['a number as written too long', { rawText: 'x'.repeat(201) }, 'rawText', 'The number as written must be at most 200 characters'],
    ['a number as written that is not in the sentence', { rawText: '24' }, 'rawText', 'The number as written must appear, exactly, in the sentence'],
    ['a sentence too long', { quote: `23 ${'x'.repeat(2_000)}` }, 'quote', 'The sentence must be at most 2,000 characters'],
    ['a missing “what is counted”', { counted: '' }, 'counted', 'What is counted is required'],
    ['what is counted too long', { counted: 'x'.repeat(301) }, 'counted', 'What is counted must be at most 300 characters'],
    ['a date that is not a day', { date: '8 June 2017' }, 'date', 'Date must be a day written YYYY-MM-DD'],
    ['no report', { reportId: '' }, 'reportId', 'Choose a report'],
    ['a source id that is not a number', { sourceId: 'UNICEF' }, 'sourceId', 'Choose a source'],
  ])('refuses %s', (_name, change, field, message) => {
    expect(errorsOf(createFigureSchema, { ...figureForm, ...change })[field]).toContain(message);
  });

  it('returns every field’s error at once', () => {
    const errors = errorsOf(createFigureSchema, { ...figureForm, value: '-1', category: '', counted: '', date: 'soon' });
    expect(Object.keys(errors).sort()).toEqual(['category', 'counted', 'date', 'value']);
  });

  it('needs the id and the version the form was based on for an edit', () => {
    expect(errorsOf(updateFigureSchema, figureForm)).toMatchObject({ id: ['Choose a figure'], version: ['The form lost its version; reload the page'] });
    expect(updateFigureSchema.parse({ ...figureForm, id: '4', version: '3' })).toMatchObject({ id: 4, version: 3 });
  });
});

describe('the source, place and report schemas', () => {
  const source = { name: 'UNICEF', shortName: '', kind: 'un_agency', description: 'UN children’s agency', aliases: ' the UN children’s agency \n\n UNICEF \n' };
  const place = { name: 'Raqqa', parentId: '', adminCode: 'SY11', latitude: '35.95', longitude: '39.01' };
  const report = { title: 'Strikes pound Raqqa', outlet: 'AFP', publishedAt: '2017-06-09', url: 'https://example.org/raqqa', language: '', body: 'Text of the report.\r\nSecond line.' };

  it.each([
    ['a source, aliases one per line', createSourceSchema, source, { shortName: null, aliases: 'the UN children’s agency\nUNICEF' }],
    ['a place with coordinates', createPlaceSchema, place, { latitude: 35.95, longitude: 39.01, parentId: null }],
    ['a place without coordinates', createPlaceSchema, { ...place, latitude: '', longitude: '' }, { latitude: null, longitude: null }],
    ['a report, language defaulting to en, line endings normalised', createReportSchema, report, { language: 'en', url: 'https://example.org/raqqa', body: 'Text of the report.\nSecond line.' }],
    ['a report without URL', createReportSchema, { ...report, url: '' }, { url: null }],
  ])('accepts %s', (_name, schema, input, expected) => {
    expect(schema.parse(input)).toMatchObject(expected);
  });

  it.each([
    ['a source without name', createSourceSchema, { ...source, name: '' }, 'name', 'Name is required'],
    ['a source of unknown kind', createSourceSchema, { ...source, kind: 'blog' }, 'kind', 'Choose a kind'],
    ['a source description too long', createSourceSchema, { ...source, description: 'x'.repeat(301) }, 'description', 'Description must be at most 300 characters'],
    ['a latitude out of range', createPlaceSchema, { ...place, latitude: '95' }, 'latitude', 'Latitude must be between -90 and 90'],
    ['a latitude without longitude', createPlaceSchema, { ...place, longitude: '' }, 'longitude', 'Give both latitude and longitude, or neither'],
    ['a place inside itself', updatePlaceSchema, { ...place, id: '3', version: '1', parentId: '3' }, 'parentId', 'A place cannot be its own parent'],
    ['a report without text', createReportSchema, { ...report, body: ' \n ' }, 'body', 'The text of the report is required'],
    ['a report with a non-web URL', createReportSchema, { ...report, url: 'javascript:alert(1)' }, 'url', 'URL must be a web address starting with http:// or https://'],
    ['a report date that is not a day', createReportSchema, { ...report, publishedAt: '2017-13-40' }, 'publishedAt', 'Published on must be a day written YYYY-MM-DD'],
    ['a report language that is not a code', createReportSchema, { ...report, language: 'English' }, 'language', 'Language must be a language code such as en or ar'],
  ])('refuses %s', (_name, schema, input, field, message) => {
    expect(errorsOf(schema, input)[field]).toContain(message);
  });
});

describe('the user schemas', () => {
  it('accepts a new user, email lower-cased', () => {
    expect(createUserSchema.parse({ email: ' Editor@Example.org ', name: '', role: 'editor', password: 'a long enough password' })).toMatchObject({
      email: 'editor@example.org',
      name: null,
      role: 'editor',
    });
  });

  it.each([
    [createUserSchema, { email: 'not-an-email', role: 'editor', password: 'a long enough password' }, 'email', 'Enter an email address such as name@example.org'],
    [createUserSchema, { email: 'a@example.org', role: 'owner', password: 'a long enough password' }, 'role', 'Choose a role'],
    [createUserSchema, { email: 'a@example.org', role: 'editor', password: 'short' }, 'password', 'A password needs at least 12 characters'],
    [changePasswordSchema, { currentPassword: 'old password 1', newPassword: 'new password 12', confirmPassword: 'new password 13' }, 'confirmPassword', 'The two new passwords differ'],
    [changePasswordSchema, { currentPassword: 'same password 1', newPassword: 'same password 1', confirmPassword: 'same password 1' }, 'newPassword', 'Choose a password different from the current one'],
    [signInSchema, { email: '', password: 'x' }, 'email', 'Enter your email'],
    [signInSchema, { email: 'a@example.org', password: '' }, 'password', 'Enter your password'],
  ])('refuses %j', (schema, input, field, message) => {
    expect(errorsOf(schema, input)[field]).toContain(message);
  });
});
