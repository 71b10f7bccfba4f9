import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads families told with their people as a unit and the people as the verb says', () => {
  it('makes the families other and their members displaced', () => {
    expect(categories('The fighting has displaced 2,400 families composed of 11,300 individuals from Bellmoor.')).toEqual([
      ['2,400', 'other'],
      ['11,300', 'displaced'],
    ]);
    expect(categories('The storm displaced an estimated 900 families (5,600 people) in the valley.')).toEqual([
      ['an estimated 900', 'other'],
      ['5,600', 'displaced'],
    ]);
  });
  it('keeps families counted alone with the verb', () => {
    expect(categories('The floods displaced 3,100 families across the district.')).toEqual([['3,100', 'displaced']]);
  });
});
