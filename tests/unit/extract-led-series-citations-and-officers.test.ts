import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);

describe('extractFigures reads a series of places in brackets after a lead that names what it counts', () => {
  const body = 'These figures include 42 deaths. The deaths were registered in the departments: Alpha (9), San Beta (8), Gamma (1).';

  it('reads each bracketed count as a count of the lead\'s noun in its place', () => {
    const figures = extractFigures(body);
    expect(figures.map((figure) => [figure.rawText, figure.category, figure.place])).toEqual([
      ['42', 'killed', null], ['9', 'killed', 'Alpha'], ['8', 'killed', 'San Beta'], ['1', 'killed', 'Gamma'],
    ]);
    expect(figures.slice(1).map((figure) => figure.partOfIndex)).toEqual([0, 0, 0]);
  });

  it('reads no series after a lead that names no people or harm', () => {
    expect(read('The rain fell in the departments: Alpha (9), Beta (8), Gamma (1).')).toEqual([]);
  });
});

describe('extractFigures reads the next part told the same way after "of which"', () => {
  it('reads "of which 34 are confirmed and 8 are under investigation" as two parts of the deaths', () => {
    const figures = extractFigures('These figures include 42 deaths, of which 34 are confirmed and 8 are under investigation.');
    expect(figures.map((figure) => [figure.rawText, figure.category, figure.partOfIndex])).toEqual([['42', 'killed', null], ['34', 'killed', 0], ['8', 'killed', 0]]);
  });
});

describe('extractFigures reads a dated citation closing a sentence as its source', () => {
  it('gives the sentence\'s counts to the body cited in brackets before the full stop', () => {
    expect(read('The outbreak was declared after eight cases; there were 12 confirmed cases (MinSalud 07/11/2024).').map((figure) => figure[2])).toEqual([
      'MinSalud', 'MinSalud',
    ]);
    expect(read('Among the admitted, 92 are under treatment at various hospitals (PHEOC, 11 Nov 2023).').map((figure) => figure[2])).toEqual(['PHEOC']);
  });

  it('takes the first citation of several, and never a paper or a web page', () => {
    expect(read('Cases rose to 40 people infected (WHO 02/11/2024; INS 27/12/2024).').map((figure) => figure[2])).toEqual(['WHO']);
    expect(read('A study counted 40 people infected (Convertino et al. 25/10/2023).').map((figure) => figure[2])).toEqual([null]);
  });

  it('keeps a source the sentence names in words', () => {
    expect(read('Police said 40 people died (Alpha Times 02/11/2024).').map((figure) => figure[2])).toEqual(['Police']);
  });
});

describe('extractFigures reads officers harmed on police duty as personnel', () => {
  it('reads "two injured police officers" and "one officer" killed on a police patrol as personnel', () => {
    expect(read('Police took two injured police officers to the hospital.').map((figure) => figure[1])).toEqual(['personnel']);
    expect(read('Gunmen opened fire on a police patrol in the village, killing one officer.').map((figure) => figure[1])).toEqual(['personnel']);
  });

  it('keeps a harmed part of a group in the group', () => {
    expect(read('Police took two injured police officers to the hospital. However, one of them was dead on arrival.').map((figure) => figure[1])).toEqual([
      'personnel', 'personnel',
    ]);
  });

  it('leaves officers of no force, harmed in a sentence about no police, as people', () => {
    expect(read('Two aid officers were injured in the shelling.').map((figure) => figure[1])).toEqual(['injured']);
  });
});

describe('extractFigures reads people stranded, rescued victims and parts of places', () => {
  it('reads people stranded as held up, not trapped, unless the words say trapped', () => {
    expect(read('Landslides blocked the highways, leaving hundreds of people stranded, police said.').map((figure) => figure[1])).toEqual(['other']);
    expect(read('More than 1,000 passengers were trapped inside trains stranded in snow.').map((figure) => figure[1])).toEqual(['trapped']);
  });

  it('reads victims rescued as alive', () => {
    expect(read('Rescuers said 3,661 victims have been rescued so far.').map((figure) => figure[1])).toEqual(['other']);
  });

  it('keeps the children of a part opened by "among which" to the part', () => {
    expect(read('There are 576 persons displaced in Alpha among which 161 are children.').map((figure) => figure[1])).toEqual(['displaced', 'children']);
  });

  it('counts neither some of the places named before nor units of a force', () => {
    expect(read('Alerts had been raised for several municipalities, including three of the four affected by yellow fever.')).toEqual([]);
    expect(read('Three police units were sent to unblock the bridge.')).toEqual([]);
  });
});

describe('extractFigures reads place names with accents and connectors, and a headline led by a country', () => {
  it('reads "Lopez de Micay" and "Ángel Albino Corzo" whole, in the place and in what is counted', () => {
    const [figure] = extractFigures('There are 576 persons displaced in López de Micay.');
    expect([figure!.place, figure!.counted]).toEqual(['López de Micay', 'persons displaced in López de Micay']);
    expect(extractFigures('Floods killed 12 people in Ángel Albino Corzo.')[0]!.counted).toBe('people killed in Ángel Albino Corzo');
  });

  it('reads "Nepal: Death toll ... hits 148" as a toll in Nepal', () => {
    expect(extractFigures('Nepal: Death toll from floods, landslides hits 148\n\nRescue work went on.')[0]!.place).toBe('Nepal');
  });

  it('reads "As per the X reports," as "According to"', () => {
    expect(read('As per the district reports, there are 154 fatalities.').map((figure) => figure[2])).toEqual(['district reports']);
  });
});
