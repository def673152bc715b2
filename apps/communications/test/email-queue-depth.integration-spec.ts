import { createServiceDataSource } from '@ekst/persistence';
import { createLogger, createSubgraphMetrics } from '@ekst/subgraph-kit';
import type { MessagingRuntime } from '@ekst/messaging';
import { createTestDatabase } from '@ekst/testing';
import type { TestDatabase } from '@ekst/testing';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { EMAIL_QUEUE } from '../src/delivery/queue';
import { emailQueueDepth } from '../src/delivery/queue-depth';
import { communicationsModule } from '../src/module';

/**
 * `ekst_job_queue_depth{queue="email-delivery"}` against a real pg-boss queue on a real
 * PostgreSQL: jobs waiting (now, deferred or for a retry) are queued, a fetched one is active,
 * finished ones leave the count; and the count agrees with pg-boss's own `getQueueSize`.
 */
describe('communications: e-mail queue depth', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let boss: PgBoss;

  beforeAll(async () => {
    db = await createTestDatabase({
      service: 'communications',
      entities: communicationsModule.entities,
      migrations: communicationsModule.migrations,
    });
    ({ dataSource: ds } = createServiceDataSource(
      { url: db.url, applicationName: 'queue-depth-test', poolMax: 2 },
      { entities: communicationsModule.entities, migrations: [] },
    ));
    await ds.initialize();
    boss = new PgBoss({ connectionString: db.url, max: 2, supervise: false, schedule: false });
    boss.on('error', () => undefined);
    await boss.start();
    await boss.createQueue(EMAIL_QUEUE, { name: EMAIL_QUEUE, retryLimit: 3, retryDelay: 1 });
  });

  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: true });
    await ds?.destroy();
    await db?.drop();
  });

  it('counts queued and active jobs as pg-boss does', async () => {
    expect(await emailQueueDepth(ds)).toEqual({ queued: 0, active: 0 });

    await boss.send(EMAIL_QUEUE, { deliveryId: 'a' });
    await boss.send(EMAIL_QUEUE, { deliveryId: 'b' });
    await boss.send(EMAIL_QUEUE, { deliveryId: 'later' }, { startAfter: 3600 });
    expect(await emailQueueDepth(ds)).toEqual({ queued: 3, active: 0 });

    // one taken by a worker; the other and the deferred one still wait
    const [taken] = await boss.fetch(EMAIL_QUEUE);
    expect(await emailQueueDepth(ds)).toEqual({ queued: 2, active: 1 });
    expect(await boss.getQueueSize(EMAIL_QUEUE)).toBe(2);

    // a failed send waits for its retry: queued again
    await boss.fail(EMAIL_QUEUE, taken.id, { error: 'smtp down' });
    expect(await emailQueueDepth(ds)).toEqual({ queued: 3, active: 0 });
    expect(await boss.getQueueSize(EMAIL_QUEUE)).toBe(3);

    // a sent one leaves the count
    const [next] = await boss.fetch(EMAIL_QUEUE);
    await boss.complete(EMAIL_QUEUE, next.id);
    expect(await emailQueueDepth(ds)).toEqual({ queued: 2, active: 0 });
  });

  it('is what the service exports at /metrics as ekst_job_queue_depth', async () => {
    const messaging = { groupId: 'communications', consumer: null, consumerLag: () => [] };
    const metrics = createSubgraphMetrics('communications', {
      dataSource: ds,
      messaging: messaging as unknown as MessagingRuntime,
      log: createLogger('communications', 'silent'),
      jobQueues: communicationsModule.jobQueues,
    });
    const text = await metrics.registry.metrics();
    const depth = await emailQueueDepth(ds);
    expect(text).toContain(
      `ekst_job_queue_depth{queue="email-delivery",state="queued",service="communications"} ${depth.queued}`,
    );
    expect(text).toContain(
      `ekst_job_queue_depth{queue="email-delivery",state="active",service="communications"} ${depth.active}`,
    );
  });
});
