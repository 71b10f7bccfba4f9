import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, low, high]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.low, figure.high]);

describe('extractFigures reads "near" before a number as an approximation', () => {
  it('reads a toll estimated "at near" a number as about it', () => {
    expect(read('The police put the death toll at near 200.')).toEqual([['near 200', 'about', 180, 220]]);
  });
  it('reads "Near" opening a sentence the same way', () => {
    expect(read('Near 3,000 people fled the valley.')).toEqual([['Near 3,000', 'about', 2700, 3300]]);
  });
});
