import { randomUUID } from 'node:crypto';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { EVENT_KINDS } from '@ekst/contracts';
import type { EventKind } from '../domain/event';
import { canActForRegistrant, canRegisterPerson } from '../domain/registration';
import type { RegistrationEntity } from '../entities/registration.entity';
import { cancelRegistration } from '../use-cases/cancel-registration.use-case';
import type {
  EventsDeps,
  EventsErrorCode,
  EventsResult,
  EventsUserError,
} from '../use-cases/events-use-case';
import { registerForEvent } from '../use-cases/register-for-event.use-case';
import {
  mayRunStandingGroups,
  planSeriesRegistrations,
  planSeriesWithdrawals,
} from './series-registration';
import type { MemberRegistration, SessionState } from './series-registration';
import { StandingGroupEntity, StandingGroupMemberEntity } from './standing-group.entity';

/** A session someone could not be registered for, and why (a registerForEvent refusal). */
export interface StandingGroupSkipRow {
  eventId: string;
  personId: string;
  code: EventsErrorCode;
  message: string;
}

export interface StandingGroupRegistrations {
  standingGroup: StandingGroupEntity;
  registrations: RegistrationEntity[];
  skipped: StandingGroupSkipRow[];
}

const RUN_FORBIDDEN = 'Only the coordinator sets up standing groups and their sessions';
const groupNotFound = (field = 'groupId') =>
  rejected(userError('NOT_FOUND', 'no standing group with this id', field));

async function findGroup(m: EntityManager, id: string): Promise<StandingGroupEntity | null> {
  return isUuid(id) ? m.getRepository(StandingGroupEntity).findOneBy({ id }) : null;
}

async function sessionsOf(m: EntityManager, groupId: string): Promise<SessionState[]> {
  const rows = (await m.query(
    `SELECT e.id, e.status, e.starts_at FROM standing_group_session s JOIN event e ON e.id = s.event_id
     WHERE s.group_id = $1`,
    [groupId],
  )) as Array<{ id: string; status: string; starts_at: Date }>;
  return rows.map((r) => ({ eventId: r.id, status: r.status, startsAt: r.starts_at }));
}

async function registrationsOf(
  m: EntityManager,
  groupId: string,
  personId: string,
): Promise<MemberRegistration[]> {
  const rows = (await m.query(
    `SELECT r.id, r.event_id, r.status FROM registration r
     JOIN standing_group_session s ON s.event_id = r.event_id AND s.group_id = $1
     WHERE r.person_id = $2`,
    [groupId, personId],
  )) as Array<{ id: string; event_id: string; status: string }>;
  return rows.map((r) => ({ id: r.id, eventId: r.event_id, status: r.status }));
}

/**
 * Registers one member for every session the plan says they lack, through registerForEvent (the
 * one place capacity, quotas, eligibility and the last-place lock live). Each registration is its
 * own transaction, as a registration made by hand would be; a refusal for one session is reported
 * and the others go ahead. Running it again registers only what is still missing.
 */
async function registerMemberForSessions(
  deps: EventsDeps,
  groupId: string,
  personId: string,
  onlySessions?: ReadonlySet<string>,
): Promise<{ registrations: RegistrationEntity[]; skipped: StandingGroupSkipRow[] }> {
  const m = deps.dataSource.manager;
  const sessions = (await sessionsOf(m, groupId)).filter(
    (s) => !onlySessions || onlySessions.has(s.eventId),
  );
  const plan = planSeriesRegistrations(
    sessions,
    await registrationsOf(m, groupId, personId),
    deps.clock.now(),
  );
  const registrations: RegistrationEntity[] = [];
  const skipped: StandingGroupSkipRow[] = plan.notOpen.map((eventId) => ({
    eventId,
    personId,
    code: 'EVENT_NOT_OPEN' as const,
    message: 'this session is not published yet: add it again once it is',
  }));
  for (const eventId of plan.register) {
    const result = await registerForEvent(deps, { eventId, personId });
    if (result.kind === 'done') registrations.push(result.value);
    else if (result.kind === 'rejected')
      skipped.push(
        ...result.errors
          .filter((e) => e.code !== 'ALREADY_REGISTERED')
          .map((e) => ({ eventId, personId, code: e.code, message: e.message })),
      );
    else skipped.push({ eventId, personId, code: 'NOT_FOUND', message: result.reason });
  }
  return { registrations, skipped };
}

