import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('a count of families restated as the people in them', () => {
  it('gives the verb\'s kind to the people of "N families composed of M individuals"', () => {
    expect(read('The fighting has displaced 1,200 families composed of 6,300 individuals from Ardenne.')).toEqual([
      ['1,200', 'other'],
      ['6,300', 'displaced'],
    ]);
  });
  it('reads "N households (M people)" and "comprising" the same way', () => {
    expect(read('The floods displaced an estimated 900 households (5,100 people).')).toEqual([
      ['an estimated 900', 'other'],
      ['5,100', 'displaced'],
    ]);
    expect(read('The storm displaced 300 families comprising 1,400 persons.')).toEqual([
      ['300', 'other'],
      ['1,400', 'displaced'],
    ]);
  });
  it('leaves a count of families that is not restated with its verb\'s kind', () => {
    expect(read('The floods displaced 2,000 families in Bellmoor.')).toEqual([['2,000', 'displaced']]);
  });
});
