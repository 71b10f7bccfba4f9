import { extractFigures } from '@/lib/extract';

/** Each figure of a text as its raw text and category. */
const categories = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads a running total of arrivals in a refugee report as refugees', () => {
  const report = 'Refugees reach Bellmoor\n\nLast week 3,000 Ardennians crossed the river, bringing the total number of people from Ardenne arriving in the country to about 20,000 since January.';
  it('reads the total as refugees and the crossing as fled', () => {
    expect(categories(report)).toEqual([['3,000', 'fled'], ['about 20,000', 'refugees']]);
  });
  it('reads "in the country to N" as arrivals, not a population, in a report that names no refugees', () => {
    expect(categories(report.replace('Refugees reach', 'People reach'))).toEqual([['3,000', 'fled'], ['about 20,000', 'fled']]);
  });
});
