import { randomUUID } from 'node:crypto';
import type { Role } from '@ekst/auth';
import type { TraceHeaders } from '@ekst/messaging';
import { currentTraceHeaders } from '@ekst/telemetry';
import { done, isUuid, refused, rejected, userError, LONDON_TODAY_SQL } from '@ekst/subgraph-kit';
import { QueryFailedError } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { canSeeEvent } from '../domain/event';
import type { ConsentKind } from '../domain/event';
import { canRegisterPerson, decidePlacement, refuseRegistration } from '../domain/registration';
import type { RegistrationRefusal } from '../domain/registration';
import { RegistrationEntity } from '../entities/registration.entity';
import type { EventsDeps, EventsResult } from './events-use-case';
import { appendRegistrationsChanged } from './outbox-events';
import { HOLDS_PLACE_SQL, lockEvent, newCheckInCode } from './places';

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

/** The people with what eligibility needs: partner membership today, and consents granted. */
async function loadPeople(
  m: EntityManager,
  personIds: readonly string[],
): Promise<Map<string, PersonForRegistration>> {
  const rows = (await m.query(
    `SELECT p.id, p.partner_id, p.roles, p.year_group, to_char(p.left_on, 'YYYY-MM-DD') AS left_on,
            (pp.id IS NOT NULL AND (pp.left_on IS NULL OR pp.left_on > ${LONDON_TODAY_SQL})) AS partner_active,
            coalesce((SELECT array_agg(c.kind) FROM person_consent c
                      WHERE c.person_id = p.id AND c.granted), '{}') AS consents
     FROM person_projection p LEFT JOIN partner_projection pp ON pp.id = p.partner_id
     WHERE p.id = ANY($1::uuid[])`,
    [personIds],
  )) as Array<{
    id: string;
    partner_id: string;
    roles: Role[];
    year_group: number | null;
    partner_active: boolean;
    consents: ConsentKind[];
    left_on: string | null;
  }>;
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        partnerId: row.partner_id,
        roles: row.roles,
        yearGroup: row.year_group,
        partnerActive: row.partner_active,
        consents: row.consents,
        leftOn: row.left_on,
      },
    ]),
  );
}

/** People asked for in the same tick, per data source: read with one query (see `loadPerson`). */
const personReads = new Map<
  EntityManager,
  Array<{
    id: string;
    resolve: (p: PersonForRegistration | null) => void;
    reject: (e: unknown) => void;
  }>
>();

/**
 * One person, read together with every other person asked for in the same tick: a rush of 500
 * registrations reads the people in a handful of queries instead of holding 500 connections.
 */
