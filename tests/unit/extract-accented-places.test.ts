import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, place]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.place]);

describe('extractFigures reads place names written with accents whole', () => {
  it('reads a town whose name has an accented letter inside it', () => {
    expect(read('Gunmen killed 14 soldiers near Tillabéri on Monday.')).toEqual([['14', 'Tillabéri']]);
  });
  it('reads a name that starts with an accented capital', () => {
    expect(read('More than 3,000 people fled to Ávila province.')).toEqual([['More than 3,000', 'Ávila']]);
  });
  it('reads each accented town of a list after a toll', () => {
    expect(read('Of the 50 dead, 30 were in Tibú, 20 in Cúcuta.')).toEqual([
      ['50', null],
      ['30', 'Tibú'],
      ['20', 'Cúcuta'],
    ]);
  });
});
