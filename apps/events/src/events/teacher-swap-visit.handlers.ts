import { randomUUID } from 'node:crypto';
import { SwapEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import type { Tx } from '@ekst/messaging';
import { canTransition } from '../domain/event';
import { SWAP_WITHDRAWN_REASON, teacherSwapVisit } from '../domain/teacher-swap-visit';
import { EventEntity } from '../entities/event.entity';
import { appendEventScheduled } from '../use-cases/event-scheduled.outbox';
import { appendEventCancelled } from '../use-cases/outbox-events';

/**
 * A scheduled swap appears in the programme as a PUBLISHED TEACHER_SWAP_VISIT at the host school,
 * announced like any published event (EventScheduled). Keyed by swap id (`event_swap_id_uq`): a
 * second SwapScheduled for the same swap, whatever its envelope, inserts nothing and announces
 * nothing. The contract has no rescheduling, so the first dates stand.
 */
export const swapScheduledHandler = defineHandler(
  SwapEvents.scheduled,
  async ({ manager, outbox }, p) => {
    const visit = teacherSwapVisit(p);
    // A school day in UK time, whatever the clock change: Postgres knows Europe/London's rules.
    const [{ starts_at: startsAt, ends_at: endsAt }] = (await manager.query(
      `SELECT ($1::date + $2::time) AT TIME ZONE 'Europe/London' AS starts_at,
              ($3::date + $4::time) AT TIME ZONE 'Europe/London' AS ends_at`,
      [visit.startsOn, visit.startsAtLocalTime, visit.endsOn, visit.endsAtLocalTime],
    )) as Array<{ starts_at: Date; ends_at: Date }>;
    const repo = manager.getRepository(EventEntity);
    const event = repo.create({
      id: randomUUID(),
      title: visit.title,
      kind: 'TEACHER_SWAP_VISIT',
      audience: 'TEACHERS',
      yearGroups: [],
      hostPartnerId: p.hostPartnerId,
      venue: null,
      startsAt,
      endsAt,
      aims: visit.aims,
      capacity: visit.capacity,
      status: 'PUBLISHED',
      cancelReason: null,
      partnerQuota: null,
      requiredConsents: [],
      seriesId: null,
      copiedFromId: null,
      proposalId: null,
      swapId: p.swapId,
      completedAt: null,
      publishedAt: new Date(),
    });
    const inserted = (await repo
      .createQueryBuilder()
      .insert()
      .values(event)
      .orIgnore()
      .returning('id')
      .execute()) as { raw: unknown[] };
    if (inserted.raw.length === 0) return;
    await appendEventScheduled(outbox, await repo.findOneByOrFail({ id: event.id }));
  },
);

/**
 * A withdrawn swap's visit is cancelled, as `cancelEvent` would (EventCancelled, then the new
 * state); one already cancelled or completed, or never scheduled, is left as it is.
 */
async function cancelWithdrawnSwapVisit({ manager, outbox }: Tx, swapId: string): Promise<void> {
  const repo = manager.getRepository(EventEntity);
  const event = await repo.findOne({
    where: { swapId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!event || !canTransition(event.status, 'CANCELLED')) return;
  event.status = 'CANCELLED';
  event.cancelReason = SWAP_WITHDRAWN_REASON;
  await repo.save(event);
  await appendEventCancelled(outbox, { eventId: event.id, reason: SWAP_WITHDRAWN_REASON });
  await appendEventScheduled(outbox, event);
}

/** SwapWithdrawn v2, what teacher-swap sends: the swap's id only. */
export const swapWithdrawnHandler = defineHandler(SwapEvents.withdrawn, (tx, p) =>
  cancelWithdrawnSwapVisit(tx, p.swapId),
);

/**
 * SwapWithdrawn v1, still on the topic from before v2 (until retention removes it): applied the
 * same way; its free-text reason is ignored, never stored.
 */
export const swapWithdrawnV1Handler = defineHandler(SwapEvents.withdrawnV1, (tx, p) =>
  cancelWithdrawnSwapVisit(tx, p.swapId),
);
