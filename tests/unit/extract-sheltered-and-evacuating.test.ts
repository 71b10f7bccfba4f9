import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads people in shelters as displaced and people made to evacuate as fled', () => {
  it('reads the people camps or shelters named before the number are hosting', () => {
    expect(categories('The ministry said 40 camps have been opened in six districts, hosting 8,200 people.')).toEqual([['8,200', 'displaced']]);
  });
  it('reads people who sought refuge or shelter in shelters', () => {
    expect(categories('Almost 9,000 people have sought refuge in 31 shelters.')).toEqual([['Almost 9,000', 'displaced']]);
  });
  it('still reads refuge abroad as refugees', () => {
    expect(categories('Some 5,000 people have sought refuge in neighbouring countries.')).toEqual([['Some 5,000', 'refugees']]);
  });
  it('reads people made to evacuate as fled', () => {
    expect(categories('The storm damaged 9,000 homes, causing more than 30,000 people to evacuate.')).toEqual([['more than 30,000', 'fled']]);
  });
});
