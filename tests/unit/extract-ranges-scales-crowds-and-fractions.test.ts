import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, low, high, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.low, figure.high, figure.category]);

describe('extractFigures reads number forms written around a count', () => {
  it('reads "range from A to B" as one range, and "rose from A to B" still as a change', () => {
    expect(read('The number of deaths could range from 41,200 to 88,310.')).toEqual([['41,200 to 88,310', 'range', 41200, 88310, 'killed']]);
    expect(read('The toll rose from 20 to 30 people killed.').map((figure) => figure[1])).not.toContain('range');
  });

  it('does not multiply digits grouped into millions by a scale word written after them', () => {
    expect(read('Some 2,104,300 to 3,015,220 million people have been affected.')).toEqual([
      ['2,104,300 to 3,015,220 million', 'range', 2104300, 3015220, 'other'],
    ]);
    expect(read('About 1.2 million people have been affected.')).toEqual([['About 1.2 million', 'about', 1080000, 1320000, 'other']]);
  });

  it('reads "a quarter-million" and "three quarters of a million"', () => {
    expect(read('Bellmoor, a city of about a quarter-million, was flooded.')).toEqual([['about a quarter-million', 'about', 225000, 275000, 'population']]);
    expect(read('Some three quarters of a million people fled.')).toEqual([['Some three quarters of a million', 'about', 675000, 825000, 'fled']]);
  });

  it('refuses a fraction of a group as a count', () => {
    expect(read('More than three quarters of those people were women.')).toEqual([]);
    expect(read('Two thirds of the displaced are children.')).toEqual([]);
  });

  it('counts an epidemic\'s new cases a day, even after "registering"', () => {
    expect(read('Officials were registering between 30 and 45 new cholera cases every day.')).toEqual([['between 30 and 45', 'range', 30, 45, 'other']]);
    expect(read('The clinic treats 200 cases a day.')).toEqual([]);
    expect(read('The quake, registering 6.1 on the scale, struck at dawn.')).toEqual([]);
  });

  it('counts a crowd: a number opening its clause before a verb of gathering, and supporters', () => {
    expect(read('Hundreds had gathered outside the hall on Monday.')).toEqual([['Hundreds', 'vague', 200, 999, 'other']]);
    expect(read('Later, a crowd of about 3,000 supporters demonstrated outside.')).toEqual([['about 3,000', 'about', 2700, 3300, 'other']]);
  });

  it('does not count tents, or a share of a named place\'s damage', () => {
    expect(read('The agency has delivered 300 family tents to families near the base.')).toEqual([]);
    expect(read('The mayor said 80 per cent of Oldtown had been looted and burned.')).toEqual([]);
    expect(read('About 40 percent of Ardenne\'s population has fled.')).toEqual([['About 40 percent', 'about', 36, 44, 'fled']]);
  });
});

describe('extractFigures reads a hedge carried by "estimate" over a clause', () => {
  it('reads "X estimate the clashes left N dead" as estimated', () => {
    expect(read('Rights groups estimate the clashes left 400 people dead.')).toEqual([['400', 'estimated', 360, 440, 'killed']]);
    expect(read('The agency estimates the floods displaced 20,000 people.')).toEqual([['20,000', 'estimated', 18000, 22000, 'displaced']]);
  });

  it('does not read "Estimates" opening a sentence as a source', () => {
    expect(extractFigures('Estimates put the toll at 300 people.').map((figure) => figure.source)).toEqual([null]);
  });
});
