import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);

describe('extractFigures does not take what is counted for who speaks', () => {
  it('gives no source to "the total number of X registered this month is N"', () => {
    expect(read('The total number of newly displaced people fleeing Alpha registered this month is almost 1.5 million.')).toEqual([
      ['almost 1.5 million', 'fled', null],
    ]);
  });

  it('still reads a registering agency as the source', () => {
    expect(read('UNHCR registered 4,000 refugees this month.')).toEqual([['4,000', 'refugees', 'UNHCR']]);
  });
});
