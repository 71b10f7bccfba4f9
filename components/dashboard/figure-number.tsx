import type { FigureView } from '@/lib/data/figures';
import { formatFigure, formatHedge } from '@/lib/format/figure';

/** The figure as written in large type, with its hedge and range right beside it. */
export function FigureNumber({ figure }: { figure: FigureView }) {
  return (
    <p className="figure-number">
      <span className="figure-value" data-qualifier={figure.qualifier}>
        {formatFigure(figure)}
      </span>
      <span className="figure-hedge">{formatHedge(figure)}</span>
    </p>
  );
}
