import { extractFigures } from '@/lib/extract';
import { readSeedReport } from '@/prisma/seed';

/** The seed report end to end against its hand-coded gold standard (prisma/seed-data). */
const { body, figures: gold } = readSeedReport('raqqa-2017-06-09');

/** The seed codes sources by their registry name; the extractor returns the name the text uses first. */
const NAME_IN_TEXT: Record<string, string> = {
  'Syrian Observatory for Human Rights': 'Syrian Observatory for Human Rights',
  'US Department of Defense': 'Pentagon',
  'UN Office for the Coordination of Humanitarian Affairs': 'UN humanitarian office',
  UNICEF: 'UNICEF',
};

describe('extractFigures on the Raqqa seed report', () => {
  const figures = extractFigures(body);

  it('finds exactly the 12 hand-coded figures, in order', () => {
    expect(figures.map((figure) => figure.rawText)).toEqual(gold.map((figure) => figure.rawText));
  });

  it.each(gold.map((figure, index) => [figure.key, index] as const))('reads %s like the gold standard', (_key, index) => {
    const expected = gold[index]!;
    const figure = figures[index]!;
    expect({
      rawText: figure.rawText, start: figure.start, end: figure.end, value: figure.value, low: figure.low,
      high: figure.high, qualifier: figure.qualifier, category: figure.category, source: figure.source,
    }).toEqual({
      rawText: expected.rawText, start: expected.start, end: expected.end, value: expected.value, low: expected.low,
      high: expected.high, qualifier: expected.qualifier, category: expected.category,
      source: expected.source === null ? null : NAME_IN_TEXT[expected.source],
    });
    expect(body.slice(figure.start, figure.end)).toBe(figure.rawText);
  });

  it('links the subsets the text marks with "including"', () => {
    const indexOf = (key: string) => gold.findIndex((figure) => figure.key === key);
    expect(figures[indexOf('civilians-killed-internet-cafe')]!.partOfIndex).toBe(indexOf('civilians-killed-overnight'));
    expect(figures[indexOf('displaced-from-elsewhere')]!.partOfIndex).toBe(indexOf('living-under-isis'));
  });

  it('quotes each figure\'s sentence at its offset in the body', () => {
    for (const figure of figures) {
      expect(body.slice(figure.sentenceStart, figure.sentenceStart + figure.sentence.length)).toBe(figure.sentence);
      expect(figure.start).toBeGreaterThanOrEqual(figure.sentenceStart);
      expect(figure.end).toBeLessThanOrEqual(figure.sentenceStart + figure.sentence.length);
    }
  });

  it('names the places the sentences name', () => {
    const place = (rawText: string) => figures.find((figure) => figure.rawText === rawText)!.place;
    expect(place('15')).toBe('Jazra');
    expect(place('up to 2,500')).toBe('Raqqa');
    expect(place('third')).toBe('Al-Tanaf');
  });
});
