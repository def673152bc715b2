import type { Caller } from '@ekst/auth';
import type { DataSource } from 'typeorm';
import { mayDownloadAnnualReport } from '../domain/report-access';
import { gatherAnnualReport } from './annual-report.data';
import { printPdf } from '@ekst/print';
import { parseAcademicYear } from './academic-year';

export const ANNUAL_REPORT_FORMATS = ['pdf', 'html'] as const;
export type AnnualReportFormat = (typeof ANNUAL_REPORT_FORMATS)[number];

export type AnnualReportResult =
  | { kind: 'done'; body: Buffer; contentType: string; filename: string }
  | { kind: 'forbidden'; reason: string }
  | { kind: 'rejected'; reason: string };

/**
 * The annual impact report of one academic year as a file. Permission first (a caller who may
 * not have it learns nothing, not even whether the year is valid), then the year, then the
 * document: HTML, or that HTML printed to PDF by Chromium.
 */
export async function produceAnnualReport(
  dataSource: DataSource,
  caller: Caller,
  request: { year: string; format: AnnualReportFormat },
  opts: { chromiumPath: string; now?: Date },
): Promise<AnnualReportResult> {
  if (!mayDownloadAnnualReport(caller))
    return { kind: 'forbidden', reason: 'The annual report is for the coordinator and heads' };
  const year = parseAcademicYear(request.year);
  if (year === null) return { kind: 'rejected', reason: 'the year must be such as 2025' };
  // The report's HTML and charts (ECharts, about a sixth of what the service loads) are loaded on
  // the first report, not at start: most replicas never print one.
  const { renderAnnualReportHtml } = await import('./annual-report.html');
  const html = renderAnnualReportHtml(await gatherAnnualReport(dataSource, year, opts.now));
  const filename = `ekst-impact-report-${year}.${request.format}`;
  return request.format === 'html'
    ? {
        kind: 'done',
        body: Buffer.from(html, 'utf8'),
        contentType: 'text/html; charset=utf-8',
        filename,
      }
    : {
        kind: 'done',
        body: await printPdf(html, { executablePath: opts.chromiumPath }),
        contentType: 'application/pdf',
        filename,
      };
}
