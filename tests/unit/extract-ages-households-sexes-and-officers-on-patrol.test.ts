import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, category, source]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.category, figure.source]);
const raws = (text: string) => read(text).map((figure) => figure[0]);

describe('extractFigures leaves out ages after "the bodies of" and households destroyed', () => {
  it('reads "The bodies of four-month-old Rimesh" as an age, not a count', () => {
    expect(raws('The bodies of four-month-old Rimesh Dong were found.')).toEqual([]);
    expect(raws('The bodies of four children were found.')).toEqual(['four']);
  });

  it('reads households destroyed as homes', () => {
    expect(raws('Thirty-six of the 172 households in the landslide-hit area were completely destroyed.')).toEqual([]);
    expect(raws('The floods displaced 172 households.')).toEqual(['172']);
  });
});

describe('extractFigures reads more people and hedges', () => {
  it('reads emergency responders, workers who managed to escape and "Five other individuals"', () => {
    expect(read('Several hundred emergency responders were deployed.').map((figure) => figure[2])).toEqual(['other']);
    expect(read('Eight workers managed to escape, police said.').map((figure) => figure[2])).toEqual(['fled']);
    expect(read('Five other individuals were reported missing in the floods that struck the northeast.').map((figure) => figure[2])).toEqual(['other']);
  });

  it('reads a breakdown by sex in brackets as parts of the count', () => {
    const figures = extractFigures('Officials confirmed that 27 people were injured (13 male and 14 female).');
    expect(figures.map((figure) => [figure.rawText, figure.category, figure.partOfIndex])).toEqual([['27', 'injured', null], ['13', 'injured', 0], ['14', 'injured', 0]]);
    expect(raws('"It was terrible," one female refugee commented.')).toEqual([]);
  });

  it('reads "approximate to 80" as about 80', () => {
    expect(read('The number of households affected approximate to 80.').map((figure) => figure.slice(0, 2))).toEqual([['approximate to 80', 'about']]);
  });
});

describe('extractFigures reads officers on a patrol, and documents with only a year', () => {
  it('reads officers killed in a patrol car and uniformed officers injured as personnel', () => {
    expect(read('The impact killed two officers inside the patrol car. Four uniformed officers were injured.').map((figure) => figure[2])).toEqual([
      'personnel', 'personnel',
    ]);
  });

  it('reads "according to 2020 figures" as naming no source', () => {
    expect(read('Alpha is a county home to about 60,000 people, according to 2020 figures.').map((figure) => figure[3])).toEqual([null]);
  });
});
