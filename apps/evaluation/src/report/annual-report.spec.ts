import type { ImpactCell } from '../use-cases/impact-report.query';
import { parseAcademicYear } from './academic-year';
import { headlineText, signed } from './annual-report.html';
import { parseReportArgs } from './report-args';

const cell = (over: Partial<ImpactCell> = {}): ImpactCell => ({
  grouping: 'YEAR',
  groupKey: '2025',
  groupLabel: '2025/26',
  academicYear: 2025,
  instrument: 'SWEMWBS',
  doseBand: 'ALL',
  n: 42,
  meanChange: 1.234,
  sd: 2,
  ciLow: 0.611,
  ciHigh: 1.857,
  suppressed: false,
  tooFewToConclude: false,
  ...over,
});

describe('annual report text', () => {
  it('signs numbers with a true minus and two decimals', () => {
    expect(signed(1.234)).toBe('+1.23');
    expect(signed(-0.255)).toBe('−0.26');
    expect(signed(0)).toBe('+0.00');
  });

  it('states a headline with n, mean change and CI, and never the numbers of a suppressed cell', () => {
    expect(headlineText('SWEMWBS', cell())).toBe(
      'SWEMWBS: 42 students, mean change +1.23 (95% CI +0.61 to +1.86).',
    );
    expect(headlineText('SWEMWBS', cell({ n: 12, tooFewToConclude: true }))).toMatch(
      /too few to conclude\.$/,
    );
    const hidden = headlineText(
      'STIRLING',
      cell({ suppressed: true, n: null, meanChange: null, ciLow: null, ciHigh: null }),
    );
    expect(hidden).toBe(
      'STIRLING: fewer than 10 students answered before and after; not reported.',
    );
  });
});

describe('report arguments', () => {
  it('takes a year and an output file whose extension picks the format', () => {
    expect(parseReportArgs(['--year', '2025', '--out', 'report.pdf'])).toEqual({
      year: 2025,
      out: 'report.pdf',
      format: 'pdf',
    });
    expect(parseReportArgs(['--year', '2024', '--out', 'r.html'])).toMatchObject({
      format: 'html',
    });
    expect(parseReportArgs(['--year', '2025'])).toEqual({
      year: 2025,
      out: 'ekst-impact-report-2025.pdf',
      format: 'pdf',
    });
  });

  it('refuses a missing or impossible year and an unknown format', () => {
    expect(parseReportArgs([])).toHaveProperty('error');
    expect(parseReportArgs(['--year', '25'])).toHaveProperty('error');
    expect(parseReportArgs(['--year', '2025', '--out', 'r.docx'])).toHaveProperty('error');
    expect(parseAcademicYear('1999')).toBeNull();
    expect(parseAcademicYear('2101')).toBeNull();
    expect(parseAcademicYear('2025')).toBe(2025);
  });
});
