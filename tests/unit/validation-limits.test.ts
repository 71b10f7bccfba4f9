import { createFigureSchema } from '@/lib/validation/figure';
import { EARLIEST_DAY, fieldErrorsOf, latestDay } from '@/lib/validation/fields';
import { createSourceSchema } from '@/lib/validation/source';

/** The limits that keep input from being misread: grouped separators, dates, whole characters, derived bounds. */
const figureForm = {
  category: 'killed',
  qualifier: 'exact',
  value: '23',
  low: '',
  high: '',
  rawText: '23',
  quote: 'The group reported 23 civilians killed.',
  counted: 'civilians killed',
  date: '2017-06-08',
  grade: '',
  reportId: '1',
  sourceId: '',
  placeId: '',
  partOfId: '',
};

function parseFigure(change: Record<string, string>) {
  return createFigureSchema.safeParse({ ...figureForm, ...change });
}

describe('counts', () => {
  it.each([
    ['2,500', 2500],
    ['1,000,000', 1_000_000],
    ['999', 999],
    ['2500', 2500],
    [' 2,500 ', 2500],
    ['2,000,000,000', 2_000_000_000],
  ])('reads %s as %d', (typed, expected) => {
    const parsed = parseFigure({ value: typed });
    expect(parsed.success && parsed.data.value).toBe(expected);
  });

  it.each(['2,5', '25,00', '2,500,00', '1,0000', ',250', '250,', '2 500', '2_500', '2.500', '1e3', '0x17', '٢٣', 'Infinity'])('refuses %s', (typed) => {
    const parsed = parseFigure({ value: typed });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({ value: ['Value must be a whole number'] });
  });

  it('refuses a bound derived from the hedge above the maximum, naming High', () => {
    const parsed = parseFigure({ qualifier: 'about', value: '2,000,000,000' });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error).high).toEqual([
      'High would be 2,200,000,000 (“about” allows ±10 %), above the most a count may be, 2,000,000,000: type High yourself',
    ]);
    expect(parseFigure({ qualifier: 'about', value: '1,818,181,818' }).success).toBe(true);
  });
});

describe('dates', () => {
  it('accepts the first and the last day allowed', () => {
    expect(parseFigure({ date: EARLIEST_DAY }).success).toBe(true);
    expect(parseFigure({ date: latestDay() }).success).toBe(true);
  });

  it('puts the last day a year after today', () => {
    expect(latestDay(new Date('2026-12-01T23:59:00Z'))).toBe('2027-12-01');
    expect(latestDay(new Date('2028-02-29T12:00:00Z'))).toBe('2029-03-01');
  });

  it.each(['0000-01-01', '1899-12-31', '9999-12-31'])('refuses %s, naming the field and the limits', (day) => {
    const parsed = parseFigure({ date: day });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({ date: [`Date must be between 1900-01-01 and ${latestDay()}`] });
  });
});

describe('text', () => {
  it('keeps characters outside the basic plane (surrogate pairs) and refuses a lone surrogate', () => {
    expect(createSourceSchema.safeParse({ name: 'Monitor 𝔄', kind: 'other' }).success).toBe(true);
    for (const broken of ['A\ud800B', 'A\udc00', '\ud83d']) {
      const parsed = createSourceSchema.safeParse({ name: broken, kind: 'other' });
      expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({ name: ['Name contains a broken character (a lone UTF-16 surrogate); type or paste it again'] });
    }
  });
});
