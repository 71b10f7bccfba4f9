import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category] pairs, or with their place or source. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);
const placesOf = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.place]);
const sourcesOf = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source]);

describe('extractFigures reads counts whose noun is written elsewhere', () => {
  it('counts a number whose clause says "the number of" people', () => {
    expect(read('The number of displaced people has increased from 170,000 to 220,000 since 2018.')).toEqual([
      ['170,000', 'displaced'],
      ['220,000', 'displaced'],
    ]);
    expect(read('He put the number of deaths at 1,509.')).toEqual([['1,509', 'killed']]);
  });
  it('counts the bare items of a list whose first item names what is counted', () => {
    const figures = extractFigures('Most of them were in Balochistan (63 fatalities), Sindh (26), and Punjab (23).');
    expect(figures.map((figure) => [figure.rawText, figure.category, figure.place])).toEqual([
      ['63', 'killed', 'Balochistan'],
      ['26', 'killed', 'Sindh'],
      ['23', 'killed', 'Punjab'],
    ]);
  });
  it('does not read "others" after a count of things as people', () => {
    expect(read('Tremors had torn down around 150 buildings and damaged hundreds others.')).toEqual([]);
    expect(read('165 Gazans were killed over the past 24 hours, and 56,165 others have been wounded.')).toEqual([
      ['165', 'killed'],
      ['56,165', 'injured'],
    ]);
  });
  it('does not take a counted toll word for a toll later numbers give', () => {
    expect(read('Up to 147 fatalities have been reported across seven provinces.')).toEqual([['Up to 147', 'killed']]);
  });
  it('skips "one of" and people named after a speech verb', () => {
    expect(read('One of the most affected districts was Quetta.')).toEqual([]);
    expect(read('One resident said that terrorists set fire to shops.')).toEqual([]);
  });
  it('reads "estimated at" as an estimate and attackers as fighters', () => {
    const [toll] = extractFigures('The initial death toll was estimated at 14.');
    expect(toll).toMatchObject({ rawText: 'estimated at 14', qualifier: 'estimated', low: 13, high: 15, category: 'killed' });
    expect(read('About 20 individuals attacking the village were seen.')).toEqual([['About 20', 'fighters']]);
  });
  it('ends a clause at a typed dash " -- "', () => {
    expect(read('The mission verified 30,457 civilian casualties during the war -- 10,582 killed and 19,875 injured.')).toEqual([
      ['30,457', 'other'],
      ['10,582', 'killed'],
      ['19,875', 'injured'],
    ]);
  });
  it('keeps a quotation with a spaced ellipsis in one sentence', () => {
    const [figure] = extractFigures('"In the provinces of Aleppo, Hama ... Idlib, the number of victims increased to 812 people," it said.');
    expect(figure).toMatchObject({ rawText: '812', place: 'Aleppo' });
  });
});

describe('extractFigures finds the source of a figure', () => {
  it('does not read the noun "reports" of "according to media reports" as a verb', () => {
    expect(sourcesOf('According to media reports, in Balochistan at least 25 people have died.')).toEqual([['at least 25', 'media']]);
  });
  it('walks back over a role appositive that starts with an article', () => {
    expect(sourcesOf('Mads Brinch Hansen, the head of the International Federation of Red Cross and Red Crescent Societies in Syria, put the number of deaths at 1,509.')).toEqual([
      ['1,509', 'Mads Brinch Hansen'],
    ]);
  });
  it('accepts a source, governor or commander as a speaker', () => {
    expect(sourcesOf('Gunmen killed 15 people, a local governor said.')).toEqual([['15', 'local governor']]);
    expect(sourcesOf('Some 20 gunmen attacked the village, a security source said.')).toEqual([['Some 20', 'security source']]);
  });
});

describe('extractFigures finds the place of a figure', () => {
  it('reads places after "inside" and after verbs of flight and impact', () => {
    expect(placesOf('Some 3.7 million people have been displaced inside Ukraine.')).toEqual([['Some 3.7 million', 'Ukraine']]);
    expect(placesOf('Thousands of people have fled Bor.')).toEqual([['Thousands', 'Bor']]);
    expect(placesOf('The quake that hit Myanmar has killed 3,000 people.')).toEqual([['3,000', 'Myanmar']]);
  });
  it('does not take a nationality word, a locator or the venue of a briefing for the place', () => {
    expect(placesOf('Millions of Ukrainian refugees need help.')).toEqual([['Millions', null]]);
    expect(placesOf('In Balochistan Province (southern Pakistan) at least 25 people have died.')).toEqual([['at least 25', 'Balochistan']]);
    expect(placesOf('In Bor, the capital of Jonglei state, around 17,000 displaced persons shelter.')).toEqual([['around 17,000', 'Bor']]);
    expect(placesOf('A further 3,548 people were injured, he told a UN briefing in Geneva.')).toEqual([['3,548', null]]);
  });
  it('does not give a whole the place of its parts after "most of them"', () => {
    expect(placesOf('Up to 147 fatalities were reported, most of them in Balochistan (63 fatalities).')).toEqual([
      ['Up to 147', null],
      ['63', 'Balochistan'],
    ]);
  });
  it('resolves "the city" and "the Province" to the place introduced as such', () => {
    const text = 'Strikes hit Raqqa city on Thursday.\nThe agency estimates about 160,000 people remain in the city.';
    expect(placesOf(text)).toEqual([['about 160,000', 'Raqqa']]);
    const province = 'Floods hit Khyber Pakhtunkhwa Province.\nAn event was reported across the Province where at least one person died.';
    expect(placesOf(province)).toEqual([['at least one', 'Khyber Pakhtunkhwa']]);
  });
  it('resolves "there" to the place named before in the paragraph', () => {
    expect(placesOf('Fighting broke out in Malakal on Sunday. At least 30 civilians were killed there.')).toEqual([['At least 30', 'Malakal']]);
  });
  it('carries a place to a sentence naming none within its paragraph, not past a line break', () => {
    const text = 'The quake struck Syria on Monday. 711 people were killed.\n1,431 people were injured.';
    expect(placesOf(text)).toEqual([
      ['711', 'Syria'],
      ['1,431', null],
    ]);
  });
});
