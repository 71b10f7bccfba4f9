import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, low, high]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.low, figure.high]);

describe('extractFigures reads two guesses joined by "or" as one range', () => {
  it('reads "N or M" as a range from N to M', () => {
    expect(read('Villagers said 1,500 or 1,800 people had fled the hills.')).toEqual([['1,500 or 1,800', 'range', 1500, 1800]]);
  });
  it('reads number words and a scale written once', () => {
    expect(read('One or two people died in the fire.')).toEqual([['One or two', 'range', 1, 2]]);
    expect(read('Four or five million people need food aid.')).toEqual([['Four or five million', 'range', 4_000_000, 5_000_000]]);
  });
  it('keeps two numbers of very different size apart', () => {
    expect(read('He said 3 or 400 people were hurt.').map(([raw]) => raw)).toEqual(['400']);
  });
  it('keeps a smaller second number apart', () => {
    expect(read('The raid killed 12 or, by other counts, 9 people.').map(([raw]) => raw)).not.toContain('12 or 9');
  });
});
