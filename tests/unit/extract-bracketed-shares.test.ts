import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, isPercentage]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.isPercentage]);

describe('extractFigures gives a share in brackets after a count the count\'s category', () => {
  it('reads the share of a displaced count as displaced, whatever words follow it', () => {
    expect(read('By May, 4,200 people had been displaced; of them 3,100 (74%) come from the hills.')).toEqual([
      ['4,200', 'displaced', false],
      ['3,100', 'displaced', false],
      ['74%', 'displaced', true],
    ]);
  });
  it('reads the share of a count of cases as other', () => {
    expect(read('Of the 500 cases reported, 320 (64%) were severe cases.').slice(1)).toEqual([
      ['320', 'other', false],
      ['64%', 'other', true],
    ]);
  });
  it('leaves a share that follows no count in brackets alone', () => {
    expect(read('Some 4,200 people were displaced and 12% of the dead were children.')).toEqual([
      ['Some 4,200', 'displaced', false],
      ['12%', 'killed', true],
    ]);
  });
});
