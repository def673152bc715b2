import type { MessagingRuntime } from '@ekst/messaging';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from './config';
import { JobRunner } from './jobs';
import type { Logger } from './logger';
import { retentionJob } from './retention';
import type { BaseContext, SubgraphModule } from './subgraph-server';

/** The subgraph's timers: its own jobs and the retention job every service runs. */
export function startSubgraphJobs<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  config: ServiceConfig,
  deps: { dataSource: DataSource; log: Logger; messaging: MessagingRuntime },
): JobRunner {
  const jobs = new JobRunner(
    [retentionJob(module.dataPolicies), ...(module.jobs ?? [])],
    deps.dataSource,
    deps.log,
    deps.messaging.ownTopic,
    deps.messaging.txBinding,
  );
  if (config.runJobs) jobs.start();
  return jobs;
}
