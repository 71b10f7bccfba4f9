import { filtersToQuery, parseFigureFilters } from '@/lib/data/figure-filters';
import { parseId } from '@/lib/data/ids';

describe('filters in the URL', () => {
  it('reads the page names and the API names of each filter', () => {
    expect(parseFigureFilters(new URLSearchParams('category=killed&source=2&place=3&report=4'))).toEqual({ category: 'killed', sourceId: 2, placeId: 3, reportId: 4 });
    expect(parseFigureFilters(new URLSearchParams('sourceId=2&placeId=3&reportId=4'))).toEqual({ category: undefined, sourceId: 2, placeId: 3, reportId: 4 });
    expect(parseFigureFilters({ category: ['fled', 'killed'], source: '' })).toEqual({ category: 'fled', sourceId: undefined, placeId: undefined, reportId: undefined });
  });

  it('ignores values that name nothing', () => {
    expect(parseFigureFilters(new URLSearchParams('category=weather&source=abc&place=-1&report=0'))).toEqual({
      category: undefined,
      sourceId: undefined,
      placeId: undefined,
      reportId: undefined,
    });
  });

  it('writes filters back as a shareable query string', () => {
    expect(filtersToQuery({ category: 'killed', sourceId: 2 })).toBe('?category=killed&source=2');
    expect(filtersToQuery({})).toBe('');
  });

  it('accepts only positive whole ids in routes', () => {
    expect(parseId('12')).toBe(12);
    expect(['0', '-1', '1.5', 'abc', '', '9999999999'].map(parseId)).toEqual([null, null, null, null, null, null]);
  });
});
