import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures finds a source the figure\'s own sentence does not name', () => {
  it('takes the source a headline names after a colon or a dash', () => {
    expect(read('Floods displace 3.4m people in Somalia: UN agency\nThe rains began in April.')).toEqual([
      ['3.4m', 'UN agency', 'headline'],
    ]);
    expect(read('Suspected jihadists kill at least 21 in north Mali – Army\nThe attack began at dawn.')).toEqual([
      ['at least 21', 'Army', 'headline'],
    ]);
  });

  it('takes the source a headline names after "says" at its end', () => {
    expect(read('Over 90,000 missing after cyclone says UN\nThe storm struck on Friday.')).toEqual([['Over 90,000', 'UN', 'headline']]);
    expect(read('Thousands flee rising floods says Red Cross\nThe river burst its banks.')).toEqual([['Thousands', 'Red Cross', 'headline']]);
  });

  it('does not read a headline\'s subject after a colon as its source', () => {
    expect(read('Sudan: 20,000 people flee El Fasher\nThe city is besieged.')).toEqual([['20,000', null, null]]);
  });

  it('carries back an attribution that closes the paragraph a sentence or two on', () => {
    const body = 'At least 40 people were killed in the raid. Another 12 were wounded. The toll could rise, the agency said in a statement.';
    expect(read(body)).toEqual([
      ['At least 40', 'agency', 'previous-sentence'],
      ['12', 'agency', 'previous-sentence'],
    ]);
  });

  it('does not carry back an attribution that speaks for figures of its own sentence', () => {
    const body = 'At least 40 people were killed in the raid. Another 12 were wounded, the agency said.';
    expect(read(body)).toEqual([
      ['At least 40', null, null],
      ['12', 'agency', 'sentence'],
    ]);
  });

  it('reads "figures from X indicate" as X and "reports indicate" as no source', () => {
    expect(read('New figures from the National Disaster Office indicate that the cyclone killed eight people.')).toEqual([
      ['eight', 'National Disaster Office', 'sentence'],
    ]);
    expect(read('Reports indicate that 300 people fled.')).toEqual([['300', null, null]]);
  });

  it('carries back the speaker of a quotation closed in the next sentence', () => {
    const body = '“There are now 3,766 cases. The number of deaths is now 25,” Health Minister Obadiah Moyo told journalists.';
    expect(read(body)).toEqual([
      ['3,766', 'Health Minister Obadiah Moyo', 'previous-sentence'],
      ['25', 'Health Minister Obadiah Moyo', 'sentence'],
    ]);
  });

  it('carries the speaker forward into a quotation that goes on', () => {
    const body = '"We now have eight people dead," Dia Soa, spokeswoman for the BNGRC, told IRIN. "In the district of Beroroha one person was killed."';
    expect(read(body)).toEqual([
      ['eight', 'Dia Soa, spokeswoman for the BNGRC', 'sentence'],
      ['one', 'Dia Soa, spokeswoman for the BNGRC', 'previous-sentence'],
    ]);
  });

  it('does not carry an attribution across a paragraph break', () => {
    const body = 'At least 40 people were killed in the raid.\nThe toll could rise, the agency said.\nThe army said 20 soldiers were wounded.';
    expect(read(body)[0]).toEqual(['At least 40', null, null]);
  });

  it('gives the source named at the top of a briefing to every figure after it', () => {
    const body = [
      'Some 5,183 casualties were recorded this year, the UN Assistance Mission in Afghanistan (UNAMA) found in a report.',
      'The number of civilians killed in May and June alone was 2,392.',
      'UNAMA said 2021 would be the deadliest year.',
      'Some 32% of casualties were children.',
    ].join('\n\n');
    expect(read(body)).toEqual([
      ['Some 5,183', 'UN Assistance Mission in Afghanistan', 'sentence'],
      ['2,392', 'UN Assistance Mission in Afghanistan', 'report-top'],
      ['Some 32%', 'UN Assistance Mission in Afghanistan', 'report-top'],
    ]);
  });

  it('gives no report-wide source when the report goes on to name another', () => {
    const body = 'The UN said 500 people had died.\n\nTens of thousands have fled.\n\nThe army said 20 soldiers were wounded.';
    expect(read(body)[1]).toEqual(['Tens of thousands', null, null]);
  });
});

describe('extractFigures carries the source of an organisation that published a count', () => {
  const readings = (body: string) => extractFigures(body).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

  it('gives the publisher to the figures after it in the paragraph', () => {
    const body = 'Title\n\nThe Ministry of Public Health has just published a partial assessment of the outbreak. 37 people died in hospital.';
    expect(readings(body)).toEqual([['37', 'Ministry of Public Health', 'previous-sentence']]);
  });

  it('stops at the next paragraph and at a sentence naming another source', () => {
    const body =
      'Title\n\nThe Ministry of Public Health has just published a partial assessment. The mayor said the clinics are full. 12 people died.\n40 people were hurt.';
    const origins = readings(body).map(([, , origin]) => origin);
    expect(origins).not.toContain('previous-sentence');
  });

  it('does not read a publishing verb with no organisation as a source', () => {
    expect(readings('Title\n\nThe town has just published a new map. 12 people died.')).toEqual([['12', null, null]]);
  });
});
