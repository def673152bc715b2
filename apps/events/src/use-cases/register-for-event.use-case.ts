import { randomUUID } from 'node:crypto';
import type { Role } from '@ekst/auth';
import { done, isUuid, refused, rejected, userError, LONDON_TODAY_SQL } from '@ekst/subgraph-kit';
import { QueryFailedError } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { canSeeEvent } from '../domain/event';
import type { ConsentKind } from '../domain/event';
import { canRegisterPerson, decidePlacement, refuseRegistration } from '../domain/registration';
import type { RegistrationRefusal } from '../domain/registration';
import { RegistrationEntity } from '../entities/registration.entity';
import type { EventsDeps, EventsResult } from './events-use-case';
import { appendRegistrationChanged } from './outbox-events';
import { HOLDS_PLACE_SQL, lockEvent, newCheckInCode, serialisePerEvent } from './places';

const REFUSAL_MESSAGES: Record<RegistrationRefusal, string> = {
  EVENT_NOT_OPEN: 'this event is not open for registration',
  EVENT_CANCELLED: 'this event has been cancelled',
  EVENT_STARTED: 'this event has already started',
  NOT_IN_AUDIENCE: 'this event is not for this person',
  YEAR_GROUP_NOT_ELIGIBLE: "this event is not for this person's year group",
  PARTNER_NOT_MEMBER: "this person's school or organisation is not a member of the partnership",
  CONSENT_REQUIRED: 'this event needs a consent this person has not given',
  PERSON_LEFT: 'this person has left the partnership',
};

interface PersonForRegistration {
  id: string;
  partnerId: string;
  roles: Role[];
  yearGroup: number | null;
  partnerActive: boolean;
  consents: ConsentKind[];
  leftOn: string | null;
}

/** The person with what eligibility needs: partner membership today, and consents granted. */
async function loadPerson(
  m: EntityManager,
  personId: string,
): Promise<PersonForRegistration | null> {
  const [row] = (await m.query(
    `SELECT p.id, p.partner_id, p.roles, p.year_group, to_char(p.left_on, 'YYYY-MM-DD') AS left_on,
            (pp.id IS NOT NULL AND (pp.left_on IS NULL OR pp.left_on > ${LONDON_TODAY_SQL})) AS partner_active,
            coalesce((SELECT array_agg(c.kind) FROM person_consent c
                      WHERE c.person_id = p.id AND c.granted), '{}') AS consents
     FROM person_projection p LEFT JOIN partner_projection pp ON pp.id = p.partner_id
     WHERE p.id = $1`,
    [personId],
  )) as Array<{
    id: string;
    partner_id: string;
    roles: Role[];
    year_group: number | null;
    partner_active: boolean;
    consents: ConsentKind[];
    left_on: string | null;
  }>;
  return row
    ? {
        id: row.id,
        partnerId: row.partner_id,
        roles: row.roles,
        yearGroup: row.year_group,
        partnerActive: row.partner_active,
        consents: row.consents,
        leftOn: row.left_on,
      }
    : null;
}

const alreadyRegistered = () =>
  rejected(
    userError(
      'ALREADY_REGISTERED',
      'this person is already registered or waitlisted for this event',
      'personId',
    ),
  );

const unknownPerson = () =>
  rejected(userError('UNKNOWN_PERSON', 'no person with this id', 'personId'));

const CANNOT_REGISTER = 'You cannot register this person';

/**
 * Takes a place, or the next place in the queue, for a person at a published event.
 *
 * Per-partner quotas count the places a partner's people hold (registered, offered, attended).
 *
 * The last place can never be taken twice: the event row is locked (SELECT … FOR UPDATE) before
 * the places are counted, so registrations for one event are serialised, and the count and the
 * insert see the same state. Unique indexes back this up: one active registration per person and
 * event, one holder per waitlist position.
 */
