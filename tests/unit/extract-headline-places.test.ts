import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, place]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.place]);

describe('extractFigures never reads the capitalised words of a title-case headline as a place', () => {
  it('refuses hedges and counted nouns capitalised after "In"', () => {
    expect(read('At Least 40 Killed In More Than 60 Raids\n\nThe raids went on all night.')).toEqual([
      ['At Least 40', null],
      ['More Than 60', null],
    ]);
  });
  it('ends a place name before a headline word written after it', () => {
    expect(read('Death Toll In Freedonia Earthquake Rises To 120\n\nRescuers dug on.')).toEqual([['120', 'Freedonia']]);
  });
  it('keeps a compass word that is part of the place', () => {
    expect(read('Dozens Dead After Attack In Northern Freedonia\n\nText.')).toEqual([['Dozens', 'Northern Freedonia']]);
  });
  it('gives no single place to a figure told for a list of countries', () => {
    expect(read('Floods killed 300 people in Nepal, India and Bangladesh.')).toEqual([['300', null]]);
  });
});
