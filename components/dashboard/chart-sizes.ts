/**
 * Chart dimensions shared by the charts and their lazy frames: the frame reserves the chart's height before the
 * chart code has loaded, so the tables below it do not move when it draws.
 */
export const RANGE_ROW_HEIGHT = 46;
export const RANGE_AXIS_HEIGHT = 28;

/** Height of a range chart with one row per figure. */
export function rangeChartHeight(rowCount: number): number {
  return rowCount * RANGE_ROW_HEIGHT + RANGE_AXIS_HEIGHT;
}


/** Height of the estimates-over-time chart (plot area, x axis and its labels). */
export const ESTIMATES_CHART_HEIGHT = 280;
export const ESTIMATES_AXIS_HEIGHT = 44;
