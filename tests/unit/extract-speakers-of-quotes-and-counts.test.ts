import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source]);

describe('extractFigures finds the speaker of a quotation that says "we"', () => {
  it('takes the person named after the quotation, not the "we" inside it', () => {
    expect(read('“So far we have confirmed 140 people died in the blast,” Jane Roe told Reuters on Friday.')).toEqual([['140', 'Jane Roe']]);
  });

  it('still reads "we" as the source named before when no one is named after it', () => {
    expect(read('The relief committee said 30 people died. “We have counted 40 bodies so far,” it added.').map(([raw, source]) => [raw, source])).toEqual([
      ['30', 'relief committee'],
      ['40', 'relief committee'],
    ]);
  });
});

describe('extractFigures walks back from a chair to the person named before it', () => {
  it('gives the name, not the role, for "Name, the committee chairman, said"', () => {
    expect(read('"We buried 85 people," John Doe, the committee chairman, said.')).toEqual([['85', 'John Doe']]);
    expect(read('“At least 64 died,” Jane Roe, the council’s chairwoman, told reporters.')).toEqual([['At least 64', 'Jane Roe']]);
  });
});

describe('extractFigures reads two speakers joined by "and" at the start of a sentence as one', () => {
  it('keeps both groups', () => {
    expect(read('Local officials and aid workers believe dozens more have died in the old town.')).toEqual([['dozens', 'Local officials and aid workers']]);
  });
});

describe('extractFigures gives a count named with its issuer\'s possessive to that issuer', () => {
  it('reads "X’s report of N" and "the ministry’s figures of N"', () => {
    expect(read("The Red Crescent's report of 27 missing people conflicts with the police account.")).toEqual([['27', 'Red Crescent']]);
    expect(read('The health ministry’s latest tally of 120 dead was disputed by residents.')).toEqual([['120', 'health ministry']]);
  });

  it('does not take a day or a country for an issuer', () => {
    expect(read("Monday's report of 30 dead was revised.")).toEqual([['30', null]]);
    expect(read("Chad's toll of 30 dead rose again.")).toEqual([['30', null]]);
  });
});

describe('extractFigures reads "informed" as "told"', () => {
  it('takes the subject as the source and the listener as no one', () => {
    expect(read('"More than 70 people are under the mud," Jon Smith informed the Associated Press.')).toEqual([['More than 70', 'Jon Smith']]);
  });
});

describe('extractFigures reads "notified X of N" as the subject giving the count', () => {
  it('takes the notifying body, not the body notified', () => {
    expect(read('On 3 May, the Ministry of Health of Chad notified WHO of 12 deaths.')).toEqual([['12', 'Ministry of Health of Chad']]);
  });
});

describe('extractFigures reads tweets, revelations and locals as speakers', () => {
  it('takes who tweeted, revealed or disclosed a count', () => {
    expect(read('Jane Roe, a spokesperson for the government, tweeted that "last night the quake killed 40 people."')).toEqual([['40', 'Jane Roe']]);
    expect(read('The director, Jon Smith, also revealed that 3,100 persons suffered injuries.')).toEqual([['3,100', 'Jon Smith']]);
  });

  it('takes "locals said" and "villagers said" at the end of a sentence', () => {
    expect(read('Jets struck a gathering in the village, killing more than 160 people, locals said.')).toEqual([['more than 160', 'locals']]);
  });

  it('does not take a document that reveals for a speaker', () => {
    expect(read('The post revealed that 30 people died.')).toEqual([['30', null]]);
  });
});
