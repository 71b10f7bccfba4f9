import type { ComponentProps } from 'react';
import type { FigureView } from '@/lib/data/figures';
import { formatFigure } from '@/lib/format/figure';
import { CATEGORY_LABELS, type Category } from '@/lib/figures/vocabulary';
import { ChartPanel, toChartRow } from './chart-panel';
import { FigureTable } from './figure-table';

/** The label above a figure's mark: the figure as written and who says so. */
export function markLabel(figure: FigureView): string {
  return `${formatFigure(figure)} · ${figure.source?.shortName ?? figure.source?.name ?? 'not attributed'}`;
}

/** One category's figures charted on their own scale, with their table. */
export function CategoryChart({
  category,
  figures,
  headingLevel = 3,
  columns = ['source', 'place', 'date'],
}: {
  category: Category;
  figures: FigureView[];
  headingLevel?: 2 | 3;
  columns?: ComponentProps<typeof FigureTable>['columns'];
}) {
  const label = CATEGORY_LABELS[category];
  return (
    <ChartPanel
      title={label}
      headingLevel={headingLevel}
      figures={figures}
      rows={figures.map((figure) => toChartRow(figure, markLabel(figure)))}
      id={`category-${category}`}
    >
      <FigureTable figures={figures} caption={`${label}: the figures in this chart`} columns={columns} />
    </ChartPanel>
  );
}
