import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category] pairs. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads what a figure counts', () => {
  it('reads leaving a home or a city as fleeing it', () => {
    expect(read('About 3,000 people have left the city since the shelling began.')).toEqual([['About 3,000', 'fled']]);
    expect(read('Thousands left their homes overnight.')).toEqual([['Thousands', 'fled']]);
  });
  it('keeps "left homeless" as displaced', () => {
    expect(read('Some 4,000 people were left homeless by the quake.')).toEqual([['Some 4,000', 'displaced']]);
  });
  it('does not read the missing as a population', () => {
    expect(read('Some 200 people remain missing after the landslide.')).toEqual([['Some 200', 'other']]);
  });
  it('reads slaughtered, massacred and exterminated as killed', () => {
    expect(read('Militiamen slaughtered 45 villagers on Sunday.')).toEqual([['45', 'killed']]);
    expect(read('At least 30 civilians were massacred in the raid.')).toEqual([['At least 30', 'killed']]);
    expect(read('The regime exterminated 5,000 prisoners.')).toEqual([['5,000', 'killed']]);
  });
});