export async function registerForEvent(
  deps: EventsDeps,
  args: { eventId: string; personId: string },
  opts: {
    /** false skips the in-process queue (tests prove the row lock alone is enough) */
    queue?: boolean;
  } = {},
): Promise<EventsResult<RegistrationEntity>> {
  const { eventId, personId } = args;
  const { caller } = deps;
  if (!isUuid(personId)) {
    return canRegisterPerson(caller, personId, null) ? unknownPerson() : refused(CANNOT_REGISTER);
  }
  // Authorise before revealing anything about the event: the person decides who may act. Read
  // before the event's queue and lock: the places are what the lock protects, and one round trip
  // fewer on that serialised path is one more registration a second for a popular event.
  const person = await loadPerson(deps.dataSource.manager, personId);
  if (!canRegisterPerson(caller, personId, person?.partnerId ?? null))
    return refused(CANNOT_REGISTER);
  if (!person) return unknownPerson();
  try {
    const run = (work: () => Promise<EventsResult<RegistrationEntity>>) =>
      opts.queue === false ? work() : serialisePerEvent(eventId, work);
    return await run(() =>
      deps.transaction(async (tx): Promise<EventsResult<RegistrationEntity>> => {
        const m = tx.manager;
        const event = await lockEvent(m, eventId);
        if (!event || !canSeeEvent(caller, event)) {
          return rejected(userError('NOT_FOUND', 'no event with this id', 'eventId'));
        }
        const now = deps.clock.now();
        const refusal = refuseRegistration(event, person, now);
        if (refusal)
          return rejected(
            userError(
              refusal,
              REFUSAL_MESSAGES[refusal],
              refusal === 'PERSON_LEFT' ? 'personId' : 'eventId',
            ),
          );

        // One statement for the whole state the rule needs; the event lock keeps it current.
        const [state] = (await m.query(
          `WITH holders AS (
           SELECT partner_id FROM registration WHERE event_id = $1 AND status IN ${HOLDS_PLACE_SQL}),
         by_partner AS (SELECT partner_id, count(*)::int AS n FROM holders GROUP BY partner_id)
         SELECT (SELECT count(*) FROM holders)::int AS taken,
                (SELECT count(*) FROM holders WHERE partner_id = $3)::int AS partner_taken,
                (SELECT count(*) FROM registration w
                 WHERE w.event_id = $1 AND w.status = 'WAITLISTED'
                   AND ($4::int IS NULL OR coalesce((SELECT n FROM by_partner b
                        WHERE b.partner_id IS NOT DISTINCT FROM w.partner_id), 0) < $4::int))::int
                  AS waiting_eligible,
                (SELECT max(waitlist_position) FROM registration
                 WHERE event_id = $1 AND status = 'WAITLISTED') AS last_position,
                EXISTS (SELECT 1 FROM registration
                        WHERE event_id = $1 AND person_id = $2 AND status <> 'CANCELLED') AS already`,
          [event.id, personId, person.partnerId, event.partnerQuota],
        )) as Array<{
          taken: number;
          partner_taken: number;
          waiting_eligible: number;
          last_position: number | null;
          already: boolean;
        }>;
        if (state.already) return alreadyRegistered();

        const placement = decidePlacement({
          capacity: event.capacity,
          taken: state.taken,
          partnerTaken: state.partner_taken,
          partnerQuota: event.partnerQuota,
          waitingEligible: state.waiting_eligible,
          lastWaitlistPosition: state.last_position,
        });
        const registration = m.getRepository(RegistrationEntity).create({
          id: randomUUID(),
          eventId: event.id,
          personId,
          partnerId: person.partnerId,
          status: placement.status,
          waitlistPosition: placement.waitlistPosition,
          registeredAt: now,
          offerExpiresAt: null,
          cancelledAt: null,
          cancellation: null,
          checkInCode: newCheckInCode(),
          checkedInAt: null,
          checkedOutAt: null,
        });
        await m.getRepository(RegistrationEntity).insert(registration);
        await appendRegistrationChanged(tx.outbox, registration);
        return done(registration);
      }),
    );
  } catch (err) {
    // Only reachable if the lock were bypassed (e.g. a row written by hand): the index decides.
    if (
      err instanceof QueryFailedError &&
      (err.driverError as { constraint?: string }).constraint === 'registration_active_person_uq'
    ) {
      return alreadyRegistered();
    }
    throw err;
  }
}
