import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures gives a briefing summary\'s speaker the figures after it', () => {
  it('makes the speaker named in the summary line the source of every unattributed figure after it', () => {
    const body = [
      'Thousands flee Ardenne',
      '',
      'This is a summary of what was said by ARA spokesperson Mara Quill – to whom quoted text may be attributed – at today\'s press briefing in Bellmoor.',
      '',
      'Some 4,000 people have crossed into Bellmoor since Monday. Two children drowned on the way.',
      '',
      'So far, we have moved 1,200 refugees to a camp inland.',
    ].join('\n');
    expect(read(body)).toEqual([
      ['Thousands', null, null],
      ['Some 4,000', 'Mara Quill, ARA spokesperson', 'report-top'],
      ['Two', 'Mara Quill, ARA spokesperson', 'report-top'],
      ['1,200', 'Mara Quill, ARA spokesperson', 'report-top'],
    ]);
  });

  it('reads "according to our data" as the speaker\'s own', () => {
    const body = 'This is a summary of what was said by the Relief Agency spokesperson at today\'s briefing.\n\nSome 60 per cent of the new arrivals are children, according to our initial registration data.';
    expect(read(body)).toEqual([['Some 60 per cent', 'Relief Agency', 'previous-sentence']]);
  });

  it('leaves a figure with its own source, and a text that is no briefing, as they are', () => {
    const body = 'This is a summary of what was said by the Relief Agency spokesperson at today\'s briefing.\n\nAt least 30 people were killed, the Bellmoor police said.';
    expect(read(body)).toEqual([['At least 30', 'Bellmoor police', 'sentence']]);
    expect(read('About 500 people fled Ardenne last week.')).toEqual([['About 500', null, null]]);
  });
});
