/**
 * The annual impact report as a file, from evaluation's database:
 *
 *   npm run report -- --year 2025 --out report.pdf      # or --out report.html
 *
 * Finds Debian's chromium (or, as root, installs it; CHROMIUM_PATH overrides), then runs
 * evaluation's report command: the same document the gateway serves at /reports/annual/<year>.pdf.
 * DATABASE_URL: evaluation's database (default postgres://postgres@127.0.0.1:5432/ekst_evaluation).
 */
import { ensureChromium } from '@ekst/platform';
// The report command is evaluation's own code; this tool (type:app-tool) only prepares the browser.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { runReportCli } from '../../apps/evaluation/src/report/report-cli';

const argv = process.argv.slice(2);
const wantsPdf = !argv.some((a) => /\.html?$/i.test(a));
if (wantsPdf) process.env.CHROMIUM_PATH = ensureChromium((m) => console.error(m));
runReportCli(argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
