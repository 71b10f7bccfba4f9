import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads "X, which said" as X', () => {
  it('takes the organisation before a relative pronoun as the speaker', () => {
    expect(read('It was a victory for the army, which claimed the deaths of 140 fighters near Ardenne.')).toEqual([
      ['140', 'army', 'sentence'],
    ]);
    expect(read('The raid was condemned by the Bellmoor Rights Watch (BRW), which reports that 90 civilians were executed.')).toEqual([
      ['90', 'Bellmoor Rights Watch', 'sentence'],
    ]);
  });

  it('does not take a place before "which" as a speaker', () => {
    expect(read('The Relief Agency sent teams to Ardenne, which reported 30 deaths.')).toEqual([['30', null, null]]);
  });
});