function loadPerson(m: EntityManager, personId: string): Promise<PersonForRegistration | null> {
  return new Promise((resolve, reject) => {
    const pending = personReads.get(m);
    const item = { id: personId.toLowerCase(), resolve, reject };
    if (pending) {
      pending.push(item);
      return;
    }
    const batch = [item];
    personReads.set(m, batch);
    setImmediate(() => {
      personReads.delete(m);
      loadPeople(m, [...new Set(batch.map((b) => b.id))]).then(
        (people) => batch.forEach((b) => b.resolve(people.get(b.id) ?? null)),
        (err: unknown) => batch.forEach((b) => b.reject(err)),
      );
    });
  });
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

/** One registration waiting for its event's next group commit. */
interface Request {
  caller: EventsDeps['caller'];
  person: PersonForRegistration;
  /**
   * The trace context of the request that asked, captured on arrival: the batch's transaction
   * runs in the first arrival's context, so each outbox row is given its own request's.
   */
  trace: TraceHeaders | null;
}

type Outcome = EventsResult<RegistrationEntity>;

/**
 * Takes a place, or the next place in the queue, for a person at a published event.
 *
 * Per-partner quotas count the places a partner's people hold (registered, offered, attended).
 *
 * The last place can never be taken twice: the event row is locked (SELECT … FOR UPDATE) before
 * the places are counted, so placements for one event are serialised — across every replica of
 * the service, since the lock is the database's — and the count and the insert see the same
 * state. Unique indexes back this up: one active registration per person and event, one holder
 * per waitlist position.
 *
 * Group commit: under a rush, the registrations for one event that arrive while its previous
 * transaction runs wait in memory (in arrival order) and are then placed together in ONE short
 * transaction — one lock, one read of the event's places, one multi-row insert, one outbox
 * statement — instead of one transaction each queueing on the lock. The batch is an optimisation
 * only: correctness rests on the row lock, so two processes each committing their own batches
 * stay exact (apps/events/test/registration-two-processes.integration-spec.ts).
 */
export async function registerForEvent(
  deps: EventsDeps,
  args: { eventId: string; personId: string },
  opts: {
    /** false: a transaction of its own, no batching (tests prove the row lock alone is enough) */
    queue?: boolean;
  } = {},
): Promise<Outcome> {
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
  if (!isUuid(eventId)) return rejected(userError('NOT_FOUND', 'no event with this id', 'eventId'));
  const request: Request = { caller, person, trace: currentTraceHeaders() };
  if (opts.queue === false) return (await placeBatch(deps, eventId, [request]))[0];
  return enqueue(deps, eventId, request);
}

/** At most this many registrations share one transaction (it stays short under any rush). */
export const MAX_BATCH = 200;

interface Waiting extends Request {
  resolve: (o: Outcome) => void;
  reject: (err: unknown) => void;
}

/** Per event: who waits for the next batch; present while a batch for it is being placed. */
const queues = new Map<string, Waiting[]>();

function enqueue(deps: EventsDeps, eventId: string, request: Request): Promise<Outcome> {
  return new Promise<Outcome>((resolve, reject) => {
    const waiting = queues.get(eventId);
    const item = { ...request, resolve, reject };
    if (waiting) {
      waiting.push(item);
      return;
    }
    const queue: Waiting[] = [item];
    queues.set(eventId, queue);
    void drain(deps, eventId, queue);
  });
}

/** Places batches for one event until nobody waits; the first arrival starts at once. */
async function drain(deps: EventsDeps, eventId: string, queue: Waiting[]): Promise<void> {
  try {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const outcomes = await placeBatch(deps, eventId, batch);
        batch.forEach((w, i) => w.resolve(outcomes[i]));
      } catch (err) {
        if (batch.length === 1) {
          batch[0].reject(err);
          continue;
        }
        // One failing registration must not fail its neighbours: each again on its own.
        for (const w of batch) {
          try {
            w.resolve((await placeBatch(deps, eventId, [w]))[0]);
          } catch (e) {
            w.reject(e);
          }
        }
      }
    }
  } finally {
    queues.delete(eventId);
  }
}

/** Holders and waiting people per partner ('' for none), from one read under the event lock. */
interface Places {
  taken: number;
  takenBy: Map<string, number>;
  waitingBy: Map<string, number>;
  lastPosition: number;
}

function waitingEligible(places: Places, quota: number | null): number {
  let n = 0;
  for (const [partner, waiting] of places.waitingBy)
    if (quota === null || (places.takenBy.get(partner) ?? 0) < quota) n += waiting;
  return n;
}

/**
 * Places `requests` (in arrival order) in one transaction under the event's row lock: each is
 * decided by the same rule as a lone registration (`decidePlacement`), on the state left by the
 * ones before it in the batch.
 */
