import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads migrants and travellers stranded as held up, not trapped', () => {
  it('reads stranded migrants as other', () => {
    expect(categories('At least 2,000 migrants are said to be stranded in the port city.')).toEqual([['At least 2,000', 'other']]);
  });
  it('still reads people stranded by a flood as trapped', () => {
    expect(categories('About 300 villagers were stranded by the rising water.')).toEqual([['About 300', 'trapped']]);
  });
});
