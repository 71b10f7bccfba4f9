import { extractFigures } from '@/lib/extract';

/** The figures of a text as [rawText, qualifier, value, category]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.qualifier, figure.value, figure.category]);

describe('extractFigures reads a rounded number restated exactly in brackets as the exact count', () => {
  it('takes the bracketed count, unhedged, as one figure', () => {
    expect(read('The number of displaced people registered is almost 1.5 million (1,454,377).')).toEqual([
      ['almost 1.5 million (1,454,377)', 'exact', 1454377, 'displaced'],
    ]);
    expect(read('They join another half a million people (553,916) displaced earlier.')).toEqual([
      ['half a million people (553,916)', 'exact', 553916, 'displaced'],
    ]);
  });

  it('keeps a share in brackets apart, and a restatement of the same value as it was', () => {
    expect(read('About 2 million (20%) people fled.').map((figure) => figure[0])).toEqual(['About 2 million', '20%']);
    expect(read('Some 8.61 lakh (861,000) people were affected.')).toEqual([['Some 8.61 lakh (861,000)', 'about', 861000, 'other']]);
  });
});

describe('extractFigures reads a list opened by a dash and more shapes of a toll', () => {
  it('reads "N arrived - A at X and B at Y" as parts of the total', () => {
    expect(read('About 3,900 refugees arrived yesterday - 3,600 at Blace and 270 at Jazince.')).toEqual([
      ['About 3,900', 'about', 3900, 'refugees'],
      ['3,600', 'exact', 3600, 'refugees'],
      ['270', 'exact', 270, 'refugees'],
    ]);
  });

  it('reads "the dead now number N", a toll that "topped" N despite ..., and "the death figure has gone up to N"', () => {
    expect(read('The prime minister says the dead now number more than 1,600.')).toEqual([['more than 1,600', 'more_than', 1600, 'killed']]);
    expect(read('The death toll topped 900 despite the efforts of rescue teams.')).toEqual([['topped 900', 'more_than', 900, 'killed']]);
    expect(read('The death figure has gone up to 101 now.')).toEqual([['101', 'exact', 101, 'killed']]);
  });

  it('reads past auxiliaries and hedging verbs to the outcome, but not past six other words', () => {
    expect(read('In all, 287 are now believed to have been wounded.')).toEqual([['287', 'exact', 287, 'injured']]);
    expect(read('There are 12 evacuation centres set up for the affected population.')).toEqual([]);
  });

  it('counts foreigners, and does not take "Though" for a source', () => {
    expect(read('Reports said seven to 15 foreigners were being held.')).toEqual([['seven to 15', 'range', null, 'other']]);
    expect(extractFigures('Though reports varied, 287 were wounded, Jo Rhee said.').map((figure) => figure.source)).toEqual(['Jo Rhee']);
  });
});

describe('extractFigures reads "another" after a hedge, cases beside a toll and a part of a group counted before', () => {
  it('reads "at least another N" as at least N', () => {
    expect(read('And at least another 9,000 are missing in the region.')).toEqual([['at least another 9,000', 'at_least', 9000, 'other']]);
  });

  it('does not read suspected cases beside a toll as deaths', () => {
    expect(read('The official toll stood at 120 deaths and 150 suspected cases.')).toEqual([
      ['120', 'exact', 120, 'killed'],
      ['150', 'exact', 150, 'other'],
    ]);
  });

  it('gives "Of those hospitalized, N" the source of the count of the hospitalized before it', () => {
    const body = 'Jo Rhee said 1,200 people have been hospitalized since April.\n\nOf those hospitalized, 700 have been released.';
    expect(extractFigures(body).map((figure) => [figure.rawText, figure.source, figure.sourceOrigin])).toEqual([
      ['1,200', 'Jo Rhee', 'sentence'],
      ['700', 'Jo Rhee', 'previous-sentence'],
    ]);
  });
});
