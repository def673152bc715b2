import type { Tx } from '@ekst/messaging';
import type { DataSource } from 'typeorm';
import { deliverySettings } from '../config';
import { notify } from './notify';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reminds everyone holding a place at each published event starting within the next day, once
 * per event (per start time: a moved event is reminded again). Each event in its own transaction,
 * its rows locked, so two runs never remind twice.
 */
export async function sendDueReminders(
  deps: { dataSource: DataSource; transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> },
  now: Date,
): Promise<number> {
  const due = (await deps.dataSource.query(
    `SELECT id FROM event_projection
      WHERE status = 'PUBLISHED' AND reminded_at IS NULL AND starts_at > $1 AND starts_at <= $2`,
    [now, new Date(now.getTime() + DAY_MS)],
  )) as Array<{ id: string }>;
  let count = 0;
  for (const { id } of due) {
    await deps.transaction(async ({ manager }) => {
      const rows = (await manager.query(
        `SELECT id, title, starts_at FROM event_projection
          WHERE id = $1 AND reminded_at IS NULL AND status = 'PUBLISHED' FOR UPDATE SKIP LOCKED`,
        [id],
      )) as Array<{ id: string; title: string; starts_at: Date }>;
      const event = rows[0];
      if (!event) return;
      const people = (await manager.query(
        `SELECT DISTINCT person_id FROM registration_projection WHERE event_id = $1 AND status = 'REGISTERED'`,
        [id],
      )) as Array<{ person_id: string }>;
      await notify(manager, deliverySettings(), {
        sourceKey: `reminder:${id}:${event.starts_at.toISOString()}`,
        input: {
          template: 'EVENT_REMINDER',
          eventId: id,
          eventTitle: event.title,
          startsAt: event.starts_at.toISOString(),
        },
        recipients: people.map((p) => ({ personId: p.person_id })),
      });
      await manager.query(`UPDATE event_projection SET reminded_at = $2 WHERE id = $1`, [id, now]);
      count += 1;
    });
  }
  return count;
}
