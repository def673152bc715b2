import type { EChartsCoreOption } from 'echarts/core';

/** One bar: a mean with its 95% confidence interval; all null when the cell is suppressed. */
export interface CiBar {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

/** What a custom series' renderItem is given; the subset the whiskers use. */
interface CustomApi {
  value: (dim: number) => number;
  coord: (point: number[]) => number[];
  size: (point: number[]) => number[];
}

export const CHART_COLOURS = { bar: '#1d4ed8', whisker: '#111827', text: '#1f2933' } as const;

/**
 * Bars with 95% confidence intervals drawn as whiskers (a custom series). Pure data in, an
 * ECharts option out: the portal draws it in the browser and the annual report renders the same
 * option to SVG on the server, so both show the same chart.
 */
export function ciBarOption(opts: {
  bars: readonly CiBar[];
  /** the value axis' name */
  valueName: string;
}): EChartsCoreOption {
  const { bars, valueName } = opts;
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 48, right: 16, top: 24, bottom: 72 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: bars.map((b) => b.label),
      axisLabel: { interval: 0, rotate: bars.length > 4 ? 30 : 0, color: CHART_COLOURS.text },
    },
    yAxis: { type: 'value', name: valueName, axisLabel: { color: CHART_COLOURS.text } },
    series: [
      {
        name: valueName,
        type: 'bar',
        data: bars.map((b) => b.value),
        itemStyle: { color: CHART_COLOURS.bar },
      },
      {
        name: '95% confidence interval',
        type: 'custom',
        data: bars.map((b, i) => [i, b.low, b.high]),
        renderItem: (_params: unknown, api: CustomApi) => {
          const x = api.value(0);
          const low = api.coord([x, api.value(1)]);
          const high = api.coord([x, api.value(2)]);
          const half = (api.size([1, 0])[0] ?? 20) * 0.15;
          const style = { stroke: CHART_COLOURS.whisker, lineWidth: 2 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
              {
                type: 'line',
                shape: { x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1] },
                style,
              },
              {
                type: 'line',
                shape: { x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1] },
                style,
              },
            ],
          };
        },
        z: 10,
      },
    ],
  };
}

/** Mean change per aim (one instrument), with 95% confidence intervals. */
export function changeByAimOption(bars: readonly CiBar[]): EChartsCoreOption {
  return ciBarOption({ bars, valueName: 'Mean change' });
}

/** The dose bands the dose-response chart compares, in order (4+ lies within 2+). */
export const DOSE_RESPONSE_BANDS = [
  { band: 'ONE', label: '1 event' },
  { band: 'TWO_PLUS', label: '2+ events' },
  { band: 'FOUR_PLUS', label: '4+ events' },
] as const;

/** Dose-response: mean change of students who attended 1, 2+ and 4+ events, with 95% CIs. */
export function doseResponseOption(bars: readonly CiBar[]): EChartsCoreOption {
  return ciBarOption({ bars, valueName: 'Mean change' });
}
