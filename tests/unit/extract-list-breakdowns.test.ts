import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, partOfIndex]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.partOfIndex]);

describe('extractFigures reads breakdowns by place', () => {
  it('reads items in a compass part of the country', () => {
    expect(read('In total, 300 people have died: 120 in the north and 180 in the south.')).toEqual([
      ['300', 'killed', null],
      ['120', 'killed', 0],
      ['180', 'killed', 0],
    ]);
  });
  it('reads a list that "Those displaced include" opens', () => {
    expect(read('Those displaced include 12,000 in Port Town and 8,000 in Hill Town.')).toEqual([
      ['12,000', 'displaced', null],
      ['8,000', 'displaced', null],
    ]);
  });
  it('reads every item of a list whose first count names its place before a comma', () => {
    expect(read('Of the dead, 30 were in North Town, 12 in Lake Town and 5 in River Town.').map(([raw, category]) => [raw, category])).toEqual([
      ['30', 'killed'],
      ['12', 'killed'],
      ['5', 'killed'],
    ]);
  });
  it('does not read a number after a place and a comma as an item when no list goes on', () => {
    expect(read('The floods killed 40 people in Port Town, 3 in the morning.').map(([raw]) => raw)).toEqual(['40']);
  });
});

describe('extractFigures keeps one subject across "and" between groups of people', () => {
  it('reads what happened to both groups', () => {
    expect(read('Two farmers and a teacher were killed.')).toEqual([['Two', 'killed', null]]);
    // The forces of order harmed are personnel, across "and" too.
    expect(read('Two policemen and a soldier were killed.')).toEqual([['Two', 'personnel', null]]);
  });
  it('still ends the subject at "and" before things', () => {
    expect(read('Two houses and a school were destroyed, and 40 people were killed.')).toEqual([['40', 'killed', null]]);
  });
});
