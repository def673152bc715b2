import type { DataSource } from 'typeorm';
import type { Logger } from '@ekst/subgraph-kit';
import type { DeliverySettings } from '../config';
import type { EmailJob } from './queue';
import { deliveryQueue, EMAIL_QUEUE } from './queue';
import { describeFailure, sendDelivery } from './send-delivery';

let started: Promise<void> | null = null;

/**
 * Starts this process's e-mail workers once: pg-boss hands each job to one worker across every
 * instance (SKIP LOCKED), and a failed job is failed on its own so the rest of a batch completes.
 */
export function startDeliveryWorker(
  dataSource: DataSource,
  settings: DeliverySettings,
  log: Logger,
): Promise<void> {
  started ??= (async () => {
    const boss = await deliveryQueue(settings);
    await boss.work<EmailJob>(
      EMAIL_QUEUE,
      {
        // pg-boss fetches one batch per polling interval: the batch size bounds throughput
        // (10 gave 10 e-mails/s in tools/bench/notifications.ts); sends in a batch run together
        // over the SMTP pool's few connections.
        batchSize: 50,
        pollingIntervalSeconds: settings.pollingIntervalSeconds,
        includeMetadata: true,
      },
      async (jobs) => {
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await sendDelivery(dataSource, settings, job.data.deliveryId, {
                retryCount: job.retryCount,
                retryLimit: job.retryLimit,
              });
            } catch (err) {
              log.warn(
                {
                  deliveryId: job.data.deliveryId,
                  attempt: job.retryCount + 1,
                  err: describeFailure(err),
                },
                'e-mail not sent; the queue retries it',
              );
              await boss.fail(EMAIL_QUEUE, job.id, { error: describeFailure(err) });
            }
          }),
        );
      },
    );
  })().catch((err: unknown) => {
    started = null;
    throw err;
  });
  return started;
}
