import { useEffect, useMemo, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, CustomChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { ciBarOption, reachByPartnerOption } from '@ekst/charts';
import type { CiBar, ReachBar } from '@ekst/charts';
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

export type Bar = CiBar;

/**
 * Mean change per group as bars with 95% confidence intervals as whiskers (ECharts, SVG), the same
 * option the annual report renders to SVG on the server (@ekst/charts).
 */
export function CiBarChart(props: {
  bars: readonly Bar[];
  title: string;
  tableId: string;
  testId: string;
}) {
  const { bars } = props;
  const option = useMemo(() => ciBarOption({ bars, valueName: 'Mean change' }), [bars]);
  return <EChart {...props} option={option} />;
}

/** Students reached per partner and those reached at 2+ events (the annual report's chart). */
export function ReachChart(props: {
  bars: readonly ReachBar[];
  title: string;
  tableId: string;
  testId: string;
}) {
  const { bars } = props;
  const option = useMemo(() => reachByPartnerOption(bars), [bars]);
  return <EChart {...props} option={option} height={Math.max(240, 64 + bars.length * 36)} />;
}

/**
 * One ECharts chart (SVG). It is an image to screen readers, pointing at the table that follows
 * it (`aria-describedby`), which carries the same numbers.
 */
function EChart({
  option,
  title,
  tableId,
  testId,
  height,
}: {
  option: EChartsCoreOption;
  title: string;
  tableId: string;
  testId: string;
  height?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [option]);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div
        ref={ref}
        className="chart-canvas"
        style={height ? { height } : undefined}
        role="img"
        aria-label={`${title}: chart; the table below has the numbers`}
        aria-describedby={tableId}
        data-testid={testId}
      />
    </figure>
  );
}
