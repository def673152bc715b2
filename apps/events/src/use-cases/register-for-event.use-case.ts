import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { isUuid, userError } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import { QueryFailedError } from 'typeorm';
import type { DataSource } from 'typeorm';
import { canSeeEvent } from '../domain/event';
import { canRegisterPerson, decidePlacement, refuseRegistration } from '../domain/registration';
import type { RegistrationRefusal } from '../domain/registration';
import { EventEntity } from '../entities/event.entity';
import { PersonProjectionEntity } from '../entities/person-projection.entity';
import { RegistrationEntity } from '../entities/registration.entity';

export type RegisterForEventResult =
  | { outcome: 'ok'; registration: RegistrationEntity; errors: [] }
  | { outcome: 'rejected'; registration: null; errors: UserError[] }
  | { outcome: 'forbidden' };

const REFUSAL_MESSAGES: Record<RegistrationRefusal, string> = {
  EVENT_NOT_OPEN: 'this event is not open for registration',
  EVENT_STARTED: 'this event has already started',
  NOT_IN_AUDIENCE: 'this event is not for this person',
  YEAR_GROUP_NOT_ELIGIBLE: "this event is not for this person's year group",
};

const ALREADY_REGISTERED = userError(
  'ALREADY_REGISTERED',
  'this person is already registered or waitlisted for this event',
  'personId',
);

function rejected(error: UserError): RegisterForEventResult {
  return { outcome: 'rejected', registration: null, errors: [error] };
}

/**
 * Takes a place, or the next place in the queue, for a person at a published event.
 *
 * The last place can never be taken twice: the event row is locked (SELECT … FOR UPDATE) before
 * the places are counted, so registrations for one event are serialised, and the count and the
 * insert see the same state. Unique indexes back this up: one active registration per person and
 * event, one holder per waitlist position.
 */
export async function registerForEvent(
  dataSource: DataSource,
  args: { eventId: string; personId: string; caller: Caller },
  opts: { now?: () => Date } = {},
): Promise<RegisterForEventResult> {
  const { eventId, personId, caller } = args;
  const now = opts.now ?? (() => new Date());
  if (!isUuid(personId)) {
    return canRegisterPerson(caller, personId, null)
      ? rejected(userError('UNKNOWN_PERSON', 'no person with this id', 'personId'))
      : { outcome: 'forbidden' };
  }
  try {
    return await dataSource.transaction(async (m) => {
      // Authorise before revealing anything about the event: the person decides who may act.
      const person = await m.getRepository(PersonProjectionEntity).findOneBy({ id: personId });
      if (!canRegisterPerson(caller, personId, person?.partnerId ?? null))
        return { outcome: 'forbidden' } as const;
      if (!person)
        return rejected(userError('UNKNOWN_PERSON', 'no person with this id', 'personId'));

      const event = isUuid(eventId)
        ? await m
            .getRepository(EventEntity)
            .findOne({ where: { id: eventId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!event || !canSeeEvent(caller, event)) {
        return rejected(userError('NOT_FOUND', 'no event with this id', 'eventId'));
      }
      const refusal = refuseRegistration(event, person, now());
      if (refusal) return rejected(userError(refusal, REFUSAL_MESSAGES[refusal], 'eventId'));

      const [state] = (await m.query(
        `SELECT count(*) FILTER (WHERE status = 'REGISTERED')::int AS registered,
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waiting,
                max(waitlist_position) FILTER (WHERE status = 'WAITLISTED') AS last_position,
                coalesce(bool_or(person_id = $2 AND status <> 'CANCELLED'), false) AS already
         FROM registration WHERE event_id = $1`,
        [event.id, personId],
      )) as Array<{
        registered: number;
        waiting: number;
        last_position: number | null;
        already: boolean;
      }>;
      if (state.already) return rejected(ALREADY_REGISTERED);

      const placement = decidePlacement({
        capacity: event.capacity,
        registered: state.registered,
        waiting: state.waiting,
        lastWaitlistPosition: state.last_position,
      });
      const registration = m.getRepository(RegistrationEntity).create({
        id: randomUUID(),
        eventId: event.id,
        personId,
        status: placement.status,
        waitlistPosition: placement.waitlistPosition,
        registeredAt: now(),
      });
      await m.getRepository(RegistrationEntity).insert(registration);
      return { outcome: 'ok', registration, errors: [] } as const;
    });
  } catch (err) {
    // Only reachable if the lock were bypassed (e.g. a row written by hand): the index decides.
    if (
      err instanceof QueryFailedError &&
      (err.driverError as { constraint?: string }).constraint === 'registration_active_person_uq'
    ) {
      return rejected(ALREADY_REGISTERED);
    }
    throw err;
  }
}
