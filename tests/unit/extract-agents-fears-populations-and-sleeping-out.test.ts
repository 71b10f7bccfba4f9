import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);

describe('extractFigures reads sources from a registering agent and from "fear" and "reveal"', () => {
  it('reads the agent of "registered by" as the source', () => {
    expect(read('More than 90,000 have been registered by the migration service.')).toEqual([['More than 90,000', 'other', 'migration service']]);
  });

  it('reads "X fear that" as an attribution, and "were feared dead" as none', () => {
    expect(read('The authorities fear that as many as 300,000 people will flee.')).toEqual([['as many as 300,000', 'fled', 'authorities']]);
    expect(read('Three people were feared dead.')).toEqual([['Three', 'killed', null]]);
  });
});

describe('extractFigures settles categories of parts of a toll, populations, the buried alive and people sleeping out', () => {
  it('reads "the latest figure included 46 Uighurs" as part of the toll, but not refugees a figure includes', () => {
    expect(read('The latest figure included 46 Uighurs, the people of the region.')).toEqual([['46', 'killed', null]]);
    expect(read('This figure includes 700,000 refugees who fled since April.')).toEqual([['700,000', 'refugees', null]]);
  });

  it('reads "its N people" and "an area of N people" as populations', () => {
    expect(read('Uighurs make up almost half of its 21.3 million people.').map((figure) => figure[1])).toEqual(['population']);
    expect(read('The coast of Vargas state is an area of 350,000 people.')).toEqual([['350,000', 'population', null]]);
  });

  it('reads people buried alive as trapped, whatever the quake killed', () => {
    expect(read('Hope faded for thousands of others buried alive by a quake that has killed almost 7,000 people.').map((figure) => figure[1])).toEqual(['trapped', 'killed']);
  });

  it('reads residents sleeping outside as displaced', () => {
    expect(read('Thousands of frightened residents were sleeping outside early Friday.').map((figure) => figure[1])).toEqual(['displaced']);
  });

  it('reads a toll\'s value followed by a weekday', () => {
    expect(read('The death toll rose to 6,841 Thursday.')).toEqual([['6,841', 'killed', null]]);
  });
});

describe('extractFigures leaves out shares of things and likelihoods', () => {
  it('does not count a share of buildings, services or land, nor the share that goes on from it', () => {
    expect(read('The cyclone damaged up to 90 percent of homes in the capital.')).toEqual([]);
    expect(read('Only about 45 per cent of health facilities were functioning.')).toEqual([]);
    expect(read('In Bhuj, 50 percent of buildings have been destroyed and 95 per cent are no longer habitable.')).toEqual([]);
  });

  it('does not count a likelihood', () => {
    expect(read('The agency gave a 70 percent chance of a strong aftershock, the probability dropping to 50 percent later.')).toEqual([]);
  });

  it('keeps shares of people', () => {
    expect(read('About 70% of the population has fled.').map((figure) => figure[0])).toEqual(['About 70%']);
    expect(read('Some 40% of the displaced are children.').map((figure) => figure[0])).toEqual(['Some 40%']);
  });
});

describe('extractFigures reads the displaced named so, and every item of a list of the killed', () => {
  it('reads internally displaced people who arrived, and people who left home but are still in the country, as displaced', () => {
    expect(read('At least 90,000 internally displaced people had arrived in Bellmoor.').map((figure) => figure[1])).toEqual(['displaced']);
    expect(read('The agency estimates 7.1 million people have left their homes but are still in Ardenne.').map((figure) => figure[1])).toEqual(['displaced']);
    expect(read('About 5,000 people have left their homes.').map((figure) => figure[1])).toEqual(['fled']);
  });

  it('reads "Those killed include one X and five Y" as two parts of the killed', () => {
    expect(read('Those killed include one Spanish citizen and five Romanians.').map((figure) => figure[1])).toEqual(['killed', 'killed']);
  });
});
