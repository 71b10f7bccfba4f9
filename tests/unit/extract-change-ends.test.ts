import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('"The number rose from N to M": both ends are figures of the count named around them', () => {
  it('takes the kind of an earlier figure with the value of one end', () => {
    expect(read('The death toll climbed to 88 on Monday. "The number rose from 61 to 88 overnight," a spokesman said.')).toEqual([
      ['88', 'killed'],
      ['61', 'killed'],
      ['88', 'killed'],
    ]);
  });
  it('takes the kind of the people the sentence before names', () => {
    expect(read('Rescuers found more bodies in the mud. The number rose from 40 to 52.')).toEqual([
      ['40', 'killed'],
      ['52', 'killed'],
    ]);
  });
  it('reads a toll that increased from N to M as deaths', () => {
    expect(read('In Ardenne the toll has increased from 12 to 19.').map(([raw, category]) => [raw, category])).toEqual([
      ['12', 'killed'],
      ['19', 'killed'],
    ]);
  });
  it('leaves a change of a measure alone', () => {
    expect(read('The river level rose from 4 to 7 metres.')).toEqual([]);
  });
});
