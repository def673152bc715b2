import type { MessagingRuntime } from '@ekst/messaging';
import type { DataSource } from 'typeorm';
import { createLogger } from './logger';
import { createSubgraphMetrics } from './subgraph-metrics';
import type { JobQueueDepth } from './subgraph-metrics';

/**
 * The gauges only a subgraph has, wired to stand-ins for the database and the broker (the values
 * against real PostgreSQL and Kafka: tools/graph-tests/metrics-lag.integration-spec.ts, and
 * apps/communications/test/email-queue-depth.integration-spec.ts for the e-mail queue).
 */
function metricsWith(opts: {
  depth?: () => Promise<JobQueueDepth>;
  isReady?: () => Promise<boolean>;
}) {
  const dataSource = { query: () => Promise.reject(new Error('no database here')), driver: {} };
  const messaging = { groupId: 'communications', consumer: null, consumerLag: () => [] };
  return createSubgraphMetrics('communications', {
    dataSource: dataSource as unknown as DataSource,
    messaging: messaging as unknown as MessagingRuntime,
    log: createLogger('communications', 'silent'),
    isReady: opts.isReady,
    jobQueues: opts.depth ? [{ name: 'email-delivery', depth: opts.depth }] : [],
  });
}

async function values(metrics: ReturnType<typeof createSubgraphMetrics>, name: string) {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  return (metric?.values ?? []).map((v) => ({ labels: v.labels, value: v.value }));
}

describe('createSubgraphMetrics', () => {
  it('exports each job queue’s depth by state, read at every scrape', async () => {
    let depth: JobQueueDepth = { queued: 3, active: 1 };
    const metrics = metricsWith({ depth: () => Promise.resolve(depth) });
    expect(await values(metrics, 'ekst_job_queue_depth')).toEqual([
      { labels: { queue: 'email-delivery', state: 'queued' }, value: 3 },
      { labels: { queue: 'email-delivery', state: 'active' }, value: 1 },
    ]);
    depth = { queued: 0, active: 2 };
    expect(await values(metrics, 'ekst_job_queue_depth')).toEqual([
      { labels: { queue: 'email-delivery', state: 'queued' }, value: 0 },
      { labels: { queue: 'email-delivery', state: 'active' }, value: 2 },
    ]);
  });

  it('leaves a queue out of a scrape when its depth cannot be read, and still answers', async () => {
    let broken = false;
    const metrics = metricsWith({
      depth: () =>
        broken
          ? Promise.reject(new Error('relation missing'))
          : Promise.resolve({ queued: 5, active: 0 }),
    });
    expect(await values(metrics, 'ekst_job_queue_depth')).toHaveLength(2);
    broken = true;
    expect(await values(metrics, 'ekst_job_queue_depth')).toEqual([]);
    expect(await metrics.registry.metrics()).toContain('ekst_outbox_unsent_rows');
  });

  it('has no job-queue series for a service without queues', async () => {
    expect(await values(metricsWith({}), 'ekst_job_queue_depth')).toEqual([]);
  });

  it('exports readiness as ekst_ready', async () => {
    let ready = true;
    const metrics = metricsWith({ isReady: () => Promise.resolve(ready) });
    expect(await values(metrics, 'ekst_ready')).toEqual([{ labels: {}, value: 1 }]);
    ready = false;
    expect(await values(metrics, 'ekst_ready')).toEqual([{ labels: {}, value: 0 }]);
  });
});
