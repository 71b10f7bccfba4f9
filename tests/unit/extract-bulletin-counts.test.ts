import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe("extractFigures reads each count of an epidemic bulletin's running list", () => {
  it('reads recoveries, a class of cases written without "cases", and contacts', () => {
    expect(read('The district has reported 52 confirmed cases, including 11 deaths, 30 recoveries; 6 probable and 40 contacts under watch.')).toEqual([
      ['52', 'other'],
      ['11', 'killed'],
      ['30', 'other'],
      ['6', 'other'],
      ['40', 'other'],
    ]);
  });
  it('reads "N recovered" and "eight as probable"', () => {
    expect(read('So far 210 cases were classified as confirmed and eight as probable; 64 recovered.').map(([raw]) => raw)).toEqual(['210', 'eight', '64']);
  });
  it('reads a total of contacts followed up', () => {
    expect(read('A total of 318 contacts are under follow-up.')).toEqual([['318', 'other']]);
  });
  it('leaves a class word with no cases named before it alone', () => {
    expect(read('The 4 confirmed that the road was closed.')).toEqual([]);
  });
  it('leaves a class word followed by a noun of its own to that noun', () => {
    expect(read('Inspectors found 12 cases, and 3 confirmed shipments of vaccine were lost.').map(([raw]) => raw)).toEqual(['12']);
  });
});
