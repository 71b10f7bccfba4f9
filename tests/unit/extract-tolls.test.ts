import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads the value a toll rises to', () => {
  it('reads a toll that climbs, jumps or rises to a number, however far the toll word is', () => {
    expect(read('The death toll from a tsunami that hit the remote islands has climbed to 449.')).toEqual([['449', 'killed']]);
    expect(read('Indonesia Death Toll Jumps to 832')).toEqual([['832', 'killed']]);
    expect(read('Zimbabwe cholera deaths rise to 25')).toEqual([['25', 'killed']]);
  });
  it('does not read other numbers of a toll sentence as its value', () => {
    expect(read('The death toll from a tsunami that barreled into several remote islands one week ago has climbed to 449.')).toEqual([['449', 'killed']]);
  });
});

describe('extractFigures reads the present tense of headlines', () => {
  it('reads "flee" and "die" as outcomes', () => {
    expect(read('Thousands flee fighting in the north')).toEqual([['Thousands', 'fled']]);
    expect(read('Two dead, hundreds of thousands flee as cyclone batters Bangladesh')).toEqual([['Two', 'killed'], ['hundreds of thousands', 'fled']]);
    expect(read('Fighting near the border displaces 35,000')).toEqual([['35,000', 'displaced']]);
  });
});

describe('extractFigures reads counts out of a larger count', () => {
  it('reads "55 of 75 confirmed dead" as two figures', () => {
    expect(read('Only 55 of 75 confirmed dead had been identified.')).toEqual([['55', 'killed'], ['75', 'killed']]);
  });
  it('reads "one of the deaths" as a count and "one of the districts" as none', () => {
    expect(read('At least one of the deaths was recorded outside the capital.')).toEqual([['At least one', 'killed']]);
    expect(read('One of the districts was cut off.')).toEqual([]);
  });
});
