import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, place]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.place]);

describe('extractFigures does not read a word of an organisation title or a people as a place', () => {
  it('refuses a name after "of" that goes on a capitalised title', () => {
    expect(read('The National Bureau for the Prevention of Hazards and Relief said 40 people died.')).toEqual([['40', null]]);
  });
  it('keeps a place after a kind of place and "of"', () => {
    expect(read('In the City of Port Hale, 40 people died.')).toEqual([['40', 'Port Hale']]);
  });
  it('refuses the plural of a nationality', () => {
    expect(read('Critics said the response was slow, with Kenyans asking why 20 people had died.')).toEqual([['20', null]]);
  });
});
