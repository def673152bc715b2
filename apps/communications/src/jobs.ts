import type { BackgroundJob } from '@ekst/subgraph-kit';
import { deliverySettings } from './config';
import { startDeliveryWorker } from './delivery/worker';
import { warmEmailRenderer } from './templates/render-email';
import { sendDueReminders } from './use-cases/send-reminders';

/**
 * Keeps this process's e-mail workers running (started on the first run; a failed start, e.g.
 * the database briefly away, is tried again on the next).
 */
export const deliveryWorkerJob: BackgroundJob = {
  name: 'communications:delivery-worker',
  intervalMs: 15_000,
  async run(deps) {
    // the renderer too, before a request needs it (render-email.ts); both are once per process
    await Promise.all([
      startDeliveryWorker(deps.dataSource, deliverySettings(), deps.log),
      warmEmailRenderer(),
    ]);
  },
};

/**
 * The day-before reminders. State is in the database (`event_projection.reminded_at`, and the
 * unique message identity), so a run after a restart sends exactly what is still due.
 */
export const reminderJob: BackgroundJob = {
  name: 'communications:event-reminders',
  intervalMs: 60_000,
  async run(deps) {
    const sent = await sendDueReminders(deps, deps.now);
    if (sent > 0) deps.log.info({ events: sent }, 'day-before reminders queued');
  },
};
