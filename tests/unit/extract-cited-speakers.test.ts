import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads the people a news agency cites as the source', () => {
  it('reads "X cited Y and reported that N" as Y', () => {
    expect(read('The wire service cited several Ardenne diplomats and reported that at least 230 pilgrims had died.')).toEqual([
      ['at least 230', 'several Ardenne diplomats', 'sentence'],
    ]);
  });

  it('reads a diplomat as a speaker', () => {
    expect(read('A diplomat said, “Except for one pilgrim who was crushed in the crowd, everyone died from the heat.”')).toEqual([
      ['one', 'diplomat', 'sentence'],
    ]);
  });
});
