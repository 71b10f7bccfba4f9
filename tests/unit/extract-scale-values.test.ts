import { extractFigures } from '@/lib/extract';

/** The raw texts of the figures of a text. */
const raws = (text: string) => extractFigures(text).map((figure) => figure.rawText);

describe('extractFigures leaves values on a scale and people told of one by one out', () => {
  it('refuses a value on an intensity scale, even hedged', () => {
    expect(raws('The tremor, which registered a maximum of 6 on the local intensity scale, killed 14 people.')).toEqual(['14']);
    expect(raws('It measured 5 on the Mercalli scale and the toll rose to 31.')).toEqual(['31']);
  });
  it('refuses a category or phase number', () => {
    expect(raws('A category 4 storm killed 9 people as 2,000 people faced phase 5 hunger.')).toEqual(['9', '2,000']);
  });
  it('refuses "one of the dead" when the text goes on to name or describe that person', () => {
    expect(raws('One of the dead, Omar Said, ran a bakery.')).toEqual([]);
    expect(raws('One of the victims was identified as a volunteer nurse.')).toEqual([]);
  });
  it('keeps "one of the deaths" counted where it happened', () => {
    expect(raws('At least one of the deaths was recorded outside the capital.')).toEqual(['At least one']);
  });
});
