import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.category]);

describe('extractFigures reads populations, parts of them and people in shelters', () => {
  it('reads "N of the place\'s M residents died": N killed, M the population', () => {
    expect(read('The mayor said 120 of the village\'s approximately 400 residents died.')).toEqual([
      ['120', 'exact', 'killed'],
      ['approximately 400', 'about', 'population'],
    ]);
  });

  it('reads "the place\'s population of N people" as the population, whatever it did', () => {
    expect(read('Half of the village\'s population of some 300 people fled.')).toEqual([['some 300', 'about', 'population']]);
  });

  it('reads people dispersed in collective centres or staying in the open as displaced, also after ", and"', () => {
    expect(read('Another 500 are with host families, and some 900 are dispersed in 12 collective centres.')).toEqual([
      ['500', 'exact', 'other'],
      ['some 900', 'about', 'displaced'],
    ]);
    expect(read('It said, between 3,000 and 4,000 were staying out in the open at a transit centre.')).toEqual([['between 3,000 and 4,000', 'range', 'displaced']]);
  });

  it('reads "the number of people staying with host families" as displaced', () => {
    expect(read('The number of people staying with host families has increased to at least 20,000.')).toEqual([['at least 20,000', 'at_least', 'displaced']]);
  });

  it('reads "put the number at" after a toll as another count of the dead', () => {
    expect(read('Police reported 90 dead, but hospitals put the number at between 120 and 150.')).toEqual([
      ['90', 'exact', 'killed'],
      ['between 120 and 150', 'range', 'killed'],
    ]);
  });
});

describe('extractFigures leaves out capacities, shares of a place and reads counts after a semicolon', () => {
  it('does not count what a camp could hold', () => {
    expect(read('They will move to a campsite which could hold up to 50,000 people.')).toEqual([]);
  });

  it('does not count a share of a city affected', () => {
    expect(read('Five people have died; 30% of the city is affected.')).toEqual([['Five', 'exact', 'killed']]);
    expect(read('The fire service said 30% of the city\'s territory has been affected.')).toEqual([]);
  });

  it('reads "n=N" after a semicolon inside a bracket', () => {
    expect(read('The median age is 40 years (range 2–90 years; n=812).').map((figure) => figure[0])).toEqual(['812']);
  });
});

describe('extractFigures leaves out a person quoted without a name', () => {
  it('does not count "One refugee, who preferred not to give his name"', () => {
    expect(read('One refugee, who preferred not to give his name, fled south to Bellmoor.')).toEqual([]);
    expect(read('One resident, who asked not to be named, said 40 people died.')).toEqual([['40', 'exact', 'killed']]);
  });
});
