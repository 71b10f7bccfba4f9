import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads a document as issued by the organisation that released it', () => {
  it('reads "the latest bulletin" as the organisation that released a list or bulletin before, a day between', () => {
    const body = [
      'The Civil Protection of Vale do Ardenne released this Thursday (9) a list of the dead and missing.',
      '',
      'According to the latest bulletin, released at 6pm, 85 deaths were recorded due to the rains.',
    ].join('\n');
    expect(read(body)).toEqual([['85', 'Civil Protection of Vale do Ardenne', 'sentence']]);
  });

  it('leaves a bulletin no one is said to have released without a source', () => {
    expect(read('According to the latest bulletin, 85 deaths were recorded in Ardenne.')).toEqual([['85', null, null]]);
  });
});
