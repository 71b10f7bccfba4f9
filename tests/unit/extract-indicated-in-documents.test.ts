import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads "X indicated in a report that" as X', () => {
  it('takes the subject that indicates in a report or statement of its own as the source', () => {
    expect(read('The Ardenne Council of Ministers indicated in a report today that 84 airstrikes were recorded in the south.')).toEqual([
      ['84', 'Ardenne Council of Ministers', 'sentence'],
    ]);
    expect(read('The Bellmoor Relief Office indicated in its latest statement that 2,300 people remain in shelters.')).toEqual([
      ['2,300', 'Bellmoor Relief Office', 'sentence'],
    ]);
  });

  it('still reads "reports indicate" as naming no one', () => {
    expect(read('Reports indicate that 300 people fled Ardenne.')).toEqual([['300', null, null]]);
  });
});
