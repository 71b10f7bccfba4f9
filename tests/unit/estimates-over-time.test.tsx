import { renderToStaticMarkup } from 'react-dom/server';
import { EstimatesOverTime, summariseEstimates } from '@/components/dashboard/estimates-over-time';
import { DISPLACED_BY_WEEK, KILLED_BY_MONTH, NO_PERIODS } from '../support/estimate-series';

/** The text of each table row, cells joined with " | ". */
function tableRows(html: string): string[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => cell!.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'").trim()).join(' | '),
  );
}

describe('EstimatesOverTime', () => {
  it('titles the chart and says in its caption that the band is a spread, never a sum across reports', () => {
    const html = renderToStaticMarkup(<EstimatesOverTime series={DISPLACED_BY_WEEK} />);
    expect(html).toContain('<h3 class="chart-title">Displaced / fled over time</h3>');
    expect(html).toContain('Each band shows the spread of the estimates reported for its period');
    expect(html).toContain('Figures are never added up across reports, because reports overlap');
    expect(html).toMatch(/<figure[^>]*>[\s\S]*<figcaption>[\s\S]*<\/figcaption>[\s\S]*<div class="chart-canvas" aria-hidden="true">/);
  });

  it('lists every period in order with its lowest and highest figure and its latest estimate as written, linked', () => {
    const html = renderToStaticMarkup(<EstimatesOverTime series={DISPLACED_BY_WEEK} headingLevel={2} />);
    expect(html).toContain('<h2 class="chart-title">');
    expect(tableRows(html)).toEqual([
      'week of 29 May 2017 | 2 | 5,000 | 8,000 | 8,000 · UNHCR · 2 June 2017',
      'week of 5 Jun 2017 | 3 | 1,000 | 12,000 | thousands · not attributed · 9 June 2017',
      'week of 12 Jun 2017 | 1 | 10,000 | no upper bound stated | at least 10,000 · OCHA · 14 June 2017',
      'week of 19 Jun 2017 | 2 | 18,000 | 30,000 | between 20,000 and 30,000 · UNICEF · 21 June 2017',
    ]);
    for (const id of [11, 12, 13, 14]) expect(html).toContain(`href="/figures/${id}"`);
  });

  it('never shows a vague latest estimate as a number', () => {
    const html = renderToStaticMarkup(<EstimatesOverTime series={DISPLACED_BY_WEEK} />);
    expect(html).toContain('>thousands</a>');
    expect(html).not.toMatch(/>\s*(9,999|5,499)\s*</);
  });

  it('names months by their month and summarises the latest estimate with its source', () => {
    const html = renderToStaticMarkup(<EstimatesOverTime series={KILLED_BY_MONTH} />);
    expect(tableRows(html).map((row) => row.split(' | ')[0])).toEqual(['May 2017', 'June 2017']);
    expect(summariseEstimates(KILLED_BY_MONTH)).toBe('2 periods, from May 2017 to June 2017, with 6 figures. The latest estimate is 23, according to SOHR (8 June 2017).');
  });

  it('says there are no dated figures, without a chart or a table, when the series is empty', () => {
    const html = renderToStaticMarkup(<EstimatesOverTime series={NO_PERIODS} />);
    expect(html).toContain('No dated figures for fighters.');
    expect(html).not.toContain('<table');
    expect(html).not.toContain('chart-canvas');
  });
});
