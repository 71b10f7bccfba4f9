import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, value, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.value, figure.category]);

describe('extractFigures reads the size of a population written with it', () => {
  it('reads a possessive population ("the city\'s 1.1m population")', () => {
    expect(read("Shelling threatens the city's 1.1m population.")).toEqual([['1.1m', 1_100_000, 'population']]);
  });
  it('reads an apposed population ("a population of 2.6 million")', () => {
    expect(read('The province has a population of 2.6 million.')).toEqual([['2.6 million', 2_600_000, 'population']]);
  });
  it('reads "a city of N" and "home to N" as the people living there', () => {
    expect(read('Harare, a city of more than two million people, is on alert.')).toEqual([['more than two million', 2_000_000, 'population']]);
    expect(read('Beira, a coastal town of some 20,000, was cut off.')).toEqual([['some 20,000', 20_000, 'population']]);
    expect(read('The camp is home to 40,000.')).toEqual([['40,000', 40_000, 'population']]);
  });
  it('reads thousands separated by a space ("100 000")', () => {
    expect(read('Guihulngan, a coastal city of about 100 000, was hit.')).toEqual([['about 100 000', 100_000, 'population']]);
  });
  it('does not read a measure of a place as its population', () => {
    expect(read('It is a city of 12 square kilometres.')).toEqual([]);
  });
});
