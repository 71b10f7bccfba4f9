import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, low, high]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.low, figure.high]);

describe('extractFigures reads a hedge carried by the verb that introduces the number', () => {
  it('reads "X estimates that N" as estimated', () => {
    expect(read('The agency estimates that 3.4m people need food aid.')).toEqual([['3.4m', 'estimated', 3_060_000, 3_740_000]]);
  });
  it('reads "it is estimated that N" as estimated', () => {
    expect(read('It is estimated that 20,000 people were displaced.')).toEqual([['20,000', 'estimated', 18_000, 22_000]]);
  });
  it('reads "estimated N" without "that" as estimated too', () => {
    expect(read('Officials estimated 500 families had fled.')).toEqual([['estimated 500', 'estimated', 450, 550]]);
  });
  it('keeps a hedge word written before the number over the verb', () => {
    expect(read('The agency estimates that about 3,000 people fled.')).toEqual([['about 3,000', 'about', 2700, 3300]]);
  });
  it('hedges only the number the verb introduces, not later ones', () => {
    expect(read('The ministry estimated that 20 people died, and 30 were injured.')).toEqual([
      ['20', 'estimated', 18, 22],
      ['30', 'exact', 30, 30],
    ]);
  });
  it('leaves a number after another verb exact', () => {
    expect(read('The agency said that 3,000 people fled.')).toEqual([['3,000', 'exact', 3000, 3000]]);
  });
});
