import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads the displaced counted with their hosts as a mixed group', () => {
  it('reads IDPs and host community members as other', () => {
    expect(categories('The drought affects thousands of displaced people and host community members in the north.')).toEqual([['thousands', 'other']]);
  });
  it('still reads the displaced alone as displaced', () => {
    expect(categories('Thousands of displaced people are sheltering in the north.')).toEqual([['Thousands', 'displaced']]);
  });
});
