import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads a bare count of people by the harm its clause is about', () => {
  it('reads the value of "the injuries are numbered at"', () => {
    expect(categories('The injuries are numbered at 870 people.')).toEqual([['870', 'injured']]);
  });
  it('reads the count after the place where most deaths happened', () => {
    expect(categories('Most deaths occurred in Lower Ardenne 210 people.')).toEqual([['210', 'killed']]);
  });
  it('leaves a count with words of its own alone', () => {
    expect(categories('The deaths rose while 300 people were rescued.')).toEqual([['300', 'other']]);
  });
});
