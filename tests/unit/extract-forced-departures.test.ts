import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads people forced to leave a place as fled', () => {
  it('reads families forced to leave a named city as fled', () => {
    expect(read('The statement said the shelling has forced more than 6,000 families to leave Marsa.')).toEqual([['more than 6,000', 'fled']]);
  });
  it('reads people forced to leave the town as fled', () => {
    expect(read('Clashes forced about 1,500 residents to leave the town overnight.')).toEqual([['about 1,500', 'fled']]);
  });
  it('keeps soldiers forced to leave a town as personnel', () => {
    expect(read('The assault forced 300 soldiers to leave Kanta.')).toEqual([['300', 'personnel']]);
  });
});