async function placeBatch(
  deps: EventsDeps,
  eventId: string,
  requests: readonly Request[],
): Promise<Outcome[]> {
  try {
    return await deps.transaction(async (tx): Promise<Outcome[]> => {
      const m = tx.manager;
      const event = await lockEvent(m, eventId);
      const now = deps.clock.now();
      const outcomes: Array<Outcome | null> = requests.map(({ caller, person }) => {
        if (!event || !canSeeEvent(caller, event))
          return rejected(userError('NOT_FOUND', 'no event with this id', 'eventId'));
        const refusal = refuseRegistration(event, person, now);
        if (refusal)
          return rejected(
            userError(
              refusal,
              REFUSAL_MESSAGES[refusal],
              refusal === 'PERSON_LEFT' ? 'personId' : 'eventId',
            ),
          );
        return null;
      });
      if (!event || outcomes.every((o) => o !== null)) return outcomes as Outcome[];

      // One statement for the whole state the rule needs; the event lock keeps it current.
      const personIds = requests.map((r) => r.person.id);
      const rows = (await m.query(
        `SELECT coalesce(partner_id::text, '') AS partner, status IN ${HOLDS_PLACE_SQL} AS holds,
                count(*)::int AS n, max(waitlist_position) AS last_position,
                coalesce(array_agg(person_id::text) FILTER (WHERE person_id = ANY($2::uuid[])), '{}')
                  AS mine
         FROM registration
         WHERE event_id = $1 AND status <> 'CANCELLED'
         GROUP BY 1, 2`,
        [event.id, personIds],
      )) as Array<{
        partner: string;
        holds: boolean;
        n: number;
        last_position: number | null;
        mine: string[];
      }>;
      const places: Places = {
        taken: 0,
        takenBy: new Map(),
        waitingBy: new Map(),
        lastPosition: 0,
      };
      const registeredHere = new Set<string>();
      for (const r of rows) {
        for (const id of r.mine) registeredHere.add(id);
        if (r.holds) {
          places.taken += r.n;
          places.takenBy.set(r.partner, r.n);
        } else {
          // Not holding, not cancelled: WAITLISTED (the only other active status).
          places.waitingBy.set(r.partner, r.n);
          places.lastPosition = Math.max(places.lastPosition, r.last_position ?? 0);
        }
      }

      const created: RegistrationEntity[] = [];
      const traces: Array<TraceHeaders | null> = [];
      const repo = m.getRepository(RegistrationEntity);
      requests.forEach(({ person, trace }, i) => {
        if (outcomes[i] !== null) return;
        if (registeredHere.has(person.id)) {
          outcomes[i] = alreadyRegistered();
          return;
        }
        registeredHere.add(person.id);
        const partner = person.partnerId ?? '';
        const placement = decidePlacement({
          capacity: event.capacity,
          taken: places.taken,
          partnerTaken: places.takenBy.get(partner) ?? 0,
          partnerQuota: event.partnerQuota,
          waitingEligible: waitingEligible(places, event.partnerQuota),
          lastWaitlistPosition: places.lastPosition === 0 ? null : places.lastPosition,
        });
        if (placement.status === 'REGISTERED') {
          places.taken += 1;
          places.takenBy.set(partner, (places.takenBy.get(partner) ?? 0) + 1);
        } else {
          places.waitingBy.set(partner, (places.waitingBy.get(partner) ?? 0) + 1);
          places.lastPosition = placement.waitlistPosition;
        }
        const registration = repo.create({
          id: randomUUID(),
          eventId: event.id,
          personId: person.id,
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
        created.push(registration);
        traces.push(trace);
        outcomes[i] = done(registration);
      });
      if (created.length > 0) {
        await repo.insert(created);
        await appendRegistrationsChanged(
          tx.outbox,
          created.map((r, i) => ({ ...r, traceContext: traces[i] })),
        );
      }
      return outcomes as Outcome[];
    });
  } catch (err) {
    // Only reachable if the lock were bypassed (e.g. a row written by hand): the index decides.
    if (
      requests.length === 1 &&
      err instanceof QueryFailedError &&
      (err.driverError as { constraint?: string }).constraint === 'registration_active_person_uq'
    ) {
      return [alreadyRegistered()];
    }
    throw err;
  }
}
