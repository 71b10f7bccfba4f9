import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads people stranded as held up, not trapped', () => {
  it('reads stranded migrants as other', () => {
    expect(categories('At least 2,000 migrants are said to be stranded in the port city.')).toEqual([['At least 2,000', 'other']]);
  });
  it('reads people stranded by a flood as held up too, and people trapped by it as trapped', () => {
    expect(categories('About 300 villagers were stranded by the rising water.')).toEqual([['About 300', 'other']]);
    expect(categories('About 300 villagers were trapped by the rising water.')).toEqual([['About 300', 'trapped']]);
  });
});

describe('extractFigures reads people feared or believed buried as the missing', () => {
  it('reads "feared buried" and "believed buried" as other', () => {
    expect(categories('At least 40 people were feared buried after the hillside gave way.')).toEqual([['At least 40', 'other']]);
    expect(categories('The mayor said 12 people were believed buried in the village.')).toEqual([['12', 'other']]);
  });
  it('still reads people buried by debris as trapped', () => {
    expect(categories('Hundreds of civilians were buried by debris.')).toEqual([['Hundreds', 'trapped']]);
  });
});
