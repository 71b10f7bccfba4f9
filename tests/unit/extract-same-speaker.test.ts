import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads "the same official" as the speaker named before', () => {
  it('resolves "According to the same official" and "he added" to the speaker of the sentence before', () => {
    const body = 'Ardenne police spokesman Ivo Brandt said 30 people died in the blast.\nAccording to the same official, 12 others were wounded. He added that four children were missing.';
    expect(read(body)).toEqual([
      ['30', 'Ivo Brandt', 'sentence'],
      ['12', 'Ivo Brandt', 'previous-sentence'],
      ['four', 'Ivo Brandt', 'previous-sentence'],
    ]);
  });

  it('resolves "the same spokesman said" as the subject', () => {
    const body = 'The Relief Agency said 200 families fled Bellmoor. The same spokesman said 40 of them were sheltering in a school.';
    expect(read(body)).toEqual([
      ['200', 'Relief Agency', 'sentence'],
      ['40', 'Relief Agency', 'previous-sentence'],
    ]);
  });
});
