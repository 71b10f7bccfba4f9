import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures counts a daily average of the harmed', () => {
  it('keeps "N wounded every day" and "N dead per day" as figures', () => {
    expect(read('At least 40 people are being killed and 210 wounded every day in the city, the charity said.')).toEqual([
      ['At least 40', 'killed'],
      ['210', 'injured'],
    ]);
    expect(read('That is an average of 40 dead and 210 wounded per day.')).toEqual([
      ['40', 'killed'],
      ['210', 'injured'],
    ]);
  });

  it('still leaves out a flow of people a day, a density and a yearly rate', () => {
    expect(read('Some 2,000 people a day cross the river.')).toEqual([]);
    expect(read('The camp holds 12,000 people per square kilometre.')).toEqual([]);
    expect(read('Malaria kills hundreds of people every year.')).toEqual([]);
  });
});

describe('extractFigures reads counts told by age as parts of the total before them', () => {
  it('gives children under 18 the children category and adults the total’s', () => {
    const figures = extractFigures('The toll has reached 96: four children aged under five, 12 aged between five and 14, and 80 aged above 18.');
    expect(figures.map((figure) => [figure.rawText, figure.category, figure.partOfIndex])).toEqual([
      ['96', 'killed', null],
      ['four', 'children', 0],
      ['12', 'children', 0],
      ['80', 'killed', 0],
    ]);
  });

  it('does not take an age alone for a count', () => {
    expect(read('A man aged 45 was among the 30 people killed.')).toEqual([['30', 'killed']]);
  });
});

describe('extractFigures reads people staying with friends and relatives as displaced', () => {
  it('after "while", as after a comma', () => {
    expect(read('Over 20,000 people were still in evacuation centres, while 9,400 were staying with friends and relatives.')).toEqual([
      ['Over 20,000', 'displaced'],
      ['9,400', 'displaced'],
    ]);
  });
});
