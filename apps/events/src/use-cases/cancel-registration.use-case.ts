import type { Caller } from '@ekst/auth';
import { isUuid, userError } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { canActForRegistrant, PLACE_HOLDING_STATUSES } from '../domain/registration';
import { PersonProjectionEntity } from '../entities/person-projection.entity';
import { RegistrationEntity } from '../entities/registration.entity';
import { appendRegistrationChanged } from './outbox-events';
import { lockEvent, offerFreePlaces } from './places';

export type RegistrationChangeResult =
  | { outcome: 'ok'; registration: RegistrationEntity; offered: RegistrationEntity[]; errors: [] }
  | { outcome: 'rejected'; registration: null; errors: UserError[] }
  | { outcome: 'forbidden' };

export function rejectedChange(
  code: string,
  message: string,
  field = 'registrationId',
): RegistrationChangeResult {
  return { outcome: 'rejected', registration: null, errors: [userError(code, message, field)] };
}

const NOT_FOUND = () => rejectedChange('NOT_FOUND', 'no registration with this id');

/**
 * Loads a registration and checks the caller may act for its person (themself, their partner's
 * staff, the coordinator); anyone else is FORBIDDEN.
 */
export async function loadForRegistrant(
  ds: DataSource,
  registrationId: string,
  caller: Caller,
): Promise<RegistrationEntity | 'forbidden' | null> {
  if (!isUuid(registrationId)) return null;
  const m = ds.manager;
  const r = await m.getRepository(RegistrationEntity).findOneBy({ id: registrationId });
  if (!r) return null;
  const person = await m.getRepository(PersonProjectionEntity).findOneBy({ id: r.personId });
  return canActForRegistrant(caller, r.personId, person?.partnerId ?? r.partnerId)
    ? r
    : 'forbidden';
}

/**
 * Cancels a place, an offer or a place in the queue. A freed place goes at once, as an offer with
 * a deadline, to the next eligible person on the waitlist.
 */
export async function cancelRegistration(
  dataSource: DataSource,
  args: { registrationId: string; caller: Caller },
  opts: { topic: string; now?: Date },
): Promise<RegistrationChangeResult> {
  const now = opts.now ?? new Date();
  const found = await loadForRegistrant(dataSource, args.registrationId, args.caller);
  if (found === 'forbidden') return { outcome: 'forbidden' };
  if (!found) return NOT_FOUND();
  return dataSource.transaction(async (m): Promise<RegistrationChangeResult> => {
    const event = await lockEvent(m, found.eventId);
    const r = await m.getRepository(RegistrationEntity).findOneBy({ id: found.id });
    if (!event || !r) return NOT_FOUND();
    if (!['REGISTERED', 'WAITLISTED', 'OFFERED'].includes(r.status)) {
      return rejectedChange('NOT_ACTIVE', `this registration is ${r.status}`);
    }
    if (event.startsAt.getTime() <= now.getTime()) {
      return rejectedChange('EVENT_STARTED', 'this event has already started', 'registrationId');
    }
    const heldPlace = PLACE_HOLDING_STATUSES.includes(r.status);
    const self = args.caller.kind === 'person' && args.caller.subject === r.personId;
    Object.assign(r, {
      status: 'CANCELLED',
      waitlistPosition: null,
      offerExpiresAt: null,
      cancelledAt: now,
      cancellation: self ? 'SELF' : 'STAFF',
    });
    await m.getRepository(RegistrationEntity).save(r);
    await appendRegistrationChanged(m, opts.topic, r);
    const offered = heldPlace ? await offerFreePlaces(m, event, now, opts.topic) : [];
    return { outcome: 'ok', registration: r, offered, errors: [] };
  });
}
