import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.partOfIndex]);

describe('breakdowns told with a repeated verb, with "the" before the town, and in brackets', () => {
  it('reads "Among the N deaths, six occurred in A and six occurred outside of A" as parts of the toll', () => {
    expect(read('Among the 14 deaths recorded, eight occurred in Clinics and six occurred outside of Clinics.')).toEqual([
      ['14', 'killed', null],
      ['eight', 'killed', 0],
      ['six', 'killed', 0],
    ]);
  });
  it('reads a list in brackets after a part as parts of that part, in their towns', () => {
    const figures = extractFigures('Of the 9 deaths reported, six occurred outside of Clinics (4 in Ardenne, 1 in Bellmoor, 1 in Cresthill).');
    expect(figures.map((figure) => [figure.rawText, figure.category, figure.partOfIndex])).toEqual([
      ['9', 'killed', null],
      ['six', 'killed', 0],
      ['4', 'killed', 1],
      ['1', 'killed', 1],
      ['1', 'killed', 1],
    ]);
    expect(figures.slice(3).map((figure) => figure.place)).toEqual(['Bellmoor', 'Cresthill']);
  });
  it('reads "Out of the N people known dead so far, A were in the South, B in the Lakes and ..." town by town', () => {
    expect(read('Out of the 950 people known dead so far, 800 were in the South, 120 in the Lakes, 28 in the Hills and two in the Northwest departments.')).toEqual([
      ['950', 'killed', null],
      ['800', 'killed', 0],
      ['120', 'killed', 0],
      ['28', 'killed', 0],
      ['two', 'killed', 0],
    ]);
  });
  it('gives a restated total and its parts the source of the count it restates', () => {
    const figures = extractFigures('The Relief Office said it had counted 950 deaths. Out of the 950 people known dead, 800 were in the South and 150 in the Lakes.');
    expect(figures.map((figure) => [figure.rawText, figure.source])).toEqual([
      ['950', 'Relief Office'],
      ['950', 'Relief Office'],
      ['800', 'Relief Office'],
      ['150', 'Relief Office'],
    ]);
  });
  it('gives no source to a total that restates no earlier count', () => {
    const figures = extractFigures('The Relief Office said it had counted 950 deaths. Of the 300 people known injured, 200 were in the South and 100 in the Lakes.');
    expect(figures.slice(1).map((figure) => figure.source)).toEqual([null, null, null]);
  });
});
