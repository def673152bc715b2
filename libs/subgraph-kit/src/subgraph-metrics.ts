import type { MessagingRuntime } from '@ekst/messaging';
import { Gauge, ServiceMetrics, withTimeout } from '@ekst/telemetry';
import type { DataSource } from 'typeorm';
import type { Logger } from './logger';

/** How long one scrape may wait on the database or the broker before leaving a value out. */
const SCRAPE_TIMEOUT_MS = 2000;

interface PgPoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * A queue of work a service keeps besides Kafka (communications' e-mail deliveries on pg-boss).
 * `depth` counts its jobs by state at scrape time, from the service's own database.
 */
export interface JobQueue {
  /** the queue's name, the `queue` label */
  name: string;
  depth(dataSource: DataSource): Promise<JobQueueDepth>;
}

export interface JobQueueDepth {
  /** waiting to be picked up: new, deferred or waiting for a retry */
  queued: number;
  /** taken by a worker and not yet finished */
  active: number;
}

/**
 * A subgraph's metrics: HTTP and GraphQL (from `ServiceMetrics`) plus what only a service with an
 * outbox, an inbox consumer and a database can say, each read at scrape time:
 * - `ekst_outbox_unsent_rows`, `ekst_outbox_oldest_unsent_age_seconds`: the relay's backlog;
 * - `ekst_consumer_lag{group,topic,partition}`: messages not yet applied, from Kafka's offsets;
 * - `ekst_consumer_running`: 1 while this instance's consumer is in its group;
 * - `ekst_dead_letters_pending`: dead letters not yet redriven;
 * - `ekst_db_pool_connections{state}`: the TypeORM pool (total, idle, waiting);
 * - `ekst_job_queue_depth{queue,state}`: each of the module's `jobQueues` (queued, active);
 * - `ekst_ready`: what `/health/ready` would answer (1 or 0), from `isReady`.
 * A value that cannot be read in time is left out of that scrape (and logged at debug).
 */
export function createSubgraphMetrics(
  service: string,
  deps: {
    dataSource: DataSource;
    messaging: MessagingRuntime;
    log: Logger;
    isReady?: () => Promise<boolean>;
    jobQueues?: readonly JobQueue[];
  },
): ServiceMetrics {
  const metrics = new ServiceMetrics(service, { isReady: deps.isReady });
  const { dataSource, messaging, log } = deps;
  const jobQueues = deps.jobQueues ?? [];
  const registers = [metrics.registry];
  const attempt = async (what: string, fn: () => Promise<void>) => {
    try {
      await withTimeout(fn(), SCRAPE_TIMEOUT_MS);
    } catch (err) {
      log.debug({ err: (err as Error).message, metric: what }, 'metric not collected');
    }
  };

  new Gauge({
    name: 'ekst_outbox_unsent_rows',
    help: 'Outbox rows not yet published to Kafka',
    registers,
    async collect() {
      await attempt('ekst_outbox_unsent_rows', async () => {
        const [row] = (await dataSource.query(
          `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`,
        )) as Array<{ n: number }>;
        this.set(row.n);
      });
    },
  });
  new Gauge({
    name: 'ekst_outbox_oldest_unsent_age_seconds',
    help: 'Age of the oldest outbox row not yet published (0 when none)',
    registers,
    async collect() {
      await attempt('ekst_outbox_oldest_unsent_age_seconds', async () => {
        const [row] = (await dataSource.query(
          `SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age
           FROM outbox WHERE sent_at IS NULL`,
        )) as Array<{ age: number }>;
        this.set(row.age);
      });
    },
  });
  new Gauge({
    name: 'ekst_consumer_lag',
    help: "Messages on a consumed partition not yet applied by this service's consumer group",
    labelNames: ['group', 'topic', 'partition'],
    registers,
    async collect() {
      await attempt('ekst_consumer_lag', async () => {
        const lags = await messaging.consumerLag();
        this.reset();
        for (const l of lags)
          this.set(
            { group: messaging.groupId, topic: l.topic, partition: String(l.partition) },
            l.lag,
          );
      });
    },
  });
  new Gauge({
    name: 'ekst_consumer_running',
    help: "1 while this instance's inbox consumer is a member of its group, else 0",
    registers,
    collect() {
      this.set(messaging.consumer?.healthy ? 1 : 0);
    },
  });
  new Gauge({
    name: 'ekst_dead_letters_pending',
    help: 'Dead-lettered events not yet redriven (npm run dlq)',
    registers,
    async collect() {
      await attempt('ekst_dead_letters_pending', async () => {
        const [row] = (await dataSource.query(
          `SELECT count(*)::int AS n FROM dead_letter WHERE redriven_at IS NULL`,
        )) as Array<{ n: number }>;
        this.set(row.n);
      });
    },
  });
  new Gauge({
    name: 'ekst_db_pool_connections',
    help: "The service's database pool: total, idle and waiting (clients queued for a connection)",
    labelNames: ['state'],
    registers,
    collect() {
      const pool = (dataSource.driver as unknown as { master?: PgPoolStats }).master;
      if (!pool) return;
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  new Gauge({
    name: 'ekst_job_queue_depth',
    help: 'Jobs in a work queue of this service, by queue and state (queued, active)',
    labelNames: ['queue', 'state'],
    registers,
    async collect() {
      // a queue whose depth cannot be read now is left out, not shown at its last value
      this.reset();
      for (const q of jobQueues) {
        await attempt(`ekst_job_queue_depth{queue="${q.name}"}`, async () => {
          const depth = await q.depth(dataSource);
          this.set({ queue: q.name, state: 'queued' }, depth.queued);
          this.set({ queue: q.name, state: 'active' }, depth.active);
        });
      }
    },
  });
  return metrics;
}
