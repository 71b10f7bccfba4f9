import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads a change, a joined description and a list of places with "each"', () => {
  it('reads both ends of a toll that rose, with a clause between the toll and its verb', () => {
    expect(read('The death toll after a violent rally in Bellmoor on Monday rose from 17 to 23, police said.')).toEqual([['17', 'killed'], ['23', 'killed']]);
  });

  it('reads "1,300 military and police personnel" as one count of personnel', () => {
    expect(read('Presently, 1,300 military and police personnel are stationed in the district.')).toEqual([['1,300', 'personnel']]);
    expect(read('The floods destroyed 12 houses and killed 40 people.')).toEqual([['40', 'killed']]);
  });

  it('reads a list of places after a count, with "each" before a place', () => {
    expect(read('Six of the confirmed dead have been found at Alpha, six at Beta and four each at Gamma and Delta.')).toEqual([
      ['Six', 'killed'], ['six', 'killed'], ['four', 'killed'],
    ]);
  });

  it('gives a briefing whose headline and lead name the organisation, with an appositive, to it', () => {
    const body = 'UNHCR steps up its response as thousands flee Ardenne\n\nUNHCR, the UN Refugee Agency, is calling for support as thousands of people flee.';
    expect(extractFigures(body).map((figure) => [figure.rawText, figure.source])).toEqual([['thousands', 'UNHCR'], ['thousands', 'UNHCR']]);
  });
});

describe('extractFigures reads forces, firefighters, suffocation and camps', () => {
  it('reads members of the security forces as personnel and armed criminals as fighters', () => {
    expect(read('Officials said 26 armed criminals and 16 members of the security forces died.')).toEqual([['26', 'fighters'], ['16', 'personnel']]);
  });

  it('counts firefighters and reads suffocation as death', () => {
    expect(read('About 600 firefighters were working to put the fires out.')).toEqual([['About 600', 'other']]);
    expect(read('At least 78 men suffocated or were crushed to death.')).toEqual([['At least 78', 'killed']]);
  });

  it('reads people currently in evacuation centres, or who languish in camps, as displaced', () => {
    expect(read('Apart from this, 8438 people are currently in evacuation centres.')).toEqual([['8438', 'displaced']]);
    expect(read('Around 1.6 million people still languish in around 200 camps.')).toEqual([['Around 1.6 million', 'displaced']]);
  });
});

describe('extractFigures reads "lay dead" as the predicate of harm', () => {
  it('reads "Five women and two children lay dead" as killed and children', () => {
    expect(read('Five women and two children lay dead on the floor.')).toEqual([['Five', 'killed'], ['two', 'children']]);
  });
});
