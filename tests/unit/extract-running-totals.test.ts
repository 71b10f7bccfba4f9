import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads totals and readings that go on from the count before', () => {
  it('reads "bringing the total (there) to N" as the count before, grown', () => {
    expect(read('Some 2,000 Ardennians have crossed into Bellmoor this week, bringing the total there to 7,200.')).toEqual([
      ['Some 2,000', 'fled'],
      ['7,200', 'fled'],
    ]);
  });
  it('reads "putting the figure at N" as another reading of the count before', () => {
    expect(read('The mayor said 40 people had died, with the governor putting the figure at 50.')).toEqual([
      ['40', 'killed'],
      ['50', 'killed'],
    ]);
  });
  it('reads a count in brackets right after the noun it counts', () => {
    expect(read('Most of the refugees (135,000) are hosted in Bellmoor.')).toEqual([['135,000', 'refugees']]);
  });
  it('does not read a number in brackets after a thing', () => {
    expect(read('Most of the shelters (35) are in Bellmoor.')).toEqual([]);
  });
  it('reads "surpassing N" and "topping N" as more than N', () => {
    const [figure] = extractFigures('The death toll is surpassing 400 in Ardenne.');
    expect(figure?.qualifier).toBe('more_than');
  });
  it('reads both ends of a change of "the number of" told after a comma ("going from N ... to M")', () => {
    expect(read('The number of homeless people in Ardenne more than doubled, going from more than 16 thousand on Wednesday (8) to 32,105 on Thursday (9).')).toEqual([
      ['more than 16 thousand', 'displaced'],
      ['32,105', 'displaced'],
    ]);
    expect(read('Prices rose sharply in Ardenne, going from 20 to 30 a day.')).toEqual([]);
  });
});
