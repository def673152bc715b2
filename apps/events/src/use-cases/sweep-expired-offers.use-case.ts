import type { Tx } from '@ekst/messaging';
import type { DataSource } from 'typeorm';
import { RegistrationEntity } from '../entities/registration.entity';
import { appendOfferExpired, appendRegistrationChanged } from './outbox-events';
import { lockEvent, offerFreePlaces } from './places';

/** What the sweep needs: a job's deps, or a use case's (tests run it at a chosen time). */
export interface SweepDeps {
  readonly dataSource: DataSource;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

/**
 * Passes every offer whose deadline has passed to the next eligible person. All state is in the
 * database (status OFFERED, offer_expires_at), so a sweep after a restart, or on another instance,
 * finds exactly what is due; each event is handled in its own transaction under the event lock,
 * so a confirmation racing the deadline either wins before the sweep or finds the offer gone.
 */
export async function sweepExpiredOffers(
  deps: SweepDeps,
  now: Date,
): Promise<{ expired: number; offered: number }> {
  const due = (await deps.dataSource.query(
    `SELECT DISTINCT event_id FROM registration WHERE status = 'OFFERED' AND offer_expires_at <= $1`,
    [now],
  )) as Array<{ event_id: string }>;
  let expired = 0;
  let offered = 0;
  for (const { event_id } of due) {
    await deps.transaction(async (tx) => {
      const event = await lockEvent(tx.manager, event_id);
      if (!event) return;
      const result = await tx.manager
        .createQueryBuilder()
        .update(RegistrationEntity)
        .set({
          status: 'CANCELLED',
          offerExpiresAt: null,
          cancelledAt: now,
          cancellation: 'OFFER_EXPIRED',
        })
        .where(`event_id = :id AND status = 'OFFERED' AND offer_expires_at <= :now`, {
          id: event_id,
          now,
        })
        .returning('id, person_id')
        .execute();
      const lapsed = result.raw as Array<{ id: string; person_id: string }>;
      for (const r of lapsed) {
        await appendRegistrationChanged(tx.outbox, {
          id: r.id,
          eventId: event_id,
          personId: r.person_id,
          status: 'CANCELLED',
        });
        await appendOfferExpired(tx.outbox, {
          registrationId: r.id,
          eventId: event_id,
          personId: r.person_id,
        });
      }
      expired += result.affected ?? 0;
      offered += (await offerFreePlaces(tx, event, now)).length;
    });
  }
  return { expired, offered };
}
