/**
 * The annual impact report from the command line, straight from evaluation's database:
 *
 *   npm run report -- --year 2025 --out report.pdf     # or report.html
 *
 * DATABASE_URL (default: the local ekst_evaluation) and CHROMIUM_PATH as the service reads them;
 * without CHROMIUM_PATH, Debian's chromium is found or (as root) installed. The document is the
 * one the gateway serves at /reports/annual/<year>.pdf, partnership-wide.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServiceDataSource } from '@ekst/persistence';
import { ensureChromium } from '@ekst/platform';
import { loadReportConfig } from '../config';
import { evaluationModule } from '../module';
import { gatherAnnualReport } from './annual-report.data';
import { renderAnnualReportHtml } from './annual-report.html';
import { printPdf } from './annual-report.pdf';
import { parseReportArgs } from './report-args';

async function main(): Promise<void> {
  const args = parseReportArgs(process.argv.slice(2));
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
            executablePath: config.chromiumPathGiven
              ? config.chromiumPath
              : ensureChromium((m) => console.error(m)),
          });
    const out = resolve(args.out);
    writeFileSync(out, body);
    console.log(`annual impact report ${args.year}: ${out} (${body.length} bytes)`);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
