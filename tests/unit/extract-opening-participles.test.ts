import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source]);

describe('extractFigures does not take an opening participle phrase for a source', () => {
  it('reads "Excluding the recently confirmed cases, ..." as naming no one', () => {
    expect(read('Excluding the recently confirmed cases, 60% of the 40 cases in Ardenne were among women.')).toEqual([
      ['60%', null],
      ['40', null],
    ]);
  });

  it('reads "Including those confirmed on Monday" and "Despite ..." as naming no one', () => {
    expect(read('Including those confirmed on Monday, 52 cases have been recorded in Bellmoor.')).toEqual([['52', null]]);
    expect(read('Despite the reported rains, 300 families have returned to Ardenne.')).toEqual([['300', null]]);
  });
});
