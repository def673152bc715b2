import { stringify } from 'csv-stringify/sync';
import type { ImpactCell } from './impact-report.query';

const round = (x: number | null, digits = 3): string => (x === null ? '' : x.toFixed(digits));

/**
 * The report as CSV, one row per cell; a suppressed cell shows nothing but its n column: "<10"
 * when it has fewer than 10 people, "suppressed" when it was hidden only so that such a cell
 * cannot be worked out (it has more, and "<10" would be false).
 */
export function impactCsv(cells: readonly ImpactCell[]): string {
  return stringify(
    cells.map((c) => [
      c.academicYear,
      c.grouping,
      c.groupKey ?? '',
      c.groupLabel ?? '',
      c.instrument,
      c.doseBand,
      c.suppressed ? (c.suppressedAsComplement ? 'suppressed' : '<10') : String(c.n),
      round(c.meanChange),
      round(c.sd),
      round(c.ciLow),
      round(c.ciHigh),
      c.tooFewToConclude ? 'fewer than 30: too few to conclude' : '',
    ]),
    {
      header: true,
      columns: [
        'academic_year',
        'grouping',
        'group_key',
        'group_label',
        'instrument',
        'dose_band',
        'n',
        'mean_change',
        'sd',
        'ci95_low',
        'ci95_high',
        'warning',
      ],
    },
  );
}
