import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures settles the category from the verb or noun that says what happened', () => {
  it('reads being moved to safety or relocated as fled, and counts it without a noun', () => {
    expect(read('Four died, although more than a million had been moved to safety.')).toEqual([['Four', 'killed'], ['more than a million', 'fled']]);
    expect(read('About 1.2 million people have been moved to some 4,000 shelters.')).toEqual([['About 1.2 million', 'fled']]);
    expect(read('The reports said more than 31,000 people have been relocated.')).toEqual([['more than 31,000', 'fled']]);
  });
  it('keeps "moved" that is not to safety out', () => {
    expect(read('The front moved 12 kilometres east.')).toEqual([]);
  });
  it('reads a violent death after an appositive as killed', () => {
    expect(read('Two of their relatives, who refused to leave, were crushed to death when the house collapsed.')).toEqual([['Two', 'killed']]);
  });
  it('reads "the death of N" as killed', () => {
    expect(read('The monitor documented the death of 2079 people since September.')).toEqual([['2079', 'killed']]);
  });
  it('reads the people a disaster traps as trapped, and those driven from their homes as displaced', () => {
    expect(read('The floods trapped thousands of others on rooftops.')).toEqual([['thousands', 'trapped']]);
    expect(read('Some 19 million people have been driven from their homes.')).toEqual([['Some 19 million', 'displaced']]);
    expect(read('Rains compounded the misery of 2 million marooned villagers.')).toEqual([['2 million', 'trapped']]);
  });
  it('keeps soldiers and fighters named as what is counted in their group when they are killed or hurt', () => {
    expect(read('At least 17 soldiers were killed in the attack.')).toEqual([['At least 17', 'personnel']]);
    expect(read('And 90 fighters from the group were killed by air strikes.')).toEqual([['90', 'fighters']]);
    expect(read('At least 23 civilians were killed.')).toEqual([['At least 23', 'killed']]);
  });
  it('reads attackers and bandits as people, and as fighters', () => {
    expect(read('About 150 attackers surrounded the village.')).toEqual([['About 150', 'fighters']]);
  });
  it('reads what is counted past an aside between dashes or brackets', () => {
    expect(read('Nearly 215,000 third-country nationals -- largely students -- have also escaped to neighbouring countries.')).toEqual([['Nearly 215,000', 'fled']]);
    expect(read('66 civilians ( 10 children , 6 women ), killed by air strikes.')[0]).toEqual(['66', 'killed']);
  });
  it('reads a share of those who fled as fled, and a share of a hedged count of refugees as refugees', () => {
    expect(read('Women and children account for 90 percent of those who escaped.')).toEqual([['90 percent', 'fled']]);
    expect(read('Women and children are about 80 percent of the approximately 10,000 refugees registered.')).toEqual([
      ['about 80 percent', 'refugees'],
      ['approximately 10,000', 'refugees'],
    ]);
  });
  it('reads being moved to safety or finding refuge abroad anywhere in the clause', () => {
    expect(read('About 1.2 million people living in the most vulnerable districts have been moved to some 4,000 shelters.')).toEqual([['About 1.2 million', 'fled']]);
    expect(read('More than 3 million people have been forced to flee Sudan and seek safety in neighboring countries.')).toEqual([['More than 3 million', 'refugees']]);
  });
  it('reads the verb a count is the subject of before words later in the clause', () => {
    expect(read('Thousands flee following air strikes on the border.')).toEqual([['Thousands', 'fled']]);
    expect(read('Some 300 people remain trapped.')).toEqual([['Some 300', 'trapped']]);
  });
  it('reads what is counted past a part named between commas and across names joined by "and"', () => {
    expect(read('About 2,500 people, including 200 students, have crossed the river.')).toEqual([['About 2,500', 'fled'], ['200', 'fled']]);
    expect(read('At least 5,000 Sierra Leoneans and Liberians arrived at the border town of Jendema.')).toEqual([['At least 5,000', 'fled']]);
  });
  it('reads people counted in camps as displaced, unless the camps are refugee camps', () => {
    expect(read('The number of people in relief camps has dropped from 17,000 to about 11,000.')).toEqual([['17,000', 'displaced'], ['about 11,000', 'displaced']]);
    expect(read('Some 40,000 people live in refugee camps.')).toEqual([['Some 40,000', 'refugees']]);
  });
  it('reads the people of a nation as its population', () => {
    expect(read('Violence is common in Nigeria, an oil-rich nation of 150 million people.')).toEqual([['150 million', 'population']]);
  });
  it('reads people sheltering in their own country as displaced, and abroad as refugees', () => {
    expect(read('Some 12,000 people sheltered in schools.')).toEqual([['Some 12,000', 'displaced']]);
    expect(read('Some 12,000 people are sheltering in neighbouring countries.')).toEqual([['Some 12,000', 'refugees']]);
  });
  it('reads people who lost their homes as displaced, and a list of those killed as killed', () => {
    // The families restated as people are a unit of count (other), as the fifth blind set codes them.
    expect(read('The government said 4,000 families, or about 20,000 people, had lost their homes.')).toEqual([
      ['4,000', 'other'],
      ['about 20,000', 'displaced'],
    ]);
    expect(read('Those killed include 12 women and 9 children.')).toEqual([['12', 'killed'], ['9', 'children']]);
  });
  it('does not count the places or things an outcome verb takes as its object', () => {
    expect(read('The floods affected 14 districts, killing 76 people and displacing 120,000.')).toEqual([['76', 'killed'], ['120,000', 'displaced']]);
    expect(read('The floods affected 14,000 people.')).toEqual([['14,000', 'other']]);
  });
  it('does not count places or things even when an outcome follows them', () => {
    expect(read("Twenty-seven of the country's 75 districts have been affected.")).toEqual([]);
    expect(read('The agency sent 10 trucks to transfer the refugees.')).toEqual([]);
    expect(read('They have been evacuated to at least 400 cyclone shelters.')).toEqual([]);
    expect(read('More than 1,000 passengers were trapped inside four trains stranded in the stations.')).toEqual([['More than 1,000', 'trapped']]);
  });
  it('reads "an evacuation of N" as fled, and a yearly toll as no figure', () => {
    expect(read('A mass evacuation of 1.2 million people averted a greater loss of life.')).toEqual([['1.2 million', 'fled']]);
    expect(read('The monsoon kills hundreds of people every year.')).toEqual([]);
  });
});
