import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.category]);

describe('extractFigures reads counts in dozens as round figures', () => {
  it('reads "two dozen" and "a dozen" as about 24 and about 12', () => {
    const figures = extractFigures('The strike killed eight tourists and injured two dozen more. A dozen people died later.');
    expect(figures.map((figure) => [figure.rawText, figure.qualifier, figure.low, figure.high])).toEqual([
      ['eight', 'exact', 8, 8], ['two dozen', 'about', 22, 26], ['A dozen', 'about', 11, 13],
    ]);
  });

  it('keeps a hedge written before a dozen', () => {
    expect(read('At least two dozen children were hurt.')).toEqual([['At least two dozen', 'at_least', 'children']]);
  });
});

describe('extractFigures reads hedges that are not hedges', () => {
  it('reads "rise up to 11" as the new value, and "36 plus the attacker" as 36', () => {
    expect(read('Adverse weather: Casualties rise up to 11, more warnings issued').map((figure) => figure.slice(0, 2))).toEqual([['11', 'exact']]);
    expect(read('Officials gave a death toll of 36 plus the attacker on Friday.')).toEqual([['36', 'exact', 'killed']]);
    expect(read('Officials said 100-plus people died.').map((figure) => figure.slice(0, 2))).toEqual([['100-plus', 'more_than']]);
  });
});

describe('extractFigures reads patients, shootings, threats and glued counts', () => {
  it('reads people in hospitals or in serious condition as injured', () => {
    expect(read('More than 70 people were in hospitals — 10 in serious condition.').map((figure) => figure[2])).toEqual(['injured', 'injured']);
  });

  it('reads the fatal shooting of a police officer as a count of personnel', () => {
    expect(read('Police raided a slum, resulting in the fatal shooting of at least one officer.')).toEqual([['at least one', 'at_least', 'personnel']]);
  });

  it('reads the people a flood threatens, and a count typed against its noun', () => {
    expect(read('The flood swept two districts, threatening thousands after it swept ash down the mountain.')).toEqual([['thousands', 'vague', 'other']]);
    expect(read('A total of 84,943persons belonging to 18,542 families are affected.').map((figure) => figure[0])).toEqual(['84,943', '18,542']);
  });

  it('reads people in places given in brackets after "People in"', () => {
    const figures = extractFigures('People in Alpha District (12,760) and Beta District (7,482) have also been affected.');
    expect(figures.map((figure) => [figure.rawText, figure.place])).toEqual([['12,760', 'Alpha District'], ['7,482', 'Beta District']]);
  });
});

describe('extractFigures reads families and households as a unit of count', () => {
  it('reads families displaced as other, but keeps families that fled and "displacing N families"', () => {
    expect(read('Over 9,000 families have now been displaced by flooding.').map((figure) => figure[2])).toEqual(['other']);
    expect(read('An estimated 4,250 families fled the fighting.').map((figure) => figure[2])).toEqual(['fled']);
    expect(read('The floods destroyed crops, displacing 51,244 families.').map((figure) => figure[2])).toEqual(['displaced']);
  });
});
