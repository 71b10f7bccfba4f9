import { extractFigures } from '@/lib/extract';

const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.place, figure.partOfIndex]);

describe('"(n=N)" counts, as epidemic bulletins write them', () => {
  it('reads each "Place (n=N)" as a part of the count its sentence names, in that place', () => {
    expect(read('This week 18 new cases and 5 new deaths were reported. Cases came from Ardenne (n=12), Bellmoor (n=4) and Cresthill (n=2).')).toEqual([
      ['18', 'other', null, null],
      ['5', 'killed', null, null],
      ['12', 'other', 'Ardenne', 0],
      ['4', 'other', 'Bellmoor', 0],
      ['2', 'other', 'Cresthill', 0],
    ]);
  });
  it('reads the classes of a toll in brackets as parts of it, of its kind', () => {
    const figures = extractFigures('In all, 40 deaths were reported among confirmed cases (n=31) and probable cases (n=9).');
    expect(figures.map((figure) => [figure.rawText, figure.category, figure.partOfIndex])).toEqual([
      ['40', 'killed', null],
      ['31', 'killed', 0],
      ['9', 'killed', 0],
    ]);
  });
  it('reads the count after a share as a part of the count before the share, not of another bracketed count', () => {
    expect(read('Of the 90 cases with known sex, 55% (n=50) were female and 40% (n=36) were children under five.').map(([raw, , , part]) => [raw, part])).toEqual([
      ['90', null],
      ['55%', null],
      ['50', 0],
      ['40%', null],
      ['36', 0],
    ]);
  });
  it('keeps a ratio in brackets out', () => {
    expect(extractFigures('The case fatality ratio is 45% (40/90).').map((figure) => figure.rawText)).toEqual(['45%']);
  });
});
