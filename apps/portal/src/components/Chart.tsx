import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, CustomChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([
  BarChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export interface Bar {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

/**
 * Mean change per group as bars with 95% confidence intervals as whiskers (ECharts, SVG). The
 * chart is hidden from screen readers' reading order in favour of the table that follows it
 * (`aria-describedby`), which carries the same numbers.
 */
export function CiBarChart({
  bars,
  title,
  tableId,
  testId,
}: {
  bars: readonly Bar[];
  title: string;
  tableId: string;
  testId: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const option: EChartsCoreOption = {
      aria: { enabled: true },
      animation: false,
      grid: { left: 48, right: 16, top: 24, bottom: 72 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: bars.map((b) => b.label),
        axisLabel: { interval: 0, rotate: bars.length > 4 ? 30 : 0, color: '#1f2933' },
      },
      yAxis: { type: 'value', name: 'Mean change', axisLabel: { color: '#1f2933' } },
      series: [
        {
          name: 'Mean change',
          type: 'bar',
          data: bars.map((b) => b.value),
          itemStyle: { color: '#1d4ed8' },
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
            const style = { stroke: '#111827', lineWidth: 2 };
            return {
              type: 'group',
              children: [
                {
                  type: 'line',
                  shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] },
                  style,
                },
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
    chart.setOption(option);
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [bars]);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div
        ref={ref}
        className="chart-canvas"
        role="img"
        aria-label={`${title}: chart; the table below has the numbers`}
        aria-describedby={tableId}
        data-testid={testId}
      />
    </figure>
  );
}

interface CustomApi {
  value: (dim: number) => number;
  coord: (point: number[]) => number[];
  size: (point: number[]) => number[];
}
