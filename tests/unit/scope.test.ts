import { decodeCursor, encodeCursor, toPage } from '@/lib/data/cursor';
import { parseId } from '@/lib/data/ids';
import { hasScope, normaliseScope, parseCursorParameter, parseDay, parseScope, scopeToQuery } from '@/lib/data/scope';
import { nextDay } from '@/lib/data/scope-sql';

describe('the scope in the URL', () => {
  it('reads the page names and the API names of each part of the scope', () => {
    expect(parseScope(new URLSearchParams('category=killed&source=2&place=3&report=4&from=2017-06-01&to=2017-06-30'))).toEqual({
      scope: { category: 'killed', sourceId: 2, placeId: 3, reportId: 4, from: '2017-06-01', to: '2017-06-30' },
      problems: [],
    });
    expect(parseScope(new URLSearchParams('sourceId=2&placeId=3&reportId=4')).scope).toEqual({ sourceId: 2, placeId: 3, reportId: 4 });
    expect(parseScope({ category: ['fled', 'killed'], source: '' }).scope).toEqual({ category: 'fled' });
  });

  it('leaves out every value it cannot use and names the parameter and why', () => {
    const { scope, problems } = parseScope(new URLSearchParams('category=weather&source=abc&place=-1&report=0&from=2017-02-30&to=June'));
    expect(scope).toEqual({});
    expect(problems.map((problem) => problem.parameter)).toEqual(['category', 'source', 'place', 'report', 'from', 'to']);
    expect(problems[0]!.message).toMatch(/must be one of killed, injured/);
    expect(problems[4]!.message).toBe('must be a day written YYYY-MM-DD');
  });

  it('reads the hedge, the grade (or ungraded) and a text search, and refuses what they cannot be', () => {
    expect(parseScope(new URLSearchParams('qualifier=about&grade=ungraded&q=%20air%20strike%20')).scope).toEqual({ qualifier: 'about', grade: 'ungraded', q: 'air strike' });
    const { scope, problems } = parseScope(new URLSearchParams(`qualifier=roughly&grade=great&q=${'x'.repeat(201)}`));
    expect(scope).toEqual({});
    expect(problems.map((problem) => problem.parameter)).toEqual(['qualifier', 'grade', 'q']);
    expect(problems[1]!.message).toBe('must be one of confirmed, fair, weak, contested, discounted, ungraded');
    expect(problems[2]!.message).toBe('must be at most 200 characters');
    expect(scopeToQuery({ category: 'killed', grade: 'fair', q: 'a&b' })).toBe('?category=killed&grade=fair&q=a%26b');
    expect(hasScope({ q: 'x' })).toBe(true);
  });

  it('refuses a period that ends before it starts, keeping its start', () => {
    const { scope, problems } = parseScope(new URLSearchParams('from=2017-06-09&to=2017-06-01'));
    expect(scope).toEqual({ from: '2017-06-09' });
    expect(problems).toEqual([{ parameter: 'to', value: '2017-06-01', message: 'must not be before from (2017-06-09)' }]);
  });

  it('writes the scope back as a shareable query string in a fixed order', () => {
    expect(scopeToQuery({ category: 'killed', sourceId: 2 })).toBe('?category=killed&source=2');
    expect(scopeToQuery({ to: '2017-06-30', placeId: 7 }, { cursor: 'abc' })).toBe('?place=7&to=2017-06-30&cursor=abc');
    expect(scopeToQuery({})).toBe('');
    expect(hasScope({})).toBe(false);
    expect(normaliseScope({ to: '2017-01-01', category: 'killed', sourceId: undefined })).toEqual({ category: 'killed', to: '2017-01-01' });
    expect(JSON.stringify(normaliseScope({ to: '2017-01-01', category: 'killed' }))).toBe('{"category":"killed","to":"2017-01-01"}');
  });

  it('accepts only real days and positive whole ids', () => {
    expect(parseDay('2016-02-29')).toBe('2016-02-29');
    expect(['2017-02-29', '2017-6-1', '20170601', ''].map(parseDay)).toEqual([null, null, null, null]);
    expect(nextDay('2016-12-31')).toBe('2017-01-01');
    expect(parseId('12')).toBe(12);
    expect(['0', '-1', '1.5', 'abc', '', '9999999999'].map(parseId)).toEqual([null, null, null, null, null, null]);
  });
});

describe('cursors', () => {
  const isKey = (key: unknown[]) => typeof key[1] === 'number';

  it('round-trip a sort key through an opaque URL-safe text', () => {
    const cursor = encodeCursor(['2017-06-08T00:00:00.000+00:00', 12]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 2)).toEqual(['2017-06-08T00:00:00.000+00:00', 12]);
    expect(parseCursorParameter(new URLSearchParams({ cursor }), isKey, 2)).toEqual({ cursor: ['2017-06-08T00:00:00.000+00:00', 12], problem: null });
  });

  it('refuse text that is not a cursor of the list, naming the parameter', () => {
    for (const text of ['not a cursor', encodeCursor([1]), encodeCursor(['x', 'y']), Buffer.from('{"a":1}').toString('base64url'), 'e30']) {
      const { cursor, problem } = parseCursorParameter(new URLSearchParams({ cursor: text }), isKey, 2);
      expect(cursor).toBeNull();
      expect(problem?.parameter).toBe('cursor');
    }
  });

  it('turn a limit+1 read into a page whose cursor is the last row shown', () => {
    const rows = [{ id: 3 }, { id: 2 }, { id: 1 }];
    expect(toPage(rows, 2, 3, (row) => [row.id])).toEqual({ items: [{ id: 3 }, { id: 2 }], nextCursor: encodeCursor([2]), total: 3 });
    expect(toPage(rows, 3, 3, (row) => [row.id]).nextCursor).toBeNull();
  });
});
