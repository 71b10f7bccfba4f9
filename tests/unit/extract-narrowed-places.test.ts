import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, place]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.place]);

describe('extractFigures gives a figure the place inside a country named later in its clause', () => {
  it('takes the town named after the country in the same clause', () => {
    expect(read('Nine people were hurt in Chad as a result of shelling of a market in Ardenne.')).toEqual([['Nine', 'Ardenne']]);
  });
  it('keeps the country when the later place belongs to another clause', () => {
    expect(read('Nine people were hurt in Chad, and the army moved troops to Ardenne.')).toEqual([['Nine', 'Chad']]);
  });
  it('keeps the country when the later place is where people went', () => {
    expect(read('Nine people were hurt in Chad before being flown to a hospital in Ardenne.')).toEqual([['Nine', 'Chad']]);
  });
});
