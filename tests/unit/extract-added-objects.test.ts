import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads the object of an outcome verb past "an additional" or "a further"', () => {
  it('reads "could displace an additional N people" as displaced', () => {
    expect(categories('Partners warn that the offensive could displace an additional 50,000 people.')).toEqual([['50,000', 'displaced']]);
    expect(categories('The rains displaced a further 8,000 people.')).toEqual([['8,000', 'displaced']]);
  });
});
