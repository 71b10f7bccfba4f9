import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, value]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.value]);

describe('extractFigures reads a thousands comma written with a stray space', () => {
  it('joins "15, 316" into one number', () => {
    expect(read('Floods affected 15, 316 people in the region.')).toEqual([['15, 316', 15316]]);
  });
  it('leaves dates, years and lists apart', () => {
    expect(read('On May 15, 316 people were evacuated.')).toEqual([['316', 316]]);
    expect(read('In 2019, 316 people died.')).toEqual([['316', 316]]);
    expect(read('The three camps hold 5, 10, 150 people.')).toEqual([['150', 150]]);
    expect(read('Aid reached 12, 400 and 900 families in three rounds.').map(([raw]) => raw)).not.toContain('12, 400');
  });
  it('needs exactly three digits after the comma', () => {
    expect(read('Of the 40, 3100 people fled.').map(([raw]) => raw)).not.toContain('40, 3100');
  });
});

describe('extractFigures reads a breakdown whose items group thousands with spaces', () => {
  it('keeps every item of "with 52 263 in A and 17 467 in B"', () => {
    expect(read('The number of IDPs has reached 70 000, with 52 263 in Ardenne and 17 467 in Bellmoor.')).toEqual([
      ['70 000', 70000],
      ['52 263', 52263],
      ['17 467', 17467],
    ]);
  });
});
