import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, rawText of the whole it is part of]. */
const read = (text: string) => {
  const figures = extractFigures(text);
  return figures.map((figure) => [figure.rawText, figure.category, figure.partOfIndex === null ? null : figures[figure.partOfIndex]!.rawText]);
};

describe('extractFigures reads a count after "of whom" as some of the people counted before it', () => {
  it('reads a count whose words name no one as part of the count before it', () => {
    expect(read('The floods displaced 40,000 people, of whom 12,000 come from the coast.')).toEqual([
      ['40,000', 'displaced', null],
      ['12,000', 'displaced', '40,000'],
    ]);
  });
  it('reads "among whom" and "of them" the same way', () => {
    expect(read('About 2,300 refugees arrived last week, among whom 900 reached the camp on foot.')[1]).toEqual(['900', 'refugees', 'About 2,300']);
    expect(read('At least 75 people fled the town; of them 40 walked to the border.')[1]).toEqual(['40', 'fled', 'At least 75']);
  });
  it('reads a count after a share, which holds no count to be part of', () => {
    expect(read('In the north, 60% of the displaced come from the hills, of whom 30,500 come from two valleys.')).toEqual([
      ['60%', 'displaced', null],
      ['30,500', 'displaced', null],
    ]);
  });
  it('keeps the group a count names of its own', () => {
    expect(read('The attack killed 30 people, of whom 12 were children.')[1]).toEqual(['12', 'children', '30']);
  });
  it('reads nothing after "of whom" when no figure comes before it', () => {
    expect(read('Residents of the valley, of whom 300 come from the hills, met on Monday.')).toEqual([]);
  });
});
