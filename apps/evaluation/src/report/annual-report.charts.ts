import {
  DOSE_RESPONSE_BANDS,
  changeByAimOption,
  doseResponseOption,
  reachByPartnerOption,
} from '@ekst/charts';
import type { CiBar } from '@ekst/charts';
import * as echarts from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { Instrument } from '../domain/instruments';
import type { ImpactCell } from '../use-cases/impact-report.query';
import type { ReachReportModel } from '../use-cases/reach-report.query';

/** Words of an enum value: WIDENING_HORIZONS → Widening horizons (as the portal shows them). */
export function words(value: string): string {
  const lower = value.toLowerCase().replace(/_/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

export function ciBarOf(label: string, cell: ImpactCell | undefined): CiBar {
  if (!cell || cell.suppressed) return { label, value: null, low: null, high: null };
  return {
    label,
    value: round(cell.meanChange),
    low: round(cell.ciLow),
    high: round(cell.ciHigh),
  };
}

/**
 * An ECharts option rendered to an SVG string on the server (ECharts' SSR: no DOM, no canvas),
 * the same option the portal draws in the browser.
 */
export function renderSvg(
  option: EChartsCoreOption,
  size: { width: number; height: number },
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Change by aim for one instrument (everyone surveyed with it: dose band ALL). */
export function changeByAimSvg(cells: readonly ImpactCell[], instrument: Instrument): string {
  const bars = cells
    .filter((c) => c.instrument === instrument && c.doseBand === 'ALL')
    .map((c) => ciBarOf(words(c.groupLabel ?? c.groupKey ?? 'Unknown'), c));
  return renderSvg(changeByAimOption(bars), { width: 680, height: 300 });
}

/** Dose-response for one instrument: 1 vs 2+ vs 4+ events. */
export function doseResponseSvg(cells: readonly ImpactCell[], instrument: Instrument): string {
  const bars = DOSE_RESPONSE_BANDS.map(({ band, label }) =>
    ciBarOf(
      label,
      cells.find((c) => c.instrument === instrument && c.doseBand === band),
    ),
  );
  return renderSvg(doseResponseOption(bars), { width: 680, height: 280 });
}

/** Students reached per partner, and those reached at 2+ events. */
export function reachSvg(reach: ReachReportModel): string {
  const rows = reach.rows.filter((r) => r.kind === 'PARTNER');
  const bars = rows.map((r) => ({
    label: r.label,
    reached: r.values.STUDENTS_REACHED,
    reachedTwoPlus: r.values.REACHED_TWO_PLUS,
  }));
  return renderSvg(reachByPartnerOption(bars), {
    width: 680,
    height: Math.max(160, 60 + rows.length * 36),
  });
}
