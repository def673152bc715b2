import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServiceDataSource } from '@ekst/persistence';
import { loadReportConfig } from '../config';
import { evaluationModule } from '../module';
import { gatherAnnualReport } from './annual-report.data';
import { renderAnnualReportHtml } from './annual-report.html';
import { printPdf } from '@ekst/print';
import { parseReportArgs } from './report-args';

/**
 * The annual impact report from the command line, straight from evaluation's database (run by
 * `npm run report -- --year 2025 --out report.pdf|.html` through tools/report, which first finds
 * or installs Chromium). DATABASE_URL (default: the local ekst_evaluation) and CHROMIUM_PATH as
 * the service reads them. The document is the one the gateway serves at
 * /reports/annual/<year>.pdf, partnership-wide.
 */
export async function runReportCli(argv: readonly string[]): Promise<void> {
  const args = parseReportArgs(argv);
  if ('error' in args) {
    console.error(`${args.error}\nusage: npm run report -- --year 2025 --out report.pdf`);
    process.exitCode = 2;
    return;
  }
  const config = loadReportConfig();
  const { dataSource } = createServiceDataSource(
    { url: config.databaseUrl, applicationName: 'evaluation-report-cli', poolMax: 4 },
    { entities: evaluationModule.entities, migrations: [] },
  );
  await dataSource.initialize();
  try {
    const html = renderAnnualReportHtml(await gatherAnnualReport(dataSource, args.year));
    const body =
      args.format === 'html'
        ? Buffer.from(html, 'utf8')
        : await printPdf(html, {
            executablePath: config.chromiumPath,
          });
    const out = resolve(args.out);
    writeFileSync(out, body);
    console.log(`annual impact report ${args.year}: ${out} (${body.length} bytes)`);
  } finally {
    await dataSource.destroy();
  }
}
