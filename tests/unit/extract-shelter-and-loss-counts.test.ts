import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads counts of people in shelters, earlier values, shared nouns and the loss of life', () => {
  it('reads a number opening its clause as the people staying in shelters', () => {
    expect(read('About 9,000 were still at evacuation shelters in Ardenne as of Monday.')).toEqual([['About 9,000', 'displaced']]);
    expect(read('Only 15 took shelter at the Bellmoor facility on Monday.')).toEqual([['15', 'displaced']]);
    expect(extractFigures('Only 15 took shelter at the Bellmoor facility.')[0]?.counted).toMatch(/^people took shelter/);
  });
  it('does not read a number of shelters as people', () => {
    expect(read('The county opened 40 shelters in Ardenne.')).toEqual([]);
  });
  it('reads "up from N" as an earlier value of the count before', () => {
    expect(read('Officials in Ardenne put the deaths at 400, up from 250 a day before.')).toEqual([
      ['400', 'killed'],
      ['250', 'killed'],
    ]);
  });
  it('reads the first of two counts joined by "and" with the noun after the second', () => {
    expect(read('Weeks 41 and 42 saw a decline, with 12 and one cases reported respectively.').map(([raw]) => raw)).toEqual(['12', 'one']);
  });
  it('reads the value of a loss of life as killed', () => {
    expect(read('He said the loss of life from Storm Corvel would be closer to 2,000 or 2,500.')).toEqual([['2,000 or 2,500', 'killed']]);
  });
});
