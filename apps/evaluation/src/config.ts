import { parseServiceConfig } from '@ekst/subgraph-kit';
import type { ServiceConfig } from '@ekst/subgraph-kit';

/** The only reader of process.env in this service. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return parseServiceConfig(env, { port: 4004, database: 'ekst_evaluation' });
}

export interface ReportConfig {
  /** the Chromium that prints the annual report to PDF */
  chromiumPath: string;
  /** this service's database, for the report command (`npm run report`) */
  databaseUrl: string;
}

/** What the annual report needs: Debian's chromium unless CHROMIUM_PATH says otherwise. */
export function loadReportConfig(env: NodeJS.ProcessEnv = process.env): ReportConfig {
  return {
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
    databaseUrl: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/ekst_evaluation',
  };
}
