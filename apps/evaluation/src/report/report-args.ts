import { parseAcademicYear } from './academic-year';

/** `--year 2025 --out report.pdf|.html` (default out: ekst-impact-report-<year>.pdf). */
export function parseReportArgs(
  argv: readonly string[],
): { year: number; out: string; format: 'pdf' | 'html' } | { error: string } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const year = parseAcademicYear(value('--year') ?? '');
  if (year === null) return { error: '--year must be an academic year such as 2025 (= 2025/26)' };
  const out = value('--out') ?? `ekst-impact-report-${year}.pdf`;
  const format = /\.html?$/i.test(out) ? 'html' : /\.pdf$/i.test(out) ? 'pdf' : null;
  if (!format) return { error: '--out must end in .pdf or .html' };
  return { year, out, format };
}
