import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('"the total (figure) is N" goes on from the count before', () => {
  it('reads the total with the kind of the count before', () => {
    expect(read('Some 4,000 people were evacuated in Ardenne. With 900 more evacuated in Bellmoor, the total figure is likely to be more than 5,000.')).toEqual([
      ['Some 4,000', 'fled'],
      ['900', 'fled'],
      ['more than 5,000', 'fled'],
    ]);
  });
  it('leaves a total with no count before it alone', () => {
    expect(read('The total is 40.')).toEqual([]);
  });
});
