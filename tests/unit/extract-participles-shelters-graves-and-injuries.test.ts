import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, counted]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.counted]);

describe('extractFigures settles categories from participles, shelters, graves and injuries', () => {
  it('reads "the number of people that have been displaced" by its participle', () => {
    expect(read('The number of people that have been displaced is now around 25,000.')).toEqual([['around 25,000', 'displaced', 'people displaced']]);
  });

  it('reads people who spent a day in shelters as displaced', () => {
    expect(read('About 600 survivors spent Sunday in makeshift shelters.')).toEqual([['About 600', 'displaced', 'survivors spent Sunday in makeshift shelters']]);
  });

  it('reads people buried in a grave, or whom others were burying, as killed', () => {
    expect(read('Villagers spent the day burying more than 120 people in a mass grave.')).toEqual([['more than 120', 'killed', 'people buried in a mass grave']]);
  });

  it('reads "suffered injury" as injured', () => {
    expect(read('Officials said 3,100 others have suffered injury.').map((figure) => figure[1])).toEqual(['injured']);
  });
});

describe('extractFigures never ends what is counted on an unfinished word', () => {
  it('drops the words a phrase cannot end on', () => {
    expect(read('The number of deaths could range from 41,200 to 88,310.').map((figure) => figure[2])).toEqual(['deaths']);
    expect(read('The number of people reported missing after the cyclone was about 220,000.').map((figure) => figure[2])).toEqual(['people reported missing']);
  });
});
