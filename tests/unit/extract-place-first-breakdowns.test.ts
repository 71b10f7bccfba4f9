import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.place, figure.partOfIndex]);

describe('"The breakdown is: Place N people, ..." after a total', () => {
  it('reads each item as a part of the total before, of its kind, in the place it names', () => {
    expect(read('At least 520 people were killed by the storm. The breakdown is as follows: Ardenne Utara 400 people, Bellmoor 70 people, City of Cresthill 40 people and town of Dunvale 10 people.')).toEqual([
      ['At least 520', 'killed', null, null],
      ['400', 'killed', 'Ardenne Utara', 0],
      ['70', 'killed', 'Bellmoor', 0],
      ['40', 'killed', 'Cresthill', 0],
      ['10', 'killed', 'Dunvale', 0],
    ]);
  });
  it('gives the items the total\'s kind, displaced', () => {
    expect(read('There are 9,300 displaced people in camps. The breakdown is: Ardenne 6.100 people, Bellmoor 3.200 people.')).toEqual([
      ['9,300', 'displaced', null, null],
      ['6.100', 'displaced', 'Ardenne', 0],
      ['3.200', 'displaced', 'Bellmoor', 0],
    ]);
  });
  it('gives a total that names no kind the kind of an earlier figure with its value', () => {
    const figures = extractFigures('Quake toll: 75 Dead\n\nSo far 75 people are counted. The breakdown is: Ardenne 50 people, Bellmoor 25 people.');
    expect(figures.map((figure) => figure.category)).toEqual(['killed', 'killed', 'killed', 'killed']);
  });
  it('leaves an item larger than the total before it alone', () => {
    expect(read('Some 30 people died. The breakdown is: Ardenne 400 people.').map(([raw, category]) => [raw, category])).toEqual([
      ['Some 30', 'killed'],
      ['400', 'other'],
    ]);
  });
  it('reads "... are as follows:" as a breakdown, under the largest count of the sentence before', () => {
    expect(read('The injuries are numbered at 1,353 people, where 783 people are badly hurt. The figures are as follows: Ardenne 1,000 people, Bellmoor 353 people.')).toEqual([
      ['1,353', 'injured', null, null],
      ['783', 'injured', null, null],
      ['1,000', 'injured', 'Ardenne', 0],
      ['353', 'injured', 'Bellmoor', 0],
    ]);
  });
});