/** The coordinator starts a standing group (no sessions, no members yet). */
export async function createStandingGroup(
  deps: EventsDeps,
  args: { input: { title: string; kind: EventKind } },
): Promise<EventsResult<StandingGroupEntity>> {
  if (!mayRunStandingGroups(deps.caller)) return refused(RUN_FORBIDDEN);
  const title = args.input.title.trim();
  if (title.length < 3 || title.length > 200)
    return rejected(userError('INVALID', 'a title of 3 to 200 characters', 'input.title'));
  if (!EVENT_KINDS.includes(args.input.kind))
    return rejected(userError('INVALID', 'an unknown kind', 'input.kind'));
  return deps.transaction(async (tx) => {
    const repo = tx.manager.getRepository(StandingGroupEntity);
    const group = repo.create({
      id: randomUUID(),
      title,
      kind: args.input.kind,
      createdAt: deps.clock.now(),
    });
    await repo.insert(group);
    return done(group);
  });
}

/**
 * Makes events sessions of a group (all or none: an unknown event, or one already in another
 * group, refuses the lot), then registers every current member for the new sessions that are
 * published and have not started. Linking again is a no-op that fills any gap.
 */
export async function addStandingGroupSessions(
  deps: EventsDeps,
  args: { groupId: string; eventIds: readonly string[] },
): Promise<EventsResult<StandingGroupRegistrations>> {
  if (!mayRunStandingGroups(deps.caller)) return refused(RUN_FORBIDDEN);
  const eventIds = [...new Set(args.eventIds.map((id) => id.toLowerCase()))];
  if (eventIds.length === 0 || eventIds.length > 100)
    return rejected(userError('INVALID', 'name 1 to 100 events', 'eventIds'));
  const linked = await deps.transaction(async (tx): Promise<EventsResult<StandingGroupEntity>> => {
    const m = tx.manager;
    const group = await findGroup(m, args.groupId);
    if (!group) return groupNotFound();
    if (!eventIds.every(isUuid))
      return rejected(userError('NOT_FOUND', 'no event with this id', 'eventIds'));
    const events = (await m.query(
      `SELECT e.id, e.status, s.group_id FROM event e
       LEFT JOIN standing_group_session s ON s.event_id = e.id
       WHERE e.id = ANY($1::uuid[]) FOR UPDATE OF e`,
      [eventIds],
    )) as Array<{ id: string; status: string; group_id: string | null }>;
    const errors = eventIds.flatMap((id, i): EventsUserError[] => {
      const e = events.find((x) => x.id === id);
      if (!e) return [userError('NOT_FOUND', 'no event with this id', `eventIds.${i}`)];
      if (e.status === 'CANCELLED' || e.status === 'COMPLETED')
        return [userError('NOT_EDITABLE', `this event is ${e.status}`, `eventIds.${i}`)];
      if (e.group_id && e.group_id !== group.id)
        return [
          userError(
            'SESSION_OF_OTHER_GROUP',
            'already a session of another group',
            `eventIds.${i}`,
          ),
        ];
      return [];
    });
    if (errors.length > 0) return { kind: 'rejected', errors };
    await m.query(
      `INSERT INTO standing_group_session (event_id, group_id) SELECT unnest($1::uuid[]), $2
       ON CONFLICT (event_id) DO NOTHING`,
      [eventIds, group.id],
    );
    return done(group);
  });
  if (linked.kind !== 'done') return linked;
  const members = await deps.dataSource
    .getRepository(StandingGroupMemberEntity)
    .find({ where: { groupId: linked.value.id }, order: { joinedAt: 'ASC' } });
  const out: StandingGroupRegistrations = {
    standingGroup: linked.value,
    registrations: [],
    skipped: [],
  };
  const only = new Set(eventIds);
  for (const member of members.filter((x) => x.leftAt === null)) {
    const r = await registerMemberForSessions(deps, linked.value.id, member.personId, only);
    out.registrations.push(...r.registrations);
    out.skipped.push(...r.skipped);
  }
  return done(out);
}

