import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, low, high]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.low, figure.high]);

describe('extractFigures reads a hedge written after the number', () => {
  it('reads "or more" and "-plus" as lower bounds', () => {
    expect(read('Officials put the death toll at 100 or more on Friday.')).toEqual([['100 or more', 'at_least', 100, null]]);
    expect(read('The blast wounded 100-plus worshippers.')).toEqual([['100-plus', 'more_than', 100, null]]);
  });
  it('reads "or so" and "-odd" as approximations', () => {
    const [soFigure] = extractFigures('Police said 20 or so people were arrested.');
    expect(soFigure).toMatchObject({ rawText: '20 or so', qualifier: 'about', value: 20 });
    const [oddFigure] = extractFigures('The raid killed 200-odd people.');
    expect(oddFigure).toMatchObject({ rawText: '200-odd', qualifier: 'about', value: 200, category: 'killed' });
  });
  it('reads "or fewer" as an upper bound', () => {
    expect(read('Doctors said 30 or fewer patients could be moved.')).toEqual([['30 or fewer', 'up_to', null, 30]]);
  });
  it('leaves "plus" that adds a number alone', () => {
    expect(extractFigures('The toll is 40 plus 12 missing people.').map((figure) => figure.rawText)).not.toContain('40 plus');
  });
});
