import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads "X is reporting" as an attribution', () => {
  it('takes the subject before "is reporting" as the source of the figures before it', () => {
    expect(read('The toll from the cyclone has risen to at least 140, including 90 children, state television is reporting.')).toEqual([
      ['at least 140', 'state television', 'sentence'],
      ['90', 'state television', 'sentence'],
    ]);
  });

  it('does not read "reporting" without an auxiliary, or a pronoun subject, as naming a source', () => {
    expect(read('Reporting from Ardenne was slow, and 30 deaths were confirmed.')).toEqual([['30', null, null]]);
  });
});
