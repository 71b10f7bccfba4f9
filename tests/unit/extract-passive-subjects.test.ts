import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads a number opening its clause as the subject of a passive verb said of people', () => {
  it('counts "Eight were pulled from ..." and "one was reported"', () => {
    expect(read('Eight were pulled from the television building, with many still unaccounted for.')).toEqual([['Eight', 'other']]);
    expect(read('In the previous period, one was reported.')).toEqual([['one', 'other']]);
    expect(read('Twelve have been rescued since Monday.')).toEqual([['Twelve', 'other']]);
  });
  it('keeps out a passive that is not said of people, and a number that does not open its clause', () => {
    expect(read('Two were destroyed by the storm.')).toEqual([]);
    expect(read('The list of 12 was confirmed on Monday.')).toEqual([]);
  });
});
