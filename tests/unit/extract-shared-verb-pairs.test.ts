import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('two counts in a place joined by "and" share the verb after the second', () => {
  it('gives the first the kind the verb gives the second', () => {
    expect(read('So far 5,000 people in Ardenne and 2,000 people in the coastal district of Bellmoor have been evacuated.')).toEqual([
      ['5,000', 'fled'],
      ['2,000', 'fled'],
    ]);
    expect(read('About 300 people in Ardenne and 20 in Bellmoor were killed.')).toEqual([
      ['About 300', 'killed'],
      ['20', 'killed'],
    ]);
  });
  it('leaves a first count with a kind of its own alone', () => {
    expect(read('Some 300 people were injured in Ardenne and 20 people in Bellmoor were killed.')).toEqual([
      ['Some 300', 'injured'],
      ['20', 'killed'],
    ]);
  });
});
