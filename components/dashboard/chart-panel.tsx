import type { ReactNode } from 'react';
import type { FigureView } from '@/lib/data/figures';
import { summariseFigures } from '@/lib/format/summary';
import type { RangeChartRow } from './figure-range-chart';
import { LazyFigureRangeChart } from './lazy-charts';

/** The row a chart draws for a figure, with the label the page chose. */
export function toChartRow(figure: FigureView, label: string, depth = 0): RangeChartRow {
  const { id, category, qualifier, value, low, high, rawText } = figure;
  return { id, category, qualifier, value, low, high, rawText, label, depth };
}

/**
 * A chart with its text summary and its table: the summary and table are server-rendered, so the figures are
 * there for screen readers and for readers without JavaScript; the chart enhances them, and loads after them.
 */
export function ChartPanel({
  title,
  headingLevel = 3,
  figures,
  rows,
  summary,
  children,
  id,
}: {
  title: string;
  headingLevel?: 2 | 3;
  figures: FigureView[];
  rows: RangeChartRow[];
  summary?: string;
  /** The table (or list) alternative of the chart. */
  children: ReactNode;
  id?: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-panel" id={id} data-chart={title}>
      <figcaption>
        <Heading className="chart-title">{title}</Heading>
        <p className="chart-summary">{summary ?? summariseFigures(figures)}</p>
      </figcaption>
      <div className="chart-canvas" aria-hidden="true">
        <LazyFigureRangeChart rows={rows} />
      </div>
      {children}
    </figure>
  );
}
