import { randomUUID } from 'node:crypto';
import { GovernanceEvents } from '@ekst/contracts';
import {
  done,
  isUuid,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { mayGovern } from '../domain/governance-permissions';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { GovernanceGroupEntity } from '../entities/governance-group.entity';
import { MeetingAttendanceEntity } from '../entities/meeting-attendance.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { actsForGroup, findMeeting, findPerson, notAMember, notFound } from './governance-use-case';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

const FORBIDDEN = 'Only the coordinator and members of the group run its meetings';

const title = z
  .string()
  .trim()
  .min(2, 'must be at least 2 characters')
  .max(300, 'must be at most 300 characters');

const scheduleSchema = z
  .object({
    groupId: z.string(),
    startsAt: z.iso.datetime({
      offset: true,
      message: 'must be an ISO 8601 date-time with offset',
    }),
    place: z.string().trim().min(2).max(200).nullish(),
    onlineUrl: z.url({ protocol: /^https$/, message: 'must be an https link' }).nullish(),
    agenda: z.array(title).max(30).nullish(),
  })
  .refine((s) => s.place || s.onlineUrl, {
    message: 'give a place or an online link',
    path: ['place'],
  });

/** The coordinator or a member of the group schedules a meeting; announces MeetingScheduled. */
export async function scheduleMeeting(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<MeetingEntity>> {
  if (!mayGovern(deps.caller, 'RUN_MEETING')) return refused(FORBIDDEN);
  const parsed = scheduleSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;
  return deps.transaction(async ({ manager: m, outbox }) => {
    const group = isUuid(p.groupId)
      ? await m.getRepository(GovernanceGroupEntity).findOneBy({ id: p.groupId.toLowerCase() })
      : null;
    if (!group) return notFound('groupId', 'group');
    if (!(await actsForGroup(m, deps.caller, group.id))) return notAMember('schedule its meetings');
    const meeting = m.getRepository(MeetingEntity).create({
      id: randomUUID(),
      groupId: group.id,
      startsAt: new Date(p.startsAt),
      place: p.place ?? null,
      onlineUrl: p.onlineUrl ?? null,
    });
    await m.getRepository(MeetingEntity).insert(meeting);
    const items = (p.agenda ?? []).map((t, i) => ({
      id: randomUUID(),
      meetingId: meeting.id,
      position: i + 1,
      title: t,
      minutes: null,
    }));
    if (items.length) await m.getRepository(AgendaItemEntity).insert(items);
    await outbox.append(GovernanceEvents.meetingScheduled, meeting.id, {
      meetingId: meeting.id,
      groupId: group.id,
      groupKind: group.kind,
      startsAt: meeting.startsAt.toISOString(),
      online: meeting.onlineUrl !== null,
    });
    return done(meeting);
  });
}

/** Loads the meeting, FOR UPDATE, and checks the caller acts for its group. */
async function meetingRunBy(
  deps: PartnersDeps,
  m: EntityManager,
  meetingId: string,
  what: string,
): Promise<PartnersResult<MeetingEntity>> {
  const meeting = isUuid(meetingId)
    ? await m
        .getRepository(MeetingEntity)
        .createQueryBuilder('mt')
        .setLock('pessimistic_write')
        .where('mt.id = :id', { id: meetingId.toLowerCase() })
        .getOne()
    : null;
  if (!meeting) return notFound('meetingId', 'meeting');
  if (!(await actsForGroup(m, deps.caller, meeting.groupId))) return notAMember(what);
  return done(meeting);
}

/** Appends an item to the agenda. */
export async function addAgendaItem(
  deps: PartnersDeps,
  input: { meetingId: string; title: string },
): Promise<PartnersResult<MeetingEntity>> {
  if (!mayGovern(deps.caller, 'RUN_MEETING')) return refused(FORBIDDEN);
  const t = title.safeParse(input.title);
  if (!t.success)
    return rejectedAll(userErrorsFromZod(t.error.issues.map((i) => ({ ...i, path: ['title'] }))));
  return deps.transaction(async ({ manager: m }) => {
    const found = await meetingRunBy(deps, m, input.meetingId, 'change its agenda');
    if (found.kind !== 'done') return found;
    const [{ next }] = (await m.query(
      `SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = $1`,
      [found.value.id],
    )) as Array<{ next: number }>;
    await m.getRepository(AgendaItemEntity).insert({
      id: randomUUID(),
      meetingId: found.value.id,
      position: next,
      title: t.data,
      minutes: null,
    });
    return done(found.value);
  });
}

/** Records who came (or sent apologies), for the partner people knows them by. */
export async function recordAttendance(
  deps: PartnersDeps,
  input: { meetingId: string; personId: string; status: 'PRESENT' | 'APOLOGIES' },
): Promise<PartnersResult<MeetingEntity>> {
  if (!mayGovern(deps.caller, 'RUN_MEETING')) return refused(FORBIDDEN);
  return deps.transaction(async ({ manager: m }) => {
    const found = await meetingRunBy(deps, m, input.meetingId, 'record its attendance');
    if (found.kind !== 'done') return found;
    const person = await findPerson(m, input.personId);
    if (!person) return notFound('personId', 'person');
    await m.getRepository(MeetingAttendanceEntity).upsert(
      {
        meetingId: found.value.id,
        personId: person.id,
        partnerId: person.partnerId,
        status: input.status,
      },
      ['meetingId', 'personId'],
    );
    return done(found.value);
  });
}

/** Minutes an agenda item (replacing what was there). */
export async function recordMinutes(
  deps: PartnersDeps,
  input: { agendaItemId: string; minutes: string },
): Promise<PartnersResult<MeetingEntity>> {
  if (!mayGovern(deps.caller, 'RUN_MEETING')) return refused(FORBIDDEN);
  const minutes = input.minutes.trim();
  if (minutes.length < 1 || minutes.length > 20000)
    return rejected(userError('INVALID', 'must be 1–20000 characters', 'minutes'));
  return deps.transaction(async ({ manager: m }) => {
    const item = isUuid(input.agendaItemId)
      ? await m.getRepository(AgendaItemEntity).findOneBy({ id: input.agendaItemId.toLowerCase() })
      : null;
    if (!item) return notFound('agendaItemId', 'agenda item');
    const found = await meetingRunBy(deps, m, item.meetingId, 'minute its meetings');
    if (found.kind !== 'done') return found;
    await m.getRepository(AgendaItemEntity).update({ id: item.id }, { minutes });
    return done(found.value);
  });
}

export { findMeeting };
