import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source]);

describe('extractFigures reads more ways of naming a source', () => {
  it('reads "maintained", "insisted" and "presented a report saying" as attributions', () => {
    expect(read('The government maintained that 40 people died.')).toEqual([['40', 'government']]);
    expect(read('The army insisted that 12 fighters were killed.')).toEqual([['12', 'army']]);
    expect(read('The fire chief, Jo Rhee, presented a report saying the toll had risen to 310.')).toEqual([['310', 'Jo Rhee']]);
  });

  it('reads a prosecutor, an investigator or an officer as a speaker', () => {
    expect(read('Workers pulled more than 300 bodies out of the school, a prosecutor said, and the president spoke.')).toEqual([['more than 300', 'prosecutor']]);
    expect(read('At least 12 people died, an investigator said.')).toEqual([['At least 12', 'investigator']]);
  });

  it('reads the subject after "which" as the speaker, not the name the clause describes', () => {
    expect(read('Meanwhile, the storm, which officials in the region said has killed at least 900 people, moved north.')).toEqual([['at least 900', 'officials in the region']]);
    expect(read('The storm, which the UN says killed 40 people, moved on.')).toEqual([['40', 'UN']]);
  });

  it('reads a lower-case description of an organisation after a headline\'s colon', () => {
    expect(read('Army kills 90 in crackdown: rights group\nThe rally was broken up.')).toEqual([['90', 'rights group']]);
    expect(read('Ardenne: 20,000 people flee Bellmoor\nThe city is besieged.')).toEqual([['20,000', null]]);
  });
});

describe('extractFigures carries a press briefing\'s speaker through its reported speech', () => {
  it('gives the figures after a speaker is named, also in the next paragraph, to that speaker', () => {
    const body = [
      'REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE',
      '',
      'Ardenne',
      '',
      'Jo Rhee, for the Health Agency, said she had spent a month in Ardenne.',
      '',
      'As of this morning 2,000 cases had been registered. Some 40 deaths had also been registered.',
    ].join('\n');
    expect(read(body)).toEqual([['2,000', 'Jo Rhee, for the Health Agency'], ['Some 40', 'Jo Rhee, for the Health Agency']]);
  });

  it('does not carry a speaker into the next paragraph of a news story', () => {
    const body = 'Floods in Ardenne\n\nThe mayor said the water was rising.\n\nAs of this morning 2,000 people had fled.';
    expect(read(body)).toEqual([['2,000', null]]);
  });
});

describe('extractFigures reads a speaker past an adverb between commas, and an institute as an organisation', () => {
  it('reads "The disaster agency, meanwhile, said N"', () => {
    expect(read('The disaster agency, meanwhile, said 192 people have been listed as missing.')).toEqual([['192', 'disaster agency']]);
  });

  it('reads "The institute said N"', () => {
    expect(read('The institute said only 23 of the recovered bodies have been identified.')).toEqual([['23', 'institute']]);
  });
});
