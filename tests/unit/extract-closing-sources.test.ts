import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, source, sourceOrigin]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin]);

describe('extractFigures reads a signature line closing a report as the source of its figures', () => {
  it('gives every figure without a source the organisation that signs the report', () => {
    const body = 'Flood update\n\nSome 12,400 people in three districts are affected.\n\nAbout 800 families are in shelters.\n\n- National Disaster Management Office (NDMO), Port Town\n';
    expect(read(body)).toEqual([
      ['Some 12,400', 'National Disaster Management Office', 'closing'],
      ['About 800', 'National Disaster Management Office', 'closing'],
    ]);
  });
  it('reads "Source:" lines and acronyms', () => {
    expect(read('At least 40 people died in the storm.\nSource: OCHA')).toEqual([['At least 40', 'OCHA', 'closing']]);
  });
  it('keeps a source the text names with the figure', () => {
    const body = 'About 30 people were injured in the blast.\nPolice said 14 people were killed.\n— Ministry of Interior';
    expect(read(body)).toEqual([
      ['About 30', 'Ministry of Interior', 'closing'],
      ['14', 'Police', 'sentence'],
    ]);
  });
  it('does not take a wire service, a person or a dated line for a signature', () => {
    expect(read('At least 40 people died in the storm.\n- AFP')).toEqual([['At least 40', null, null]]);
    expect(read('At least 40 people died in the storm.\n- Jane Smith')).toEqual([['At least 40', null, null]]);
    expect(read('At least 40 people died in the storm.\n- Updated 12 March')).toEqual([['At least 40', null, null]]);
  });
});
