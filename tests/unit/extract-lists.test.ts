import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, partOfIndex, counted]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.partOfIndex, figure.counted]);

describe('extractFigures reads a list that breaks a total down by place', () => {
  it('reads every item after "including" as a part of the total, with its category', () => {
    expect(read('64,000 people have been displaced, including 21,500 in North Province, 9,800 in Lake District and 4,000 in Hill County.')).toEqual([
      ['64,000', 'displaced', null, 'people have been displaced'],
      ['21,500', 'displaced', 0, 'people have been displaced in North Province'],
      ['9,800', 'displaced', 0, 'people have been displaced in Lake District'],
      ['4,000', 'displaced', 0, 'people have been displaced in Hill County'],
    ]);
  });
  it('reads the items after a colon as parts of the total', () => {
    expect(read('About 40,200 people have fled: 17,100 in Kassala, 6,300 in Gedaref.')).toEqual([
      ['About 40,200', 'fled', null, 'people have fled'],
      ['17,100', 'fled', 0, 'people have fled in Kassala'],
      ['6,300', 'fled', 0, 'people have fled in Gedaref'],
    ]);
  });
  it('reads a casualty list whose category is named before it opens', () => {
    expect(read('Deaths were reported across the north: 12 in Abyei, 47 in Wau and 9 in Juba.')).toEqual([
      ['12', 'killed', null, 'deaths in Abyei'],
      ['47', 'killed', null, 'deaths in Wau'],
      ['9', 'killed', null, 'deaths in Juba'],
    ]);
  });
  it('does not take a smaller number before the list for its total', () => {
    const figures = read('Deaths were reported in three states: 12 in Abyei and 47 in Wau.');
    expect(figures.filter(([, category]) => category === 'killed')).toEqual([
      ['12', 'killed', null, 'deaths in Abyei'],
      ['47', 'killed', null, 'deaths in Wau'],
    ]);
  });
  it('reads a parallel count in another place with the category of the first, not as its part', () => {
    expect(read('Fighting has driven more than 115,000 Sudanese refugees into South Sudan and nearly 30,000 into Ethiopia.')).toEqual([
      ['more than 115,000', 'refugees', null, 'Sudanese refugees into South Sudan'],
      ['nearly 30,000', 'refugees', null, 'Sudanese refugees into Ethiopia'],
    ]);
  });
  it('reads a parallel count after a clause of its own, and places written with a description', () => {
    expect(read('In the district of Beroroha one person was killed, and seven in the district of Ihorome.')).toEqual([
      ['one', 'killed', null, 'person was killed'],
      ['seven', 'killed', null, 'person was killed in the district of Ihorome'],
    ]);
    expect(read('The agency helps over 67,000 refugees in southern Chad and some 260,000 in Cameroon.')).toEqual([
      ['over 67,000', 'refugees', null, 'refugees in southern Chad'],
      ['some 260,000', 'refugees', null, 'refugees in Cameroon'],
    ]);
  });
  it('keeps numbers that are no list item out', () => {
    expect(read('At least 20 people were killed, including in Aleppo, on 3 March.')).toEqual([['At least 20', 'killed', null, 'people were killed']]);
    expect(read('The storm hit 12 villages: 4 in Kassala had no power.').map(([rawText]) => rawText)).toEqual([]);
  });
});
