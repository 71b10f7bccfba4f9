'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { categoryColour } from '@/lib/format/category-colours';
import { axisTicks, chartExtent, formatNumber, isHedged, largestBound, type ChartExtent, type FigureNumbers } from '@/lib/format/figure';
import type { Category } from '@/lib/figures/vocabulary';
import { RANGE_AXIS_HEIGHT } from './chart-sizes';

/** One row of a range chart: a figure and the label written above its mark. */
export interface RangeChartRow extends FigureNumbers {
  id: number;
  category: Category;
  label: string;
  /** Indentation of the label, for parts of a whole. */
  depth?: number;
}

interface PlottedRow extends RangeChartRow {
  extent: ChartExtent;
  range: [number, number];
}

const INK = '#1d2327';

/**
 * Draws one figure: a band from low to high where the figure is hedged, a point where the report states a
 * single number, an arrow where the range is open-ended. A vague figure is a band only, never a point.
 */
function FigureMark(props: BarShapeProps) {
  const row = props.payload as PlottedRow;
  const { x, width, background } = props;
  const bandTop = (background?.y ?? props.y) + 20;
  const barHeight = 14;
  const middle = bandTop + barHeight / 2;
  const colour = categoryColour(row.category);
  const { point, low, high, openHigh } = row.extent;
  const pointX = point === null ? null : high > low ? x + (width * (point - low)) / (high - low) : x;
  const hedged = isHedged(row);
  const indent = (row.depth ?? 0) * 14;
  return (
    <a href={`/figures/${row.id}`} tabIndex={-1} data-figure-mark={row.id} data-hedged={hedged ? 'true' : 'false'}>
      <text x={(background?.x ?? 0) + indent} y={bandTop - 6} fontSize={13} fill={INK}>
        {row.label}
      </text>
      {hedged ? (
        <rect
          data-figure-range={row.id}
          x={x}
          y={bandTop}
          width={Math.max(width, 2)}
          height={barHeight}
          fill={colour}
          fillOpacity={0.4}
          stroke={colour}
          strokeWidth={1.5}
          strokeDasharray={row.qualifier === 'vague' ? '4 3' : undefined}
          rx={2}
        />
      ) : null}
      {openHigh ? <path d={`M ${x + width} ${middle - 7} l 8 7 l -8 7 z`} fill={colour} stroke={INK} strokeWidth={1} /> : null}
      {pointX !== null ? (
        <circle data-figure-point={row.id} cx={pointX} cy={middle} r={6} fill={colour} stroke={INK} strokeWidth={1.5} />
      ) : null}
    </a>
  );
}

/**
 * A horizontal range chart on a linear axis from zero; the server-rendered table beside it carries the same data.
 * It fills its frame (`LazyFigureRangeChart` in lazy-charts.tsx), which sets the height from the number of rows.
 */
export function FigureRangeChart({ rows }: { rows: RangeChartRow[] }) {
  const ticks = axisTicks(largestBound(rows));
  const axisEnd = ticks[ticks.length - 1]!;
  const data: PlottedRow[] = rows.map((row) => {
    const extent = chartExtent(row, axisEnd);
    return { ...row, extent, range: [extent.low, extent.high] };
  });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart layout="vertical" data={data} margin={{ top: 0, right: 28, bottom: 0, left: 8 }} barCategoryGap={0} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#e3e6e9" />
        <XAxis type="number" domain={[0, axisEnd]} ticks={ticks} interval={0} tickFormatter={formatNumber} tick={{ fontSize: 12, fill: '#4a545e' }} stroke="#9aa3ab" height={RANGE_AXIS_HEIGHT} />
        <YAxis type="category" dataKey="id" hide />
        <Bar dataKey="range" shape={FigureMark} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
