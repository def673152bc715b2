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
import { ciBarOption } from '@ekst/charts';
import type { CiBar } from '@ekst/charts';

echarts.use([
  BarChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export type Bar = CiBar;

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
    // The same option the annual report renders to SVG on the server (@ekst/charts).
    const option = ciBarOption({ bars, valueName: 'Mean change' });
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
