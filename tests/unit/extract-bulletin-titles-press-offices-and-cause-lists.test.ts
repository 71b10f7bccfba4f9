import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category, figure.source]);

describe('extractFigures reads the issuer a bulletin names in its title, issuer line or press-office signature', () => {
  it('gives "Alpha UNHCR Flash Update, 4 February" figures to UNHCR', () => {
    const body = 'Alpha UNHCR Flash Update, 4 February 2017\n\nKEY FIGURES\n\n2,592 people have fled to the neighbouring governorate';
    expect(read(body)).toEqual([['2,592', 'fled', 'UNHCR']]);
  });

  it('reads "The report is produced by OCHA" as the issuer line', () => {
    const body = 'The report is produced by OCHA in collaboration with partners.\n\nHIGHLIGHTS\n\n• More than 232,400 displaced persons in Alpha';
    expect(read(body).map((figure) => figure[2])).toEqual(['OCHA']);
  });

  it('gives a report signed "BNPB Public Relations" to that office, and not a report signed by a wire service', () => {
    expect(read('Floods in Alpha\n\nA total of 94 residents are still reported missing.\n\nBNPB Public Relations').map((figure) => figure[2])).toEqual(['BNPB Public Relations']);
    expect(read('Floods in Alpha\n\nA total of 94 residents are still reported missing.\n\nAFP Press Service').map((figure) => figure[2])).toEqual([null]);
  });
});

describe('extractFigures reads speakers by role, by staff and behind their examples', () => {
  it('reads "70 killed, says lawmaker" and "..., said a local official."', () => {
    expect(read('70 killed, says lawmaker\n\nGunmen attacked the church.')).toEqual([['70', 'killed', 'lawmaker']]);
    expect(read('At least 12 people were killed, said a local official.')).toEqual([['At least 12', 'killed', 'local official']]);
  });

  it('reads "One of the health workers on duty disclosed" as a speaker, and "Some of the refugees said" as none', () => {
    expect(read('One of the health workers on duty at the hospital disclosed that over 50 people were brought in.').map((figure) => figure[2])).toEqual([
      'One of the health workers on duty at the hospital',
    ]);
    expect(read('Some of the refugees said 300 people had fled.').map((figure) => figure[2])).toEqual([null]);
  });

  it('reads past the examples after "including" to the subject', () => {
    const text = 'Reports from a range of sources, including displaced people who met aid teams in Alpha, estimate that 25,000 people have fled.';
    expect(read(text).map((figure) => figure[2])).toEqual(['Reports from a range of sources']);
  });

  it('does not take "the region of X" for a source', () => {
    expect(read('The mountainous region of Cao Bang reported 19 dead and 36 still unlocated.')).toEqual([
      ['19', 'killed', null], ['36', 'other', null],
    ]);
  });
});

describe('extractFigures reads lists by cause, casualty figures, injuries and shelter points', () => {
  it('reads "12 people died due to the storm, 72 from landslides, six from floodwaters, and eight from the collapse"', () => {
    const figures = extractFigures('At least 12 people died due to the storm, 72 from landslides and flash floods, six from floodwaters, and eight from the collapse of the Alpha Bridge in Beta.');
    expect(figures.map((figure) => [figure.rawText, figure.category])).toEqual([
      ['At least 12', 'killed'], ['72', 'killed'], ['six', 'killed'], ['eight', 'killed'],
    ]);
    expect(figures[3]!.counted).toBe('people killed from the collapse of the Alpha Bridge');
  });

  it('does not read a cause after a count of things as a list', () => {
    expect(read('The storm destroyed 300 homes, 72 from landslides and six from floodwaters.')).toEqual([]);
  });

  it('reads "a casualty figure of between 70 and 100" as a figure', () => {
    expect(read('We should be looking at a casualty figure of between 70 and 100.').map((figure) => figure[0])).toEqual(['between 70 and 100']);
  });

  it('reads "injuries to 95 others" as injured and heads of livestock as no count', () => {
    expect(read('The typhoon led to the deaths of four people and injuries to 95 others.').map((figure) => figure[1])).toEqual(['killed', 'injured']);
    expect(read('The flood also killed 1,174 heads of livestock.')).toEqual([]);
  });

  it('reads people who took refuge in shelter points, and IDP returnees, as displaced', () => {
    expect(read('Meanwhile, 11556 people took refuge in 28 shelter points.').map((figure) => figure[1])).toEqual(['displaced']);
    expect(read('1,027,674 IDP returnees since March 2015').map((figure) => figure[1])).toEqual(['displaced']);
  });
});
