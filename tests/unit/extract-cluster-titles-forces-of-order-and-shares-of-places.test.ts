import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);

describe('extractFigures reads a cluster or an office named in a report title as its issuer', () => {
  it('gives "Alpha earthquake: Health Cluster situation report #4" figures to the Health Cluster', () => {
    const body = 'Alpha earthquake: Health Cluster situation report #4 (14 September 2025)\n\nOverview\n\nOver 2,205 deaths have been reported.';
    expect(read(body)).toEqual([['Over 2,205', 'killed', 'Health Cluster']]);
  });

  it('gives "IOM Caribbean: Hurricane Beryl - Situation Report No. 2" figures to IOM Caribbean', () => {
    const body = 'IOM Caribbean: Hurricane Beryl - Situation Report No. 2 (8 July 2024)\n\nIn Grenada, 2 individuals are currently missing.';
    expect(read(body).map((figure) => figure[2])).toEqual(['IOM Caribbean']);
  });

  it('does not take a place before a colon in a news headline for an issuer', () => {
    expect(read('Alpha earthquake: rescuers search rubble\n\nAt least 40 people died.').map((figure) => figure[2])).toEqual([null]);
  });
});

describe('extractFigures reads the forces of order harmed as personnel', () => {
  it('reads police officers, cops and security officers among the harmed as personnel', () => {
    expect(read('Gunmen attacked a checkpoint, killing over 15 police officers and several civilians.').map((figure) => figure[1])).toEqual(['personnel', 'killed']);
    expect(read('Over 15 Russian cops, civilians killed in attacks on churches').map((figure) => figure[1])).toEqual(['personnel']);
    expect(read('He said 274 people required medical assistance, including 141 police and security officers.').map((figure) => figure[1])).toEqual([
      'injured', 'personnel',
    ]);
  });

  it('leaves police at work with no harm named as no personnel count', () => {
    expect(read('In Alpha, about 150 police officers examined an area where about 200 buildings burnt down.').map((figure) => figure[1])).toEqual(['other']);
  });
});

describe('extractFigures reads earlier values, people brought to safety, and leaves out shares of places', () => {
  it('reads "rose to 21 from 18 reported in early July" as two values of the toll', () => {
    expect(read('The death toll rose to 21 from 18 reported in early July, the prosecutor said.').map((figure) => figure.slice(0, 2))).toEqual([
      ['21', 'killed'], ['18', 'killed'],
    ]);
  });

  it('reads people who had to be brought to safety as fled', () => {
    expect(read('In Alpha, 110 people had to be brought to safety after a landslide.').map((figure) => figure[1])).toEqual(['fled']);
  });

  it('reads no share of people in "In the 66 villages 56% reported medical supplies were not available"', () => {
    expect(read('In the 66 villages 56% reported medical supplies were not available.')).toEqual([]);
    expect(read('Of the displaced, 56% are women.').map((figure) => figure[0])).toEqual(['56%']);
  });
});
