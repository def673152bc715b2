import { parseServiceConfig } from '@ekst/subgraph-kit';
import type { ServiceConfig } from '@ekst/subgraph-kit';

/** The only reader of process.env in this service. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return parseServiceConfig(env, { port: 4004, database: 'ekst_evaluation' });
}
