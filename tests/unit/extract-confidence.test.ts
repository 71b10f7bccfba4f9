import { extractFigures } from '@/lib/extract';
import { confidenceOf } from '@/lib/extract/confidence';

/** The figures of a text as [rawText, confidence]. */
const read = (text: string) => extractFigures(text).map((figure) => [figure.rawText, figure.confidence]);

describe('confidenceOf rates a reading from simple evidence', () => {
  it('rates high a source named with the figure and a settled category', () => {
    expect(confidenceOf({ sourceOrigin: 'sentence', knownOrganisation: false, category: 'killed', qualifier: 'exact' })).toBe('high');
    expect(confidenceOf({ sourceOrigin: 'headline', knownOrganisation: true, category: 'other', qualifier: 'exact' })).toBe('high');
  });
  it('never rates high a source carried from elsewhere, however much else agrees', () => {
    expect(confidenceOf({ sourceOrigin: 'report-top', knownOrganisation: true, category: 'killed', qualifier: 'at_least' })).toBe('medium');
    expect(confidenceOf({ sourceOrigin: 'previous-sentence', knownOrganisation: true, category: 'killed', qualifier: 'about' })).toBe('medium');
  });
  it('counts a hedge word and a known organisation as evidence', () => {
    expect(confidenceOf({ sourceOrigin: null, knownOrganisation: false, category: 'killed', qualifier: 'exact' })).toBe('low');
    expect(confidenceOf({ sourceOrigin: null, knownOrganisation: false, category: 'killed', qualifier: 'at_least' })).toBe('medium');
    expect(confidenceOf({ sourceOrigin: 'report-top', knownOrganisation: true, category: 'other', qualifier: 'exact' })).toBe('low');
    expect(confidenceOf({ sourceOrigin: 'report-top', knownOrganisation: true, category: 'killed', qualifier: 'exact' })).toBe('medium');
  });
  it('rates low a reading with no source, no category and no hedge', () => {
    expect(confidenceOf({ sourceOrigin: null, knownOrganisation: false, category: 'other', qualifier: 'exact' })).toBe('low');
  });
});

describe('extractFigures rates each figure after the part-of pass', () => {
  it('rates the figures of a report from where their source was found', () => {
    const body = [
      'The World Health Organization said at least 700 people were killed in Goma.',
      'Another 300 patients were treated.',
      'The army said 40 soldiers were wounded.',
    ].join('\n');
    expect(read(body)).toEqual([
      ['at least 700', 'high'],
      ['300', 'low'],
      ['40', 'high'],
    ]);
  });
  it('rates a list item by the category it takes from its total', () => {
    const [, item] = extractFigures('The UN said 64,000 people have been displaced, including 21,500 in North Province.');
    expect(item).toMatchObject({ rawText: '21,500', category: 'displaced', confidence: 'high' });
  });
});
