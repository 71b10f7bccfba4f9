import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.category]);

describe('extractFigures reads patients of an illness as cases, not injured', () => {
  it('reads people hospitalised with a disease as other', () => {
    expect(read('Another 900 malaria patients have been hospitalised this week.')).toEqual([['900', 'other']]);
    expect(read('In May, 2,100 people were hospitalised with the disease.')).toEqual([['2,100', 'other']]);
  });
  it('keeps the hospitalised of an attack or a wound injured', () => {
    expect(read('The explosion left 40 people hospitalised.')).toEqual([['40', 'injured']]);
    expect(read('Some 12 people were wounded and hospitalised after the outbreak of fighting.')).toEqual([['Some 12', 'injured']]);
  });
});

describe('extractFigures does not count buildings and sites', () => {
  it('skips hotels, churches, markets and camps that an attack hit', () => {
    expect(read('Bombs at three churches and three luxury hotels killed 138 people.')).toEqual([['138', 'killed']]);
    expect(read('Rebels attacked five camps and two markets, killing 20 people.')).toEqual([['20', 'killed']]);
  });
});
