import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures gives the first of two parallel counts the verb written after the second', () => {
  it('reads both counts of people as evacuated', () => {
    expect(categories('So far 40,000 people in Lake District and 12,000 people in the hill province have been evacuated.')).toEqual([
      ['40,000', 'fled'],
      ['12,000', 'fled'],
    ]);
  });
  it('does not share a verb when the first count has one of its own', () => {
    expect(categories('In May, 900 people were treated for cholera and 14 people died.')).toEqual([['900', 'other'], ['14', 'killed']]);
  });
});
