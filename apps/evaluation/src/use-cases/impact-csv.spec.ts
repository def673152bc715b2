import { parse } from 'csv-parse/sync';
import { suppressComplements } from '../domain/suppression';
import { impactCsv } from './impact-csv';
import type { ImpactCell } from './impact-report.query';

const cell = (doseBand: ImpactCell['doseBand'], n: number): ImpactCell => {
  const small = n < 10;
  return {
    grouping: 'AIM',
    groupKey: 'WIDENING_HORIZONS',
    groupLabel: 'WIDENING_HORIZONS',
    academicYear: 2025,
    instrument: 'SWEMWBS',
    doseBand,
    n: small ? null : n,
    meanChange: small ? null : 1.5,
    sd: small ? null : 2,
    ciLow: small ? null : 0.5,
    ciHigh: small ? null : 2.5,
    suppressed: small,
    tooFewToConclude: n < 30,
  };
};

describe('impactCsv', () => {
  it('says "<10" only of a cell with fewer than 10 people, "suppressed" of its complement', () => {
    // ALL 40 = ONE 36 + TWO_PLUS 4: TWO_PLUS is small, so ONE is hidden to protect it.
    const cells = suppressComplements([cell('ALL', 40), cell('ONE', 36), cell('TWO_PLUS', 4)]);
    const rows = parse(impactCsv(cells), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.dose_band, r.n, r.mean_change])).toEqual([
      ['ALL', '40', '1.500'],
      ['ONE', 'suppressed', ''],
      ['TWO_PLUS', '<10', ''],
    ]);
  });
});
