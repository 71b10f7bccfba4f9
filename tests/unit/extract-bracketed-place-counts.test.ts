import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, place, rawText of the whole it is part of]. */
const read = (text: string) => {
  const figures = extractFigures(text);
  return figures.map((figure) => [figure.rawText, figure.category, figure.place, figure.partOfIndex === null ? null : figures[figure.partOfIndex]!.rawText]);
};

describe('extractFigures reads counts in brackets after the places of a breakdown', () => {
  it('reads each bracketed count as a part of the total before the list, in its place', () => {
    expect(read('Some 9,400 displaced people were in shelters, including in Lindi (4,100), Nangu (3,050) and Ruvo (900).')).toEqual([
      ['Some 9,400', 'displaced', null, null],
      ['4,100', 'displaced', 'Lindi', 'Some 9,400'],
      ['3,050', 'displaced', 'Nangu', 'Some 9,400'],
      ['900', 'displaced', 'Ruvo', 'Some 9,400'],
    ]);
  });
  it('keeps a place name of several words, lower-case joining words included', () => {
    expect(read('A total of 5,200 people fled, mostly to Vila da Ponte (3,100) and Ribeira Alta (2,100).').slice(1)).toEqual([
      ['3,100', 'fled', 'Vila da Ponte', '5,200'],
      ['2,100', 'fled', 'Ribeira Alta', '5,200'],
    ]);
  });
  it('reads a list with a missing comma between two items', () => {
    expect(read('There were 1,900 refugees in camps in Tessa (700) Malo (600) and Kirré (600).').map((figure) => figure[0])).toEqual(['1,900', '700', '600', '600']);
  });
  it('reads the counts after a share, which they are no part of', () => {
    expect(read('About 12% of the displaced live in sites in North Zone (8,400) and South Zone (6,100).').slice(1)).toEqual([
      ['8,400', 'displaced', 'North Zone', null],
      ['6,100', 'displaced', 'South Zone', null],
    ]);
  });
  it('reads no count from a bracket that opens no series', () => {
    expect(read('The floods killed 40 people and destroyed 9,000 houses in Lindi (2,100).').map((figure) => figure[0])).toEqual(['40']);
  });
  it('reads no year, and no count after an acronym', () => {
    expect(read('The storm displaced 3,000 people in Tana (2019) and Lobo (2020).').map((figure) => figure[0])).toEqual(['3,000']);
  });
});
