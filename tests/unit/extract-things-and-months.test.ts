import { extractFigures } from '@/lib/extract';

describe('extractFigures keeps things and months out of figures and places', () => {
  it('does not count videos or photos, whoever took them', () => {
    expect(extractFigures('Two videos taken by the attackers showed the village of Ardenne.')).toEqual([]);
  });
  it('does not read an abbreviated month as the place of a figure', () => {
    const [figure] = extractFigures('The number of soldiers killed rose to 12 as of Aug. 26 evening.');
    expect(figure?.place).toBeNull();
  });
  it('reads an ordinal time as strikes whoever struck', () => {
    const [figure] = extractFigures('It was the third time coalition forces have struck Bellmoor this week.');
    expect(figure?.category).toBe('airstrikes');
  });
});
