'use client';

/**
 * The charts load after the page: the figures, summaries and tables are already in the server HTML, so the
 * chart code (Recharts) is fetched in its own chunk once the page has rendered, and is never part of the
 * JavaScript a page needs first. Each frame reserves the chart's height meanwhile.
 */
import dynamic from 'next/dynamic';
import { useEffect, useRef, type ReactNode } from 'react';
import { ESTIMATES_CHART_HEIGHT, rangeChartHeight } from './chart-sizes';
import type { EstimatesChartProps } from './estimates-chart';
import type { RangeChartRow } from './figure-range-chart';

const FigureRangeChart = dynamic(() => import('./figure-range-chart').then((chart) => chart.FigureRangeChart), { ssr: false });
const EstimatesChart = dynamic(() => import('./estimates-chart').then((chart) => chart.EstimatesChart), { ssr: false });

/**
 * Recharts draws each layer into a `<g>` through a React portal, and React listens for focus events on every
 * portal container; Chromium makes an SVG element with focus listeners a tab stop, so each chart would add
 * empty stops to the keyboard order. The chart frame is hidden from assistive technology and its marks are
 * reached through the table, so take every such layer out of the tab order as soon as it appears.
 */
const FOCUSABLE_LAYERS = 'svg, g, [class*="recharts-"]:not(a)';

function useNoTabStops(frame: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const removeTabStops = () => {
      for (const layer of element.querySelectorAll<HTMLElement | SVGElement>(FOCUSABLE_LAYERS)) {
        if (layer.getAttribute('tabindex') !== '-1') layer.setAttribute('tabindex', '-1');
      }
    };
    removeTabStops();
    const observer = new MutationObserver(removeTabStops);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [frame]);
}

function ChartFrame({ className, height, children }: { className: string; height: number; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  useNoTabStops(frame);
  return (
    <div ref={frame} className={className} style={{ height }}>
      {children}
    </div>
  );
}

/** The range chart of a set of figures, loaded after the page. */
export function LazyFigureRangeChart({ rows }: { rows: RangeChartRow[] }) {
  return (
    <ChartFrame className="range-chart" height={rangeChartHeight(rows.length)}>
      <FigureRangeChart rows={rows} />
    </ChartFrame>
  );
}

/** The estimates-over-time chart of a series, loaded after the page. */
export function LazyEstimatesChart(props: EstimatesChartProps) {
  return (
    <ChartFrame className="estimates-chart" height={ESTIMATES_CHART_HEIGHT}>
      <EstimatesChart {...props} />
    </ChartFrame>
  );
}
