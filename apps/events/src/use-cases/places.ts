import { randomBytes } from 'node:crypto';
import type { Tx } from '@ekst/messaging';
import { isUuid } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { chooseOffers, offerDeadline } from '../domain/registration';
import { EventEntity } from '../entities/event.entity';
import { RegistrationEntity } from '../entities/registration.entity';
import { appendPlaceOffered, appendRegistrationChanged } from './outbox-events';

/** SQL list of the statuses that hold a place (PLACE_HOLDING_STATUSES). */
export const HOLDS_PLACE_SQL = `('REGISTERED','OFFERED','ATTENDED','NO_SHOW')`;

/**
 * Locks the event row for the rest of the transaction. Every change to who holds a place at an
 * event (register, cancel, offer, confirm, expire, capacity change) takes this lock first, so they
 * are serialised per event and each sees the state the previous one committed.
 */
export async function lockEvent(m: EntityManager, id: string): Promise<EventEntity | null> {
  if (!isUuid(id)) return null;
  return m
    .getRepository(EventEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I: read aloud at a door

/** A per-registration check-in code, random enough not to be guessed (10 × 5 bits). */
export function newCheckInCode(): string {
  return [...randomBytes(10)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/**
 * Offers every free place to the next eligible people on the waitlist (the event must be locked
 * by the caller), each with a deadline to confirm, and announces each offer through the
 * transaction's outbox. Nothing is offered once the event has started or is not PUBLISHED. The one
 * path for every freed place: a cancellation, a lapsed offer, a higher capacity, an erasure.
 */
export async function offerFreePlaces(
  tx: Pick<Tx, 'manager' | 'outbox'>,
  event: EventEntity,
  now: Date,
): Promise<RegistrationEntity[]> {
  const m = tx.manager;
  if (event.status !== 'PUBLISHED' || event.startsAt.getTime() <= now.getTime()) return [];
  const holders = (await m.query(
    `SELECT partner_id, count(*)::int AS n FROM registration
     WHERE event_id = $1 AND status IN ${HOLDS_PLACE_SQL} GROUP BY partner_id`,
    [event.id],
  )) as Array<{ partner_id: string | null; n: number }>;
  const taken = holders.reduce((sum, h) => sum + h.n, 0);
  if (taken >= event.capacity) return [];
  const waiting = await m.getRepository(RegistrationEntity).find({
    where: { eventId: event.id, status: 'WAITLISTED' },
    order: { waitlistPosition: 'ASC' },
  });
  const chosen = chooseOffers({
    capacity: event.capacity,
    taken,
    partnerQuota: event.partnerQuota,
    takenByPartner: new Map(holders.map((h) => [h.partner_id ?? '', h.n])),
    waiting,
  });
  const confirmBy = offerDeadline(now, event.startsAt);
  const offered: RegistrationEntity[] = [];
  const byId = new Map(waiting.map((w) => [w.id, w]));
  for (const id of chosen) {
    const r = byId.get(id);
    if (!r) continue;
    r.status = 'OFFERED';
    r.waitlistPosition = null;
    r.offerExpiresAt = confirmBy;
    await m
      .getRepository(RegistrationEntity)
      .update({ id }, { status: 'OFFERED', waitlistPosition: null, offerExpiresAt: confirmBy });
    await appendRegistrationChanged(tx.outbox, r);
    await appendPlaceOffered(tx.outbox, {
      registrationId: id,
      eventId: event.id,
      personId: r.personId,
      confirmBy,
    });
    offered.push(r);
  }
  return offered;
}
