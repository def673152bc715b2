import type { EChartsCoreOption } from 'echarts/core';
import { CHART_COLOURS } from './ci-bar.option';

/** One partner's reach; null counts are suppressed (fewer than 10 people, or to protect one). */
export interface ReachBar {
  label: string;
  reached: number | null;
  reachedTwoPlus: number | null;
}

/**
 * Students reached per partner (horizontal bars), with the repeat attenders (2+ events) beside
 * them. A suppressed count is a gap, never a zero.
 */
export function reachByPartnerOption(bars: readonly ReachBar[]): EChartsCoreOption {
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 160, right: 24, top: 32, bottom: 32 },
    // Server-side rendering measures text without a canvas: a wider gap keeps the items apart.
    legend: { top: 0, itemGap: 28, textStyle: { color: CHART_COLOURS.text } },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: 'Students', axisLabel: { color: CHART_COLOURS.text } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisLabel: { interval: 0, color: CHART_COLOURS.text, width: 150, overflow: 'truncate' },
    },
    series: [
      {
        name: 'Students reached',
        type: 'bar',
        data: bars.map((b) => b.reached),
        itemStyle: { color: CHART_COLOURS.bar },
      },
      {
        name: 'Reached at 2+ events',
        type: 'bar',
        data: bars.map((b) => b.reachedTwoPlus),
        itemStyle: { color: '#60a5fa' },
      },
    ],
  };
}
