import {
  axisTicks,
  chartExtent,
  formatDay,
  formatFigure,
  formatFigureWithRange,
  formatHedge,
  formatNumber,
  formatRange,
  isHedged,
  type FigureNumbers,
} from '@/lib/format/figure';
import { summariseFigures } from '@/lib/format/summary';
import { QUALIFIERS } from '@/lib/figures/vocabulary';

const figure = (qualifier: FigureNumbers['qualifier'], value: number | null, low: number | null, high: number | null, rawText = ''): FigureNumbers => ({
  qualifier,
  value,
  low,
  high,
  rawText,
});

describe('formatting a figure as a reader sees it', () => {
  const cases: Array<[FigureNumbers, string, string, string]> = [
    [figure('exact', 23, 23, 23, '23'), '23', '23', 'exact'],
    [figure('about', 160_000, 144_000, 176_000, 'about 160,000'), 'about 160,000', '144,000–176,000', 'approximate; range 144,000–176,000'],
    [figure('estimated', 40_000, 36_000, 44_000, 'an estimated 40,000'), 'an estimated 40,000', '36,000–44,000', 'estimate; range 36,000–44,000'],
    [figure('up_to', 2_500, null, 2_500, 'up to 2,500'), 'up to 2,500', 'up to 2,500', 'a maximum; no lower bound stated'],
    [figure('fewer_than', 100, null, 100, 'fewer than 100'), 'fewer than 100', 'up to 100', 'a maximum; no lower bound stated'],
    [figure('at_least', 10, 10, null, 'at least 10'), 'at least 10', '10 or more', 'a minimum; no upper bound stated'],
    [figure('more_than', 1_000, 1_000, null, 'more than 1,000'), 'more than 1,000', '1,000 or more', 'a minimum; no upper bound stated'],
    [figure('range', null, 50, 70, 'between 50 and 70'), 'between 50 and 70', '50–70', 'a range; range 50–70'],
    [figure('vague', null, 200, 999, '"Hundreds"'), 'hundreds', '200–999', 'a vague word, no single number; range 200–999'],
    [figure('vague', null, 20_000, 99_999, 'Tens of  thousands'), 'tens of thousands', '20,000–99,999', 'a vague word, no single number; range 20,000–99,999'],
  ];

  it('covers every qualifier of the vocabulary', () => {
    expect(new Set(cases.map(([numbers]) => numbers.qualifier))).toEqual(new Set(QUALIFIERS));
  });

  it.each(cases)('%o reads "%s", range "%s", hedge "%s"', (numbers, text, range, hedge) => {
    expect(formatFigure(numbers)).toBe(text);
    expect(formatRange(numbers)).toBe(range);
    expect(formatHedge(numbers)).toBe(hedge);
  });

  it('never shows a vague figure as a number, even when a value was stored by mistake', () => {
    expect(formatFigure(figure('vague', 500, 200, 999, 'hundreds'))).toBe('hundreds');
    expect(formatFigureWithRange(figure('vague', 500, 200, 999, 'hundreds'))).toBe('hundreds (range 200–999)');
  });

  it('falls back to the stored bounds when a hedged figure has no single value', () => {
    expect(formatFigure(figure('about', null, 90, 110))).toBe('between 90 and 110');
    expect(formatFigure(figure('at_least', null, 10, null))).toBe('at least 10');
  });

  it('adds the range only where it says more than the figure itself', () => {
    expect(formatFigureWithRange(figure('estimated', 40_000, 36_000, 44_000))).toBe('an estimated 40,000 (range 36,000–44,000)');
    expect(formatFigureWithRange(figure('up_to', 2_500, null, 2_500))).toBe('up to 2,500');
    expect(formatFigureWithRange(figure('exact', 23, 23, 23))).toBe('23');
  });

  it('tells hedged figures from exact ones', () => {
    expect(isHedged(figure('exact', 23, 23, 23))).toBe(false);
    expect(isHedged(figure('exact', 3, 3, 3))).toBe(false);
    expect(isHedged(figure('up_to', 2_500, null, 2_500))).toBe(true);
    expect(isHedged(figure('vague', null, 200, 999))).toBe(true);
  });

  it('groups thousands and writes days without time zones', () => {
    expect(formatNumber(300_000)).toBe('300,000');
    expect(formatDay('2017-06-09')).toBe('9 June 2017');
    expect(formatDay(null)).toBe('date not stated');
  });
});

describe('what a chart draws', () => {
  it('draws a point only where a single number is stated, and a range from zero for "up to"', () => {
    expect(chartExtent(figure('exact', 23, 23, 23), 30)).toEqual({ point: 23, low: 23, high: 23, openHigh: false });
    expect(chartExtent(figure('up_to', 2_500, null, 2_500), 3_000)).toEqual({ point: 2_500, low: 0, high: 2_500, openHigh: false });
    expect(chartExtent(figure('vague', null, 200, 999), 1_250)).toEqual({ point: null, low: 200, high: 999, openHigh: false });
    expect(chartExtent(figure('at_least', 10, 10, null), 20)).toEqual({ point: 10, low: 10, high: 20, openHigh: true });
  });

  it('uses round axis ticks from zero past the largest bound', () => {
    expect(axisTicks(2_500)).toEqual([0, 1_000, 2_000, 3_000]);
    expect(axisTicks(330_000)).toEqual([0, 100_000, 200_000, 300_000, 400_000]);
    expect(axisTicks(23)).toEqual([0, 10, 20, 30]);
  });

  it('summarises a chart in words from the same formatting', () => {
    expect(summariseFigures([figure('exact', 23, 23, 23), figure('exact', 15, 15, 15)])).toBe('2 figures, from 15 to 23. All are exact and drawn as points.');
    expect(summariseFigures([figure('vague', null, 200, 999, 'Hundreds')])).toBe('1 figure: hundreds. It is vague and drawn as a range only.');
    expect(summariseFigures([figure('vague', null, 2_000, 9_999, 'thousands'), figure('vague', null, 20_000, 99_999, 'Tens of thousands')])).toBe(
      '2 figures, from thousands to tens of thousands. All are hedged and drawn as ranges, all of them vague and without a single value.',
    );
  });
});
