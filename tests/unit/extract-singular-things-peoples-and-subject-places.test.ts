import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.place]);

describe('extractFigures reads one thing, named peoples and a place with its kind as subject', () => {
  it('does not count one thing written in the singular ("One neighborhood", "one village")', () => {
    expect(read('One neighborhood of Ardenne was deserted.')).toEqual([]);
    expect(read('Only one village was reached.')).toEqual([]);
  });
  it('still counts one person or death', () => {
    expect(read('One death was confirmed in Bellmoor.').map(([raw]) => raw)).toEqual(['One']);
  });
  it('counts peoples named without a nationality ending ("117 Rohingya")', () => {
    expect(read('Four soldiers, in addition to the 117 Rohingya, had been killed.')).toEqual([
      ['Four', 'personnel', null],
      ['117', 'killed', null],
    ]);
  });
  it('reads a place with its kind that opens the clause reporting the count', () => {
    expect(read('In the north, Bellmoor district reported 12 new cases.')).toEqual([['12', 'other', 'Bellmoor']]);
  });
});
