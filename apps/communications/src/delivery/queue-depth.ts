import type { JobQueue, JobQueueDepth } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { EMAIL_QUEUE } from './queue';

/**
 * The e-mail queue's depth for `ekst_job_queue_depth`, counted in pg-boss's job table on this
 * service's own database (schema `pgboss`, pg-boss 10): `created` and `retry` jobs are queued
 * (deferred ones included), `active` ones are being sent. Read with the service's pool rather
 * than through a pg-boss instance, so a scrape never starts the queue (a replica with
 * RUN_JOBS=false has none). pg-boss's own `getQueueSize` counts the same way; the integration
 * test runs it against the real schema, so an upgrade that changes the table fails there.
 */
export async function emailQueueDepth(dataSource: DataSource): Promise<JobQueueDepth> {
  const rows = (await dataSource.query(
    `SELECT state::text AS state, count(*)::int AS n
       FROM pgboss.job
      WHERE name = $1 AND state IN ('created', 'retry', 'active')
      GROUP BY state`,
    [EMAIL_QUEUE],
  )) as Array<{ state: string; n: number }>;
  const count = (state: string) => rows.find((r) => r.state === state)?.n ?? 0;
  return { queued: count('created') + count('retry'), active: count('active') };
}

export const EMAIL_JOB_QUEUE: JobQueue = { name: EMAIL_QUEUE, depth: emailQueueDepth };
