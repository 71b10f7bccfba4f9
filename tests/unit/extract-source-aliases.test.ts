import { extractFigures } from '@/lib/extract';
import { knownOrganisation } from '@/lib/extract/organisation-aliases';

/** The source of each figure of a text. */
const sources = (text: string) => extractFigures(text).map((figure) => figure.source);

describe('extractFigures resolves one organisation under several names to one source', () => {
  it('reads MSF, Doctors Without Borders and Médecins Sans Frontières as one source', () => {
    const body = [
      'MSF said 40 people were killed in the camp.',
      'Doctors Without Borders said 12 children were wounded.',
      'Médecins Sans Frontières reported 300 patients were treated.',
    ].join('\n');
    expect(sources(body)).toEqual(['MSF', 'MSF', 'MSF']);
  });

  it('reads OCHA, the UN humanitarian office and the Office for the Coordination of Humanitarian Affairs as one source', () => {
    const body = [
      'The UN humanitarian office said 20,000 people fled.',
      'OCHA said 5,000 families were displaced.',
      'The Office for the Coordination of Humanitarian Affairs said 100 people died.',
    ].join('\n');
    expect(sources(body)).toEqual(['UN humanitarian office', 'UN humanitarian office', 'UN humanitarian office']);
  });

  it('knows the canonical name of a known organisation, whatever its spelling', () => {
    expect(knownOrganisation('the U.N. refugee agency')).toBe('UNHCR');
    expect(knownOrganisation('Medecins Sans Frontieres')).toBe('Médecins Sans Frontières');
    expect(knownOrganisation('Local Rights Group')).toBeNull();
  });
});

describe('extractFigures resolves a description to the organisation named before it', () => {
  it.each([
    ['the agency', 'The UNHCR said 300 refugees arrived.\nThe agency said 200 more refugees were waiting.'],
    ['the charity', 'Save the Children said 40 children died.\nThe charity said 12 children were missing.'],
    ['the organization', 'Human Rights Watch said 85 civilians were killed.\nThe organization said 20 were children.'],
    ['the Britain-based group', 'The Syrian Observatory for Human Rights said 25 civilians died.\nThe Britain-based group said 10 fighters died.'],
  ])('%s', (_description, body) => {
    const [first, second] = sources(body);
    expect(second).toBe(first);
    expect(second).not.toBeNull();
  });
});

describe('extractFigures gives a named person with the organisation they speak for', () => {
  it('keeps the role that names the organisation after the name', () => {
    expect(sources('The strikes killed 40 people, Jane Doe, UN deputy humanitarian chief, told reporters.')).toEqual(['Jane Doe, UN deputy humanitarian chief']);
    expect(sources('"Some 30 people died," said Dia Soa, spokeswoman for the BNGRC.')).toEqual(['Dia Soa, spokeswoman for the BNGRC']);
  });
  it('keeps the organisation of a title written before the name', () => {
    expect(sources('U.N. spokesman Stephane Dujarric said 700 people had been killed.')).toEqual(['Stephane Dujarric, U.N. spokesman']);
  });
  it('resolves a later mention of the person to the same source', () => {
    const body = 'Jane Doe, UN deputy humanitarian chief, said 40 people were killed.\nDoe said 12 more were wounded.';
    expect(sources(body)).toEqual(['Jane Doe, UN deputy humanitarian chief', 'Jane Doe, UN deputy humanitarian chief']);
  });
  it('gives a person alone when the role names no organisation', () => {
    expect(sources('Colonel Alain Kiwewa, administrator of Lubero territory, told AFP that two soldiers were killed.')).toEqual(['Colonel Alain Kiwewa']);
  });
});

describe('extractFigures refuses what is not a source', () => {
  it('does not take a discourse word, a time or a place phrase for a source', () => {
    expect(sources('However, 20 people were killed, the police said.')).toEqual(['police']);
    expect(sources('On Saturday, officials said 135 people had been found alive.')).toEqual(['officials']);
    expect(sources('In Sierra Leone, cases amount to 13,823, with 3,955 fatalities, it said.')).not.toContain('In Sierra Leone');
  });
  it('does not take a share of a group for a source', () => {
    expect(sources('Some of the refugees said 15,000 people had crossed the border.')).toEqual([null]);
  });
  it('reads a document as the organisation that issued it', () => {
    expect(sources('A statement from the coalition said 21 civilians were killed.')).toEqual(['coalition']);
    expect(sources('UNAMA said 300 civilians died.\nThe report added that 32 children were killed.')).toEqual(['UNAMA', 'UNAMA']);
  });
  it('reads an official as the organisation named with them', () => {
    expect(sources('A UNHCR official said 300 refugees arrived.')).toEqual(['UNHCR']);
  });
  it('does not read "claimed eight lives" as a claim', () => {
    expect(sources('The cyclone claimed eight lives, the disaster office said.')).toEqual(['disaster office']);
  });
  it('does not keep a bullet opening the line in the name', () => {
    expect(sources('- The Government of Ardenne estimates that 300 families are homeless.')).toEqual(['Government of Ardenne']);
  });
});
