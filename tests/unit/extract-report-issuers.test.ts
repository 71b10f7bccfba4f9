import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures gives the organisation a report names as its issuer the figures it gives no other source', () => {
  it('reads a line naming the issuer, without the office\'s city, despite other sources named later', () => {
    const body = [
      'Ardenne: Floods OCHA Situation Report No. 2',
      '',
      'This report was issued by OCHA Geneva. It covers the period from 3 to 4 May.',
      '',
      '- At least 40 people dead and over 9,000 people affected in Ardenne.',
      '',
      'The Ministry of Health says 120 people were admitted to hospitals.',
    ].join('\n');
    expect(read(body)).toEqual([
      ['At least 40', 'OCHA', 'report-top'],
      ['over 9,000', 'OCHA', 'report-top'],
      ['120', 'Ministry of Health', 'sentence'],
    ]);
  });

  it('reads a known organisation in the dateline of a news release, from its first figure on', () => {
    const body = 'Ardenne: fighting traps civilians\n\nBellmoor / Geneva (ICRC) – Hundreds of people have been killed in Ardenne.\n\nAn estimated 9,000 people are trapped, according to aid workers.';
    expect(read(body)).toEqual([
      ['Hundreds', 'ICRC', 'report-top'],
      ['An estimated 9,000', 'aid workers', 'sentence'],
    ]);
  });

  it('leaves a wire service in the dateline, and an unknown name, as no source', () => {
    expect(read('BELLMOOR (AA) – At least 30 people were killed in Ardenne on Monday.')).toEqual([['At least 30', null, null]]);
    expect(read('BELLMOOR (Reuters) – At least 30 people were killed in Ardenne on Monday.')).toEqual([['At least 30', null, null]]);
    expect(read('Bellmoor (ZZQ) – At least 30 people were killed in Ardenne on Monday.')).toEqual([['At least 30', null, null]]);
  });

  it('reads an organisation the headline names and the first sentence opens with, acting', () => {
    const body = 'Ardenne: UNHCR relief reaches those outside Bellmoor\n\nUNHCR has stepped up its relief in Ardenne and is reaching tens of thousands of people who fled Bellmoor. Some 300 families arrived at the camp this week.';
    expect(read(body)).toEqual([
      ['tens of thousands', 'UNHCR', 'report-top'],
      ['Some 300', 'UNHCR', 'report-top'],
    ]);
  });

  it('needs both the headline and the first sentence to name it', () => {
    const body = 'Thousands flee Bellmoor\n\nUNHCR has stepped up its relief in Ardenne, where some 300 families arrived this week.';
    expect(read(body)).toEqual([['Thousands', null, null], ['some 300', null, null]]);
  });

  it('reads a press release dated in full as its first paragraph\'s known organisation\'s', () => {
    const body = 'Aid remains insufficient\n\nNew York, September 27, 2004 - Surveys completed by Doctors Without Borders (MSF) in Ardenne reveal that aid is short. In the camp, where an estimated 60,000 people have sought shelter, 3,000 children are malnourished.';
    expect(read(body)).toEqual([
      ['an estimated 60,000', 'Doctors Without Borders', 'report-top'],
      ['3,000', 'Doctors Without Borders', 'report-top'],
    ]);
  });

  it('does not read a wire dateline without a year as a release', () => {
    expect(read('Floods\n\nBELLMOOR, Sept 27 - The UN said aid was short. In the camp, 3,000 children are malnourished.')).toEqual([['3,000', null, null]]);
  });

  it('reads a dated release whose dateline ends on a full stop', () => {
    const body = 'Appeal launched\n\nBeijing/Geneva, 18 January 2016. The International Federation of Red Cross and Red Crescent Societies (IFRC) has released funds to assist 1,500 herder families in Ardenne.';
    expect(read(body)).toEqual([['1,500', 'International Federation of Red Cross and Red Crescent Societies', 'report-top']]);
  });

  it('reads a lead in which a known organisation speaks in its own voice, whatever the headline names', () => {
    const body = 'Ardenne to reopen a former camp\n\nUNHCR welcomes a decision to reopen a camp. Close to 10,000 refugees have now been registered.';
    expect(read(body)).toEqual([['Close to 10,000', 'UNHCR', 'report-top']]);
  });
});
