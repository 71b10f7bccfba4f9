import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads counts that are shared out, tolls named before and others after a group', () => {
  it('reads "two deaths each" as a count, not a rate', () => {
    expect(read('The towns of Ardenne and Bellmoor had two deaths each.')).toEqual([['two', 'killed']]);
    expect(read('The clinic saw 40 cases each day.')).toEqual([]);
  });
  it('reads "the toll of N" as the value of a toll whatever verb follows', () => {
    expect(read('The toll of 14 was counted in a provisional list.')).toEqual([['14', 'killed']]);
  });
  it('reads "the count of X has increased to N" like "the number of"', () => {
    expect(read('The count of soldiers killed in Ardenne has increased to 12.').map(([raw]) => raw)).toEqual(['12']);
  });
  it('does not read a measure as the value of "the number of"', () => {
    expect(read('The number of homeless people in Ardenne more than doubled in 24 hours.')).toEqual([]);
  });
  it('reads "others" after a count of security forces as people', () => {
    expect(read('At least 20 people, including 9 security forces, were killed and 41 others injured in Bellmoor.')).toEqual([
      ['At least 20', 'killed'],
      ['9', 'personnel'],
      ['41', 'injured'],
    ]);
  });
});
