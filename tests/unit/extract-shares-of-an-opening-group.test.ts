import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads a share in a clause opened by its group as a share of that group', () => {
  it('reads "Of those displaced, N percent" as displaced', () => {
    expect(categories('Of those displaced, only 12 percent are staying in camps.')).toEqual([['12 percent', 'displaced']]);
  });
  it('reads "Among the refugees, N%" as refugees', () => {
    expect(categories('Among the refugees, 30% are living with relatives.')).toEqual([['30%', 'refugees']]);
  });
});
