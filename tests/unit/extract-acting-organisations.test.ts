import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads an organisation that acts on the people it counts as their source', () => {
  it('takes the organisation that relocated, evacuated or registered people as the source', () => {
    expect(read('So far, the Relief Agency has relocated more than 3,000 refugees to a camp near Bellmoor.')).toEqual([
      ['more than 3,000', 'Relief Agency', 'sentence'],
    ]);
    expect(read('Ahead of the storm, authorities had evacuated more than 120,000 people from the coast of Ardenne.')).toEqual([
      ['more than 120,000', 'authorities', 'sentence'],
    ]);
    expect(read('The Ardenne health ministry has identified 45 contacts of the patient.')).toEqual([
      ['45', 'Ardenne health ministry', 'sentence'],
    ]);
  });

  it('prefers a speaker of the same sentence to the organisation that acted', () => {
    expect(read('The authorities evacuated 6,000 of the 12,000 people in the camps, state radio said.')).toEqual([
      ['6,000', 'state radio', 'sentence'],
      ['12,000', 'state radio', 'sentence'],
    ]);
  });

  it('does not read people, places or pronouns that act as sources', () => {
    expect(read('Fishermen rescued 14 people off the coast of Bellmoor.')).toEqual([['14', null, null]]);
    expect(read('The camp at Ardenne hosts 4,000 refugees.')).toEqual([['4,000', null, null]]);
  });
});
