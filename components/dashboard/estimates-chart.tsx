'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { axisTicks, chartExtent, formatNumber, type FigureNumbers } from '@/lib/format/figure';
import { ESTIMATES_AXIS_HEIGHT } from './chart-sizes';

/** One period as the chart draws it: plain data, prepared on the server. */
export interface EstimatesChartPeriod {
  /** The period's name ("week of 5 Jun 2017"). */
  label: string;
  /** Lowest and highest number the period's figures allow; null when no figure states that bound. */
  low: number | null;
  high: number | null;
  openHigh: boolean;
  /** The period's latest estimate; the chart draws it as a point only where it states a single number. */
  latest: FigureNumbers & { id: number };
}

export interface EstimatesChartProps {
  periods: EstimatesChartPeriod[];
  colour: string;
}

interface PlottedPeriod extends EstimatesChartPeriod {
  range: [number, number];
  hasBand: boolean;
  point: number | null;
  axisEnd: number;
  colour: string;
}

const INK = '#1d2327';
const ARROW = 8;

/**
 * Draws one period: a vertical band from the lowest to the highest estimate, dashed and ending in an arrow at
 * the top of the axis when a figure has no upper bound, and the latest estimate as a point when it is a single
 * number. Positions come from the plot column, whose height spans the axis from zero to its end.
 */
function PeriodMark(props: BarShapeProps) {
  const period = props.payload as PlottedPeriod;
  const { x, width } = props;
  const [low, high] = period.range;
  // Recharts gives every bar its plot column: the whole height of the axis, from zero to its end.
  const columnTop = props.background?.y ?? props.y;
  const columnHeight = props.background?.height ?? props.height;
  const yOf = (value: number) => columnTop + columnHeight * (1 - Math.min(value, period.axisEnd) / period.axisEnd);
  const middle = x + width / 2;
  const top = yOf(high);
  const bottom = yOf(low);
  return (
    <a href={`/figures/${period.latest.id}`} tabIndex={-1} data-period-mark={period.label} data-open-high={period.openHigh ? 'true' : 'false'}>
      {period.hasBand ? (
        <rect
          data-period-band={period.label}
          x={x}
          y={top}
          width={width}
          height={Math.max(bottom - top, 2)}
          fill={period.colour}
          fillOpacity={0.45}
          stroke={INK}
          strokeWidth={1}
          strokeDasharray={period.openHigh ? '4 3' : undefined}
          rx={2}
        />
      ) : null}
      {period.openHigh ? (
        <path data-period-open={period.label} d={`M ${middle - ARROW} ${top} l ${ARROW} ${-ARROW - 2} l ${ARROW} ${ARROW + 2} z`} fill={period.colour} stroke={INK} strokeWidth={1} />
      ) : null}
      {period.point !== null ? (
        <circle data-period-point={period.label} cx={middle} cy={yOf(period.point)} r={6} fill={period.colour} stroke={INK} strokeWidth={1.5} />
      ) : null}
    </a>
  );
}

/**
 * Estimates over time: one column per period, in order, on an axis from zero with exact round ticks. The
 * server-rendered table beside it carries the same numbers.
 */
export function EstimatesChart({ periods, colour }: EstimatesChartProps) {
  const largest = periods.reduce((most, period) => Math.max(most, period.high ?? 0, period.low ?? 0, period.latest.value ?? 0), 0);
  const ticks = axisTicks(largest);
  const axisEnd = ticks[ticks.length - 1]!;
  const data: PlottedPeriod[] = periods.map((period) => {
    const hasBand = period.low !== null || period.high !== null;
    const high = period.openHigh || period.high === null ? axisEnd : period.high;
    return {
      ...period,
      range: [period.low ?? 0, hasBand ? high : 0],
      hasBand,
      point: chartExtent(period.latest, axisEnd).point,
      axisEnd,
      colour,
    };
  });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 14, right: 12, bottom: 0, left: 0 }} barCategoryGap="35%" maxBarSize={44} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#e3e6e9" />
        <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={12} tick={{ fontSize: 12, fill: '#4a545e' }} stroke="#9aa3ab" height={ESTIMATES_AXIS_HEIGHT} />
        <YAxis type="number" domain={[0, axisEnd]} ticks={ticks} interval={0} tickFormatter={formatNumber} tick={{ fontSize: 12, fill: '#4a545e' }} stroke="#9aa3ab" width="auto" />
        <Bar dataKey="range" shape={PeriodMark} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
