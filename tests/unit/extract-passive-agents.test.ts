import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads the agent of a passive verb of reporting as the source', () => {
  it('reads "as reported by X" as X for the figures of the sentence', () => {
    expect(read('A raid on Ardenne has killed at least 70 people, as reported by a local monitoring group.')).toEqual([
      ['at least 70', 'local monitoring group', 'sentence'],
    ]);
  });

  it('reads "figures compiled by X" as X', () => {
    expect(read('Figures compiled by the Bellmoor Relief Agency show that 1,200 people were displaced.')).toEqual([
      ['1,200', 'Bellmoor Relief Agency', 'sentence'],
    ]);
  });

  it('does not read the agent of a verb of harm as a source', () => {
    expect(read('At least 12 people were killed by gunmen in Ardenne.')).toEqual([['At least 12', null, null]]);
  });
});
