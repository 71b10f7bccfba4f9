import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads "N others" after a count of a group as more of that group', () => {
  it('reads the others after attackers as fighters', () => {
    expect(categories('The minister said four gunmen had been shot and that a wall had fallen on two others.')).toEqual([
      ['four', 'fighters'],
      ['two', 'fighters'],
    ]);
  });
  it('keeps the outcome the others have of their own', () => {
    expect(categories('Eight soldiers were killed and 12 others wounded.')).toEqual([['Eight', 'personnel'], ['12', 'injured']]);
  });
});