/**
 * A person joins once and is registered for every session that has not started, by whoever may
 * register them for an event (canRegisterPerson). Joining again (or after leaving) re-registers
 * only what is missing.
 */
export async function joinStandingGroup(
  deps: EventsDeps,
  args: { groupId: string; personId: string },
): Promise<EventsResult<StandingGroupRegistrations>> {
  const personId = args.personId.toLowerCase();
  const m = deps.dataSource.manager;
  const [person] = isUuid(personId)
    ? ((await m.query(`SELECT partner_id FROM person_projection WHERE id = $1`, [
        personId,
      ])) as Array<{
        partner_id: string;
      }>)
    : [];
  if (!canRegisterPerson(deps.caller, personId, person?.partner_id ?? null))
    return refused('You cannot register this person');
  if (!person) return rejected(userError('UNKNOWN_PERSON', 'no person with this id', 'personId'));
  const joined = await deps.transaction(async (tx): Promise<EventsResult<StandingGroupEntity>> => {
    const group = await findGroup(tx.manager, args.groupId);
    if (!group) return groupNotFound();
    await tx.manager.query(
      `INSERT INTO standing_group_member (group_id, person_id, joined_at) VALUES ($1, $2, $3)
       ON CONFLICT (group_id, person_id) DO UPDATE
         SET left_at = NULL,
             joined_at = CASE WHEN standing_group_member.left_at IS NULL
                              THEN standing_group_member.joined_at ELSE EXCLUDED.joined_at END`,
      [group.id, personId, deps.clock.now()],
    );
    return done(group);
  });
  if (joined.kind !== 'done') return joined;
  const r = await registerMemberForSessions(deps, joined.value.id, personId);
  return done({ standingGroup: joined.value, ...r });
}

/**
 * A member leaves: their registrations for sessions that have not started are cancelled through
 * cancelRegistration (so freed places go to the waitlist as usual); attended sessions stay.
 */
export async function leaveStandingGroup(
  deps: EventsDeps,
  args: { groupId: string; personId: string },
): Promise<EventsResult<{ standingGroup: StandingGroupEntity; withdrawn: RegistrationEntity[] }>> {
  const personId = args.personId.toLowerCase();
  const m = deps.dataSource.manager;
  const [person] = isUuid(personId)
    ? ((await m.query(`SELECT partner_id FROM person_projection WHERE id = $1`, [
        personId,
      ])) as Array<{
        partner_id: string;
      }>)
    : [];
  if (!canActForRegistrant(deps.caller, personId, person?.partner_id ?? null))
    return refused('You cannot act for this person');
  const left = await deps.transaction(async (tx): Promise<EventsResult<StandingGroupEntity>> => {
    const group = await findGroup(tx.manager, args.groupId);
    if (!group) return groupNotFound();
    const updated = (await tx.manager.query(
      `UPDATE standing_group_member SET left_at = $3
       WHERE group_id = $1 AND person_id = $2 AND left_at IS NULL RETURNING person_id`,
      [group.id, personId, deps.clock.now()],
    )) as [unknown[], number];
    if (updated[1] === 0)
      return rejected(
        userError('NOT_IN_GROUP', 'this person is not a member of this group', 'personId'),
      );
    return done(group);
  });
  if (left.kind !== 'done') return left;
  const toCancel = planSeriesWithdrawals(
    await sessionsOf(m, left.value.id),
    await registrationsOf(m, left.value.id, personId),
    deps.clock.now(),
  );
  const withdrawn: RegistrationEntity[] = [];
  for (const registrationId of toCancel) {
    const result = await cancelRegistration(deps, { registrationId });
    if (result.kind === 'done') withdrawn.push(result.value.registration);
  }
  return done({ standingGroup: left.value, withdrawn });
}
