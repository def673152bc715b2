import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { DeliverySettings } from '../config';

/** The pg-boss queue of e-mails to send, on this service's own PostgreSQL (schema `pgboss`). */
export const EMAIL_QUEUE = 'email-delivery';

export interface EmailJob {
  deliveryId: string;
}

let boss: Promise<PgBoss> | null = null;

/**
 * The process's queue, started once. Retries use pg-boss's exponential backoff, which adds
 * jitter (each delay is between half and all of retryDelay·2^n), so a recovering SMTP server is
 * not hit by every retry at once.
 */
export function deliveryQueue(settings: DeliverySettings): Promise<PgBoss> {
  boss ??= (async () => {
    const b = new PgBoss({
      connectionString: settings.databaseUrl,
      max: settings.queuePoolMax,
      application_name: 'communications-delivery',
      // pg-boss' own housekeeping; our delivery table is what people read.
      deleteAfterDays: 7,
    });
    b.on('error', () => {
      /* reported through job failures; a lost connection is retried by pg-boss */
    });
    await b.start();
    await b.createQueue(EMAIL_QUEUE, {
      name: EMAIL_QUEUE,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: 120,
    });
    return b;
  })().catch((err: unknown) => {
    boss = null;
    throw err;
  });
  return boss;
}

export async function stopDeliveryQueue(): Promise<void> {
  const b = boss;
  boss = null;
  if (b) await (await b).stop({ graceful: true, wait: true, timeout: 10_000 });
}

/**
 * Enqueues a delivery in the caller's transaction (pg-boss runs its insert through `manager`),
 * so the job exists exactly when the delivery row does: nothing is lost, nothing sent twice.
 */
export async function enqueueDelivery(
  settings: DeliverySettings,
  manager: EntityManager,
  deliveryId: string,
  startAfterSeconds = 0,
): Promise<void> {
  const b = await deliveryQueue(settings);
  await b.send(EMAIL_QUEUE, { deliveryId } satisfies EmailJob, {
    ...(startAfterSeconds > 0 ? { startAfter: startAfterSeconds } : {}),
    db: {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: (await manager.query(text, values)) as unknown[],
      }),
    },
  });
}
