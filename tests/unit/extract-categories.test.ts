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

describe('extractFigures settles the category from the counted noun or verb', () => {
  it('reads evacuated, arrived and crossed as fled', () => {
    expect(read('About 2,000 people were evacuated from the coast.')).toEqual([['About 2,000', 'fled']]);
    expect(read('Nearly 300 Liberians arrived in Ivory Coast over the weekend.')).toEqual([['Nearly 300', 'fled']]);
    expect(read('Some 2,500 villagers crossed the river into Thailand.')).toEqual([['Some 2,500', 'fled']]);
  });
  it('reads people sheltering abroad as refugees', () => {
    expect(read('Some 300,000 Sudanese are sheltering in neighbouring countries.')).toEqual([['Some 300,000', 'refugees']]);
  });
  it('reads died, a death toll and recovered bodies as killed', () => {
    expect(read('At least 40 people died in the floods.')).toEqual([['At least 40', 'killed']]);
    expect(read('The death toll rose to 45.')).toEqual([['45', 'killed']]);
    expect(read('Rescuers recovered 30 bodies from the rubble.')).toEqual([['30', 'killed']]);
  });
  it('reads wounded and hospitalised as injured', () => {
    expect(read('Twelve villagers were wounded.')).toEqual([['Twelve', 'injured']]);
    expect(read('The toll stood at 250, with at least 365 more hospitalized.')).toEqual([['250', 'killed'], ['at least 365', 'injured']]);
  });
  it('reads children among the dead as children', () => {
    expect(read('At least 12 children were among the dead.')).toEqual([['At least 12', 'children']]);
    expect(read('So far 123 lives have been lost, including 20 children.')).toEqual([['123', 'killed'], ['20', 'children']]);
  });
  it('reads soldiers and troops as personnel', () => {
    expect(read('The army sent 400 troops to the border.')).toEqual([['400', 'personnel']]);
    expect(read('Two soldier were missing.')).toEqual([['Two', 'personnel']]);
  });
  it('reads a percentage of fatalities as killed and of the displaced as displaced, with no count', () => {
    const [dead] = extractFigures('About 40 percent of the dead were children.');
    expect(dead).toMatchObject({ category: 'killed', isPercentage: true });
    const [displaced] = extractFigures('Some 60% of the displaced are women.');
    expect(displaced).toMatchObject({ category: 'displaced', isPercentage: true });
    expect(read('It was a 47% increase from 2020.')).toEqual([['47%', 'other']]);
  });
});
