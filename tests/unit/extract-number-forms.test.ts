import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, value, low, high]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.value, figure.low, figure.high]);

describe('extractFigures reads number forms of South Asian and wire copy', () => {
  it('reads lakhs and crores as their values', () => {
    expect(read('Officials evacuated 2.5 lakh people and 1 crore people were affected.')).toEqual([
      ['2.5 lakh', 'exact', 250_000, 250_000, 250_000],
      ['1 crore', 'exact', 10_000_000, 10_000_000, 10_000_000],
    ]);
  });
  it('reads a number restated in brackets as one figure', () => {
    expect(read('In the end, we cleared more than 8.61 lakh (861,000) people.')).toEqual([
      ['more than 8.61 lakh (861,000)', 'more_than', 861_000, 861_000, null],
    ]);
  });
  it('keeps a different number in brackets as its own figure', () => {
    expect(read('About 300 people (120 children) were evacuated.').map(([raw]) => raw)).toEqual(['About 300', '120']);
  });
  it('reads "upward of" as more than', () => {
    expect(read('There are upward of 50,000 households without power.')).toEqual([['upward of 50,000', 'more_than', 50_000, 50_000, null]]);
  });
});
