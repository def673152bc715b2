import { parseServiceConfig } from '@ekst/subgraph-kit';
import type { ServiceConfig } from '@ekst/subgraph-kit';

/** The only reader of process.env in this service. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return parseServiceConfig(env, { port: 4004, database: 'ekst_evaluation' });
}

export interface ReportConfig {
  /** the Chromium that prints the annual report to PDF */
  chromiumPath: string;
}

/** What the annual report's PDF needs: Debian's chromium unless CHROMIUM_PATH says otherwise. */
export function loadReportConfig(env: NodeJS.ProcessEnv = process.env): ReportConfig {
  return { chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium' };
}
