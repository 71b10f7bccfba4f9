import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures carries a source named at the top of a report only when it is the report\'s', () => {
  it('does not carry a source a news lead names once to the figures after it', () => {
    const body = [
      'ARDENNE -- A car bomb exploded in a market on Saturday, killing nine people and wounding 30, police said.',
      'The mayor escaped injury but four people, including three of his guards, were killed.',
      'In March, 12 people died in a similar attack.',
    ].join('\n');
    expect(read(body)).toEqual([
      ['nine', 'police', 'sentence'],
      ['30', 'police', 'sentence'],
      ['four', null, null],
      ['three', null, null],
      ['12', null, null],
    ]);
  });

  it('carries a source the report names again, or names in its headline, to its unattributed figures', () => {
    const named = [
      'The Relief Agency said 400 families had fled Bellmoor.',
      'About 60 of them reached the coast.',
      'The Relief Agency said it had sent two teams.',
    ].join('\n');
    expect(read(named)).toEqual([
      ['400', 'Relief Agency', 'sentence'],
      ['About 60', 'Relief Agency', 'report-top'],
    ]);
    expect(read('ARA: Floods drive 5,000 people from their homes\nSome 1,200 people are in shelters in Bellmoor.')).toEqual([
      ['5,000', 'ARA', 'headline'],
      ['Some 1,200', 'ARA', 'report-top'],
    ]);
  });
});
