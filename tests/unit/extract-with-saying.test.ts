import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads "with X saying" as X speaking for the rest of the sentence', () => {
  it('takes X as the source of the figures after "saying"', () => {
    expect(read('Rescue work went on through the night, with the army saying it had recovered 45 bodies and rescued nearly 600 people.')).toEqual([
      ['45', 'army', 'sentence'],
      ['nearly 600', 'army', 'sentence'],
    ]);
  });

  it('leaves a figure before "with X saying" to its own clause', () => {
    expect(read('Some 300 people fled, with the mayor of Bellmoor saying that 20 people had died.')).toEqual([
      ['Some 300', null, null],
      ['20', 'mayor of Bellmoor', 'sentence'],
    ]);
  });
});
