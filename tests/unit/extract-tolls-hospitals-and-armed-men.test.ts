import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures settles categories from what the clause says of the people counted', () => {
  it('reads victims at morgues as killed and people admitted to hospital as injured', () => {
    expect(read('At least 300 victims were at the morgues in Bellmoor.')).toEqual([['At least 300', 'killed']]);
    expect(read('Some 120 people have been admitted to hospitals.')).toEqual([['Some 120', 'injured']]);
  });

  it('keeps an epidemic\'s patients admitted to hospital out of the injured', () => {
    expect(read('Some 120 cholera patients have been admitted to hospitals.').map((figure) => figure[1])).not.toContain('injured');
  });

  it('reads people "who left" a named place as having fled', () => {
    expect(read('The 200 families at the camp who left Bellmoor come from the east.')).toEqual([['200', 'fled']]);
  });

  it('reads armed men as fighters', () => {
    expect(read('Witnesses saw between 40 and 80 armed men in the streets.')).toEqual([['between 40 and 80', 'fighters']]);
  });

  it('reads a toll of the wounded as injured, and a count after "with" past the toll as its own', () => {
    expect(read('The toll of wounded officers stood at more than 20 after battles with hundreds of rioters.')).toEqual([
      ['more than 20', 'injured'],
      ['hundreds', 'other'],
    ]);
    expect(read('The death toll stood at 45 on Monday.')).toEqual([['45', 'killed']]);
  });
});
