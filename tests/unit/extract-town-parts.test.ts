import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, place]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.place]);

describe('extractFigures reads the parts of a toll told town by town after it', () => {
  it('reads "Of the N dead, A were in X, B in Y ... and E in Z" as parts of the toll, each in its town', () => {
    const figures = extractFigures('Of the 140 dead, 62 were in Ardenne, 51 in Bellmoor, 20 in Cresthill, five in Dunvale and two in Elmstead.');
    expect(figures.map((figure) => [figure.rawText, figure.category, figure.place])).toEqual([
      ['140', 'killed', null],
      ['62', 'killed', 'Ardenne'],
      ['51', 'killed', 'Bellmoor'],
      ['20', 'killed', 'Cresthill'],
      ['five', 'killed', 'Dunvale'],
      ['two', 'killed', 'Elmstead'],
    ]);
    expect(figures.slice(1, 5).map((figure) => figure.partOfIndex)).toEqual([0, 0, 0, 0]);
  });
  it('reads a list after the toll\'s clause when at least two towns follow', () => {
    expect(read('At least 75 people were killed, 50 in Ardenne and 25 in Bellmoor.')).toEqual([
      ['At least 75', 'killed', null],
      ['50', 'killed', 'Ardenne'],
      ['25', 'killed', 'Bellmoor'],
    ]);
  });
  it('reads a toll value followed by "with" and the towns', () => {
    expect(read('The toll rose to 90, with 60 in Ardenne and 30 in Bellmoor.').map(([raw]) => raw)).toEqual(['90', '60', '30']);
  });
  it('goes on with a list whose first item is read from "of the dead"', () => {
    expect(read('Of the dead, 30 were in Ardenne, 12 in Bellmoor and 4 in Cresthill.')).toEqual([
      ['30', 'killed', 'Ardenne'],
      ['12', 'killed', 'Bellmoor'],
      ['4', 'killed', 'Cresthill'],
    ]);
  });
  it('reads a town with its kind word', () => {
    expect(read('Of the 50 dead, 30 were in Tillabo region, 20 in Dosso.')).toEqual([
      ['50', 'killed', null],
      ['30', 'killed', 'Tillabo'],
      ['20', 'killed', 'Dosso'],
    ]);
  });
  it('leaves a single number after a toll with no list alone', () => {
    expect(read('Twenty people were killed in Ardenne, 5 in the afternoon.').map(([raw]) => raw)).toEqual(['Twenty']);
  });
  it('keeps a larger number after the toll out of its parts', () => {
    expect(read('Of the 20 dead, 300 were in Ardenne, 12 in Bellmoor.').map(([raw]) => raw)).toEqual(['20']);
  });
  it('keeps the place of a toll followed by a number that names no town', () => {
    expect(read('Twelve people were killed, 3 in the morning, in Ardenne.')).toEqual([['Twelve', 'killed', 'Ardenne']]);
  });
});

describe('extractFigures reads town parts after a toll said with when it was counted', () => {
  it('reads "Of the N deaths confirmed as of <time>, A were in X, B were in Y"', () => {
    const figures = extractFigures('Of the 150 deaths confirmed as of 6 p.m. Monday, 70 were in Ardenne, 60 were in Bellmoor and 20 were in Corvel.');
    expect(figures.map((figure) => [figure.rawText, figure.category, figure.place, figure.counted])).toEqual([
      ['150', 'killed', null, expect.any(String)],
      ['70', 'killed', 'Ardenne', 'deaths in Ardenne'],
      ['60', 'killed', 'Bellmoor', 'deaths in Bellmoor'],
      ['20', 'killed', 'Corvel', 'deaths in Corvel'],
    ]);
  });
});
