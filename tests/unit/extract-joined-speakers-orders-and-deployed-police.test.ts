import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);
const sources = (text: string) => read(text).map((figure) => figure[2]);
const categories = (text: string) => read(text).map((figure) => figure[1]);

describe('extractFigures reads more ways of naming who speaks', () => {
  it('reads two speakers joined by "and", with articles or with long roles, as one source', () => {
    expect(sources('Seven children were among 16 people killed in the strikes, an official and a doctor said.')).toEqual(['official and a doctor', 'official and a doctor']);
    expect(sources('A gunman killed 14 people, Alpha Interior Minister Jan Novak and police chief Petr Svoboda told reporters.')).toEqual(['Jan Novak and Petr Svoboda']);
  });

  it('keeps a later "a local official" apart from an earlier pair of speakers', () => {
    const body = 'Seven children were among 16 people killed, an official and a doctor said.\n\n"Nine others were injured," a local official told AFP.';
    expect(sources(body)).toEqual(['official and a doctor', 'official and a doctor', 'local official']);
  });

  it('reads employees, "Police initially said", "later clarified" and "officials raised the death toll to"', () => {
    expect(sources('At least seven inmates were being treated at a hospital for gunshot wounds, employees there said.')).toEqual(['employees there']);
    expect(sources('Police initially said more than 15 people were killed but Novak later clarified that there were 14 victims.')).toEqual(['Police', 'Novak']);
    expect(sources('Volunteers cleared debris on Monday, as officials raised the death toll to 123.')).toEqual(['officials']);
    expect(sources('Volunteers raised 40 tents for 300 families.')).toEqual([null]);
  });

  it('reads "Based on initial assessment reports from X," as "According to X"', () => {
    expect(sources('Based on initial assessment reports from the Relief and Rescue Organisation of the Alpha Red Crescent, at least 11 people have been killed.')).toEqual([
      'Relief and Rescue Organisation of the Alpha Red Crescent',
    ]);
  });
});

describe('extractFigures reads orders to leave, the trapped brought out and the police deployed', () => {
  it('reads people ordered to evacuate as no one who fled yet', () => {
    expect(categories('Some 203,200 residents in 92,200 households in Alpha were ordered to evacuate.')).toEqual(['other', 'other']);
  });

  it('reads people trapped who have been evacuated as rescued', () => {
    expect(categories('So far, 2,411 people trapped due to the flash floods have been evacuated, the authority said.')).toEqual(['other']);
  });

  it('reads police deployed or reinforcing as personnel', () => {
    expect(categories('The governor called for at least 100 police to be deployed to reinforce some 40 local officers.')).toEqual(['personnel', 'personnel']);
  });

  it('keeps a group named right after "missing", and reads Maoists, jawans and suspects as people', () => {
    expect(categories('The search is on for 15 missing jawans, he said.')).toEqual(['personnel']);
    expect(categories('In all, 25 security personnel have been killed while 81 Maoists were gunned down.')).toEqual(['personnel', 'fighters']);
    expect(categories('Two suspects were being questioned in connection with the attack.')).toEqual(['other']);
  });

  it('reads no group in the circumstances after the harm', () => {
    expect(categories('At least 34 people were killed and seven wounded after gunmen attacked a village.')).toEqual(['killed', 'injured']);
  });
});

describe('extractFigures reads parts, asides and counts named before, and leaves out people told of', () => {
  it('reads "including 10 seriously" as a part of the wounded', () => {
    const figures = extractFigures('Police said 25 people were wounded, including 10 seriously.');
    expect(figures.map((figure) => [figure.rawText, figure.category, figure.partOfIndex])).toEqual([['25', 'injured', null], ['10', 'injured', 0]]);
  });

  it('reads past an aside between dashes', () => {
    expect(read('The fighting left 24.1 million — more than two-thirds of the population — in need of aid.').map((figure) => figure[0])).toEqual(['24.1 million']);
  });

  it('reads "they have counted 41" as a count of the bodies named before', () => {
    expect(categories('The forensic teams that are removing bodies confirm they have counted 41.')).toEqual(['killed']);
  });

  it('leaves out one person quoted and the places a harm word describes', () => {
    expect(read('Local media interviewed one injured inmate outside the hospital who said gang members burst in.')).toEqual([]);
    expect(read('Altogether, 7,644 people displaced by the floods have been sheltered at 26 relief camps in four affected districts.').map((figure) => figure[0])).toEqual(['7,644']);
  });
});
