import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);
const raws = (text: string) => read(text).map((figure) => figure[0]);
const categories = (text: string) => read(text).map((figure) => figure[1]);

describe('extractFigures reads more counts with no noun of their own', () => {
  it('reads a vague number opening a sentence as the people who do or suffer what follows', () => {
    expect(read('It was the biggest massacre. Thousands now face an uncertain future, stripped of their homes.')).toEqual([['Thousands', 'other', null]]);
    expect(read('Thousands walked west to the coastal city of Alpha.')).toEqual([['Thousands', 'fled', null]]);
    expect(read('Thousands of homes were destroyed.')).toEqual([]);
  });

  it('reads lists told place first, and an item whose place carries its locator', () => {
    const body = 'The hardest-hit districts were Alpha with 26 dead, Beta with 19, and 18 each in Gamma and Delta, he said.';
    expect(categories(body)).toEqual(['killed', 'killed', 'killed']);
    expect(raws('Three people drowned in Alpha, Beta District, and one each in Gamma and Delta yesterday.')).toEqual(['Three', 'one']);
  });

  it('reads a count between dashes after what it counts', () => {
    expect(read('Officials said 153 people were killed. Nearly two-thirds of those killed -- 97 -- were women.').map((figure) => figure.slice(0, 2))).toEqual([
      ['153', 'killed'], ['97', 'killed'],
    ]);
  });

  it('reads one person joined to a count of people', () => {
    expect(read('Police identified the dead students as seven girls and one boy.').map((figure) => figure.slice(0, 2))).toEqual([['seven', 'children'], ['one', 'children']]);
    expect(raws('One man told reporters the water rose fast.')).toEqual([]);
  });
});

describe('extractFigures reads more categories from the words around a count', () => {
  it('reads devotees martyred as killed, and the wounded who died as killed', () => {
    expect(categories('At least 55 devotees were martyred in the blast.')).toEqual(['killed']);
    expect(categories('The toll rose after two wounded persons passed away in the trauma centre.')).toEqual(['killed']);
    expect(categories('Two injured people died in hospital.')).toEqual(['killed']);
  });

  it('reads gang members as fighters, people still trapped past the places as trapped, and cases as no population', () => {
    expect(categories('Under the cover of night, dozens of gang members crept toward the town.')).toEqual(['fighters']);
    expect(categories('Hundreds of people in villages in the Alpha region were still trapped on their terraces.')).toEqual(['trapped']);
    expect(categories('An additional four cases were confirmed among nationals living in an informal settlement.')).toEqual(['other']);
  });

  it('reads survivors who walked for hours seeking safety as fled', () => {
    expect(categories('He later joined more than 6,000 other survivors who walked for hours, seeking safety.')).toEqual(['fled']);
  });
});

describe('extractFigures leaves out people told of and which ones', () => {
  it('leaves out one of the victims described, and "the first two cases"', () => {
    expect(raws('One of the victims was of French nationality, the ministry said.')).toEqual([]);
    expect(raws('Following the confirmation of the first two cases, 10 more cases were found.')).toEqual(['10']);
  });
});

describe('extractFigures reads who speaks past relative clauses and pronouns', () => {
  it('reads the name before an appositive that closes with a relative clause', () => {
    expect(read('Jane Roe, an official at a charity that promotes tourism in Alpha, said she treated 10 people who were unconscious.').map((figure) => figure[2])).toEqual([
      'Jane Roe',
    ]);
    expect(read('Doctors treated the injured a day after a crackdown that a local rights group says left more than 150 people dead.').map((figure) => figure[2])).toEqual([
      'local rights group',
    ]);
  });

  it('reads "said the organization, adding that" as the organisation speaking', () => {
    expect(read('"Care is harder," said the organization, adding that four of the doctors it supports have been killed and 20 wounded.').map((figure) => figure[2])).toEqual([
      'organization', 'organization',
    ]);
  });
});
