import type { Caller } from '@ekst/auth';
import type { Tx } from '@ekst/messaging';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import { canActForRegistrant, PLACE_HOLDING_STATUSES } from '../domain/registration';
import type { EventEntity } from '../entities/event.entity';
import { PersonProjectionEntity } from '../entities/person-projection.entity';
import { RegistrationEntity } from '../entities/registration.entity';
import type { EventsDeps, EventsResult } from './events-use-case';
import { appendRegistrationChanged } from './outbox-events';
import { lockEvent, offerFreePlaces } from './places';

/** A registration after a change, and whoever was offered a place it freed. */
export interface RegistrationChange {
  registration: RegistrationEntity;
  offered: RegistrationEntity[];
}

const notFound = () =>
  rejected(userError('NOT_FOUND', 'no registration with this id', 'registrationId'));

/**
 * Loads a registration with its event locked (so the change that follows sees the state the
 * previous one committed) and checks the caller may act for its person: themself, their
 * partner's staff, the coordinator (canActForRegistrant); anyone else is FORBIDDEN.
 */
export async function lockForRegistrant(
  tx: Tx,
  caller: Caller,
  registrationId: string,
): Promise<EventsResult<{ event: EventEntity; registration: RegistrationEntity }>> {
  if (!isUuid(registrationId)) return notFound();
  const registrations = tx.manager.getRepository(RegistrationEntity);
  const found = await registrations.findOneBy({ id: registrationId });
  if (!found) return notFound();
  const event = await lockEvent(tx.manager, found.eventId);
  const registration = await registrations.findOneBy({ id: registrationId });
  if (!event || !registration) return notFound();
  const person = await tx.manager
    .getRepository(PersonProjectionEntity)
    .findOneBy({ id: registration.personId });
  if (
    !canActForRegistrant(caller, registration.personId, person?.partnerId ?? registration.partnerId)
  )
    return refused('You cannot act for this person');
  return done({ event, registration });
}

/**
 * Cancels a place, an offer or a place in the queue. A freed place goes at once, as an offer with
 * a deadline, to the next eligible person on the waitlist.
 */
export async function cancelRegistration(
  deps: EventsDeps,
  args: { registrationId: string },
): Promise<EventsResult<RegistrationChange>> {
  const now = deps.clock.now();
  return deps.transaction(async (tx): Promise<EventsResult<RegistrationChange>> => {
    const found = await lockForRegistrant(tx, deps.caller, args.registrationId);
    if (found.kind !== 'done') return found;
    const { event, registration: r } = found.value;
    if (!['REGISTERED', 'WAITLISTED', 'OFFERED'].includes(r.status)) {
      return rejected(
        userError('NOT_ACTIVE', `this registration is ${r.status}`, 'registrationId'),
      );
    }
    if (event.startsAt.getTime() <= now.getTime()) {
      return rejected(
        userError('EVENT_STARTED', 'this event has already started', 'registrationId'),
      );
    }
    const heldPlace = PLACE_HOLDING_STATUSES.includes(r.status);
    const self = deps.caller.kind === 'person' && deps.caller.subject === r.personId;
    Object.assign(r, {
      status: 'CANCELLED',
      waitlistPosition: null,
      offerExpiresAt: null,
      cancelledAt: now,
      cancellation: self ? 'SELF' : 'STAFF',
    });
    await tx.manager.getRepository(RegistrationEntity).save(r);
    await appendRegistrationChanged(tx.outbox, r);
    const offered = heldPlace ? await offerFreePlaces(tx, event, now) : [];
    return done({ registration: r, offered });
  });
}
