/**
 * The statistical rules of impact reports. Aggregation (n, mean, standard deviation) runs in
 * PostgreSQL; these functions turn one aggregated cell into what a report may show.
 */

/** Cells describing fewer people than this are suppressed: no n, no mean, nothing. */
export const MIN_CELL_SIZE = 10;
/** A comparison resting on fewer people than this carries a warning: too few to conclude. */
export const MIN_COMPARISON_SIZE = 30;

/** The standard normal quantile for a two-sided 95% interval. */
const Z_975 = 1.959963984540054;

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom, by the Cornish–Fisher
 * expansion around the normal quantile (Abramowitz & Stegun 26.7.5). Cells have n ≥ 10, so
 * df ≥ 9, where the expansion is within 0.001 of the exact value.
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError('degrees of freedom must be at least 1');
  const z = Z_975;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}

/** The 95% confidence interval of a mean, with the t distribution on n − 1 degrees of freedom. */
export function confidenceInterval95(
  mean: number,
  sd: number,
  n: number,
): { low: number; high: number } {
  const half = (tQuantile975(n - 1) * sd) / Math.sqrt(n);
  return { low: mean - half, high: mean + half };
}

export const DOSE_BANDS = ['ALL', 'ONE', 'TWO_PLUS', 'FOUR_PLUS'] as const;
export type DoseBand = (typeof DOSE_BANDS)[number];

/**
 * The bands a student with `dose` attended events in the academic year falls in. They overlap as
 * the partnership reports them (4+ is within 2+); a student with no recorded attendance counts
 * only in ALL.
 */
export function doseBandsOf(dose: number): DoseBand[] {
  const bands: DoseBand[] = ['ALL'];
  if (dose === 1) bands.push('ONE');
  if (dose >= 2) bands.push('TWO_PLUS');
  if (dose >= 4) bands.push('FOUR_PLUS');
  return bands;
}

/**
 * The academic year (1 September – 31 August, in England) a moment falls in, named by the year it
 * starts: 2025 for 2025/26. Judged on the London calendar date.
 */
export function academicYearOf(at: Date): number {
  const [y, m] = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
  })
    .formatToParts(at)
    .filter((p) => p.type === 'year' || p.type === 'month')
    .sort((a) => (a.type === 'year' ? -1 : 1))
    .map((p) => Number(p.value));
  return m >= 9 ? y : y - 1;
}

/** Aggregates of one cell as PostgreSQL returns them, already suppressed below MIN_CELL_SIZE. */
export interface AggregatedCell {
  n: number | null;
  mean: number | null;
  sd: number | null;
}

export interface ReportedCell {
  /** null when suppressed */
  n: number | null;
  meanChange: number | null;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
  /** fewer than MIN_COMPARISON_SIZE people: too few to conclude */
  tooFewToConclude: boolean;
}

export function reportCell(cell: AggregatedCell): ReportedCell {
  if (cell.n === null || cell.n < MIN_CELL_SIZE || cell.mean === null || cell.sd === null) {
    return {
      n: null,
      meanChange: null,
      sd: null,
      ciLow: null,
      ciHigh: null,
      suppressed: true,
      tooFewToConclude: true,
    };
  }
  const ci = confidenceInterval95(cell.mean, cell.sd, cell.n);
  return {
    n: cell.n,
    meanChange: cell.mean,
    sd: cell.sd,
    ciLow: ci.low,
    ciHigh: ci.high,
    suppressed: false,
    tooFewToConclude: cell.n < MIN_COMPARISON_SIZE,
  };
}
