import Link from 'next/link';
import { flattenComposition, type CompositionNode } from '@/lib/data/overview';
import { formatFigure, formatFigureWithRange } from '@/lib/format/figure';
import { ChartPanel, toChartRow } from './chart-panel';
import { CATEGORY_LABELS } from '@/lib/figures/vocabulary';

function CompositionList({ node }: { node: CompositionNode }) {
  return (
    <li data-composition-figure={node.figure.id}>
      {node.depth > 0 ? <span className="of-whom">of whom </span> : null}
      <Link href={`/figures/${node.figure.id}`} className="composition-value">
        {formatFigureWithRange(node.figure)}
      </Link>{' '}
      {node.figure.counted}
      <span className="muted"> — {node.figure.source?.name ?? 'not attributed in the text'}</span>
      {node.parts.length > 0 ? (
        <ul>
          {node.parts.map((part) => (
            <CompositionList key={part.figure.id} node={part} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** What the text says a population is made of: the whole, its parts and theirs, all drawn to one scale. */
export function Composition({ root }: { root: CompositionNode }) {
  const nodes = flattenComposition(root);
  const figures = nodes.map((node) => node.figure);
  const summary = `${formatFigure(root.figure)} ${root.figure.counted}${
    root.parts.length > 0 ? `, of whom ${root.parts.map((part) => `${formatFigure(part.figure)} ${part.figure.counted}`).join('; ')}` : ''
  }. Parts are drawn to the same scale as the whole; hedged figures as ranges.`;
  return (
    <ChartPanel
      title={`Population: ${root.figure.place?.name ?? 'place not stated'}`}
      figures={figures}
      rows={nodes.map((node) => toChartRow(node.figure, `${formatFigure(node.figure)} · ${CATEGORY_LABELS[node.figure.category]}`, node.depth))}
      summary={summary}
    >
      <ul className="composition-tree">
        <CompositionList node={root} />
      </ul>
    </ChartPanel>
  );
}
