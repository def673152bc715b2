import { createHash } from 'node:crypto';
import { topicFor } from '@ekst/contracts';
import { bindOutbox } from '@ekst/messaging';
import type { Outbox } from '@ekst/messaging';
import { createServiceDataSource } from '@ekst/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventKind } from '../src/domain/event';
import { EventEntity } from '../src/entities/event.entity';
import { eventsModule } from '../src/module';
import { appendEventScheduled } from '../src/use-cases/event-scheduled.outbox';
import {
  appendAttendanceRecorded,
  appendEventRoleAssigned,
  appendRegistrationChanged,
} from '../src/use-cases/outbox-events';
import type { RegistrationStatus } from '../src/domain/registration';
import { partnerToVenueKm } from '../src/travel/travel';
import type { TravelMode } from '../src/travel/travel';

/*
 * Demo data for running a school year (issue 14, events part), written with this service's own
 * code into its database, from the people and partners its projections already know (so it runs
 * after the gateway seed has registered everyone): the partnership choir as a standing group with
 * members from several schools, eight weekly rehearsals (six done, with attendance that evaluation
 * hears as AttendanceRecorded and counts in each member's dose) and a concert; travel for the
 * choir's sessions; two ambassadors with availability, slots taken and hours logged; CPD that demo
 * teachers attended and led. Stable ids: running it again adds nothing.
 */

function demoId(label: string): string {
  const h = createHash('sha1').update(`ekst-demo:events:school-year:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const DAY = 86_400_000;

function at(now: Date, day: number, hour: number, minute = 0): Date {
  const d = new Date(now.getTime() + day * DAY);
  d.setUTCHours(hour, minute, 0, 0);
  return d;
}

interface Known {
  partners: Array<{ id: string; lat: number | null; lng: number | null; kind: string }>;
  students: Array<{ id: string; partnerId: string; yearGroup: number }>;
  teachers: Array<{ id: string; partnerId: string }>;
  ambassadors: Array<{ id: string; partnerId: string }>;
}

async function known(m: EntityManager): Promise<Known> {
  const partners = (await m.query(
    `SELECT id, lat, lng, kind FROM partner_projection WHERE status = 'ACTIVE' ORDER BY name, id`,
  )) as Known['partners'];
  const people = (await m.query(
    `SELECT id, partner_id, roles, year_group FROM person_projection ORDER BY id`,
  )) as Array<{ id: string; partner_id: string; roles: string[]; year_group: number | null }>;
  return {
    partners,
    students: people.flatMap((p) =>
      p.roles.includes('STUDENT') && p.year_group !== null
        ? [{ id: p.id, partnerId: p.partner_id, yearGroup: p.year_group }]
        : [],
    ),
    teachers: people
      .filter((p) => p.roles.includes('TEACHER'))
      .map((p) => ({ id: p.id, partnerId: p.partner_id })),
    ambassadors: people
      .filter((p) => p.roles.includes('AMBASSADOR'))
      .map((p) => ({ id: p.id, partnerId: p.partner_id })),
  };
}

async function insertEvent(
  m: EntityManager,
  outbox: Outbox,
  e: {
    key: string;
    title: string;
    kind: EventKind;
    audience: 'STUDENTS' | 'TEACHERS';
    yearGroups: number[];
    hostPartnerId: string;
    venue: string;
    startsAt: Date;
    endsAt: Date;
    status: 'PUBLISHED' | 'COMPLETED';
    capacity: number;
  },
): Promise<EventEntity | null> {
  const event = m.getRepository(EventEntity).create({
    id: demoId(e.key),
    title: e.title,
    kind: e.kind,
    audience: e.audience,
    yearGroups: e.yearGroups,
    hostPartnerId: e.hostPartnerId,
    venue: e.venue,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    aims: e.kind === 'CHOIR' ? ['COMMUNITY', 'CONFIDENCE'] : ['WIDENING_HORIZONS'],
    capacity: e.capacity,
    status: e.status,
  });
  const inserted = (await m.query(
    `INSERT INTO event (id, title, kind, audience, year_groups, host_partner_id, venue, starts_at, ends_at, aims, capacity, status, completed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      event.id,
      event.title,
      event.kind,
      event.audience,
      event.yearGroups,
      event.hostPartnerId,
      event.venue,
      event.startsAt,
      event.endsAt,
      event.aims,
      event.capacity,
      event.status,
      e.status === 'COMPLETED' ? e.endsAt : null,
    ],
  )) as unknown[];
  if (inserted.length === 0) return null;
  await appendEventScheduled(
    outbox,
    await m.getRepository(EventEntity).findOneByOrFail({ id: event.id }),
  );
  return event;
}

/** A registration (attended for a past session), announced as the use cases would. */
async function attend(
  m: EntityManager,
  outbox: Outbox,
  event: EventEntity,
  person: { id: string; partnerId: string },
  registeredAt: Date,
): Promise<void> {
  const past = event.status === 'COMPLETED';
  const id = demoId(`registration:${event.id}:${person.id}`);
  const r = {
    id,
    eventId: event.id,
    personId: person.id,
    partnerId: person.partnerId,
    status: (past ? 'ATTENDED' : 'REGISTERED') as RegistrationStatus,
    registeredAt,
    checkInCode: id.replace(/-/g, '').slice(0, 10).toUpperCase(),
    checkedInAt: past ? event.startsAt : null,
  };
  const inserted = (await m.query(
    `INSERT INTO registration (id, event_id, person_id, partner_id, status, registered_at, check_in_code, checked_in_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
    [
      r.id,
      r.eventId,
      r.personId,
      r.partnerId,
      r.status,
      r.registeredAt,
      r.checkInCode,
      r.checkedInAt,
    ],
  )) as unknown[];
  if (inserted.length === 0) return;
  await appendRegistrationChanged(outbox, r);
  if (past)
    await appendAttendanceRecorded(outbox, {
      eventId: event.id,
      personId: person.id,
      status: 'ATTENDED',
      recordedAt: event.startsAt,
    });
}

export interface SchoolYearDemoSummary {
  sessions: number;
  members: number;
  travel: number;
  ambassadors: number;
  cpdTeachers: number;
}

/** Seeds the school-year demo into an events database (see the file comment); safe to run again. */
export async function seedSchoolYearDemo(
  ds: DataSource,
  opts: { topicPrefix?: string; now?: Date } = {},
): Promise<SchoolYearDemoSummary> {
  const now = opts.now ?? new Date();
  const topic = topicFor('events', opts.topicPrefix ?? '');
  return ds.transaction(async (m) => {
    const outbox = bindOutbox(m, { topic, producer: 'events' });
    const k = await known(m);
    const schools = k.partners.filter((p) => p.kind !== 'UNIVERSITY' && p.kind !== 'ASSOCIATE');
    const summary: SchoolYearDemoSummary = {
      sessions: 0,
      members: 0,
      travel: 0,
      ambassadors: 0,
      cpdTeachers: 0,
    };
    if (schools.length < 2) return summary;
    const host = schools[0];

    // The choir: members from several schools, years 7–9, two from each of up to six schools.
    const groupId = demoId('choir');
    await m.query(
      `INSERT INTO standing_group (id, title, kind, created_at) VALUES ($1, 'Partnership Choir', 'CHOIR', $2)
       ON CONFLICT (id) DO NOTHING`,
      [groupId, at(now, -70, 9)],
    );
    const members = schools
      .slice(0, 6)
      .flatMap((s) =>
        k.students.filter((st) => st.partnerId === s.id && st.yearGroup <= 9).slice(0, 2),
      );
    const joinedAt = at(now, -60, 12);
    for (const s of members) {
      await m.query(
        `INSERT INTO standing_group_member (group_id, person_id, joined_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [groupId, s.id, joinedAt],
      );
    }
    // Eight weekly rehearsals (six already held) and the concert.
    const sessions = [
      ...Array.from({ length: 8 }, (_, i) => ({
        key: `choir-rehearsal-${i}`,
        title: `Partnership Choir rehearsal ${i + 1}`,
        day: -42 + i * 7,
        hours: [16, 18] as const,
      })),
      {
        key: 'choir-concert',
        title: 'Partnership Choir winter concert',
        day: 24,
        hours: [18, 20] as const,
      },
    ];
    for (const s of sessions) {
      const startsAt = at(now, s.day, s.hours[0]);
      const event = await insertEvent(m, outbox, {
        key: s.key,
        title: s.title,
        kind: 'CHOIR',
        audience: 'STUDENTS',
        yearGroups: [7, 8, 9],
        hostPartnerId: host.id,
        venue: s.key === 'choir-concert' ? 'Main Hall' : 'Music Block',
        startsAt,
        endsAt: at(now, s.day, s.hours[1]),
        status: startsAt.getTime() < now.getTime() ? 'COMPLETED' : 'PUBLISHED',
        capacity: 80,
      });
      if (!event) continue;
      await m.query(
        `INSERT INTO standing_group_session (event_id, group_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [event.id, groupId],
      );
      summary.sessions += 1;
      for (const st of members) await attend(m, outbox, event, st, joinedAt);

      // Travel for every school with members, but the host's (they walk across the site).
      const partners = [...new Set(members.map((x) => x.partnerId))];
      for (const partnerId of partners) {
        const km = partnerToVenueKm(k.partners.find((x) => x.id === partnerId) ?? null, host);
        const students = members.filter((x) => x.partnerId === partnerId).length;
        const mode: TravelMode =
          partnerId === host.id ? 'WALKING' : km !== null && km > 15 ? 'MINIBUS' : 'PARENTS';
        await m.query(
          `INSERT INTO event_travel (event_id, partner_id, mode, pickup_at, pickup_place, seats, cost_pence)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
          [
            event.id,
            partnerId,
            mode,
            new Date(startsAt.getTime() - (mode === 'MINIBUS' ? 60 : 15) * 60_000),
            mode === 'MINIBUS'
              ? 'School front gate'
              : mode === 'WALKING'
                ? 'Music Block'
                : 'Host school car park',
            mode === 'MINIBUS' ? 16 : students,
            mode === 'MINIBUS' ? 8500 : 0,
          ],
        );
        summary.travel += 1;
      }
    }
    summary.members = members.length;

    // Two ambassadors: available this term, a slot at each rehearsal taken, hours for those held.
    for (const [i, a] of k.ambassadors.slice(0, 2).entries()) {
      await m.query(
        `INSERT INTO ambassador_availability (id, person_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO NOTHING`,
        [demoId(`availability:${a.id}`), a.id, at(now, -60, 8), at(now, 60, 20)],
      );
      for (const [j, s] of sessions.entries()) {
        if (j % 2 !== i) continue;
        const eventId = demoId(s.key);
        await m.query(
          `INSERT INTO event_ambassador_slots (event_id, slots) VALUES ($1, 2) ON CONFLICT DO NOTHING`,
          [eventId],
        );
        await m.query(
          `INSERT INTO ambassador_offer (event_id, person_id, status, offered_at, accepted_at)
           VALUES ($1, $2, 'ACCEPTED', $3, $3) ON CONFLICT DO NOTHING`,
          [eventId, a.id, at(now, s.day - 10, 10)],
        );
        const role = (await m.query(
          `INSERT INTO event_role (event_id, person_id, role) VALUES ($1, $2, 'AMBASSADOR')
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [eventId, a.id],
        )) as unknown[];
        if (role.length > 0)
          await appendEventRoleAssigned(outbox, { eventId, personId: a.id, role: 'AMBASSADOR' });
        if (s.day < 0)
          await m.query(
            `INSERT INTO ambassador_hours (event_id, person_id, minutes, logged_at) VALUES ($1, $2, 150, $3)
             ON CONFLICT DO NOTHING`,
            [eventId, a.id, at(now, s.day + 1, 10)],
          );
      }
      summary.ambassadors += 1;
    }

    // CPD this year: a CPD day and a TeachMeet held, with teachers from every school; one leads.
    const teachers = schools.flatMap((s) =>
      k.teachers.filter((t) => t.partnerId === s.id).slice(0, 2),
    );
    const cpd = [
      {
        key: 'cpd-metacognition',
        title: 'CPD: Metacognition in practice',
        kind: 'CPD' as const,
        day: -35,
        hours: [9, 15] as const,
      },
      {
        key: 'teachmeet-feedback',
        title: 'TeachMeet: Feedback that moves learning on',
        kind: 'TEACHMEET' as const,
        day: -21,
        hours: [16, 18] as const,
      },
    ];
    for (const c of cpd) {
      const event = await insertEvent(m, outbox, {
        key: c.key,
        title: c.title,
        kind: c.kind,
        audience: 'TEACHERS',
        yearGroups: [],
        hostPartnerId: schools[1].id,
        venue: 'Conference Room',
        startsAt: at(now, c.day, c.hours[0]),
        endsAt: at(now, c.day, c.hours[1]),
        status: 'COMPLETED',
        capacity: 60,
      });
      if (!event) continue;
      for (const t of teachers) await attend(m, outbox, event, t, at(now, c.day - 14, 9));
      const lead = teachers[0];
      if (lead) {
        await m.query(
          `INSERT INTO event_role (event_id, person_id, role) VALUES ($1, $2, 'ORGANISER') ON CONFLICT DO NOTHING`,
          [event.id, lead.id],
        );
        await appendEventRoleAssigned(outbox, {
          eventId: event.id,
          personId: lead.id,
          role: 'ORGANISER',
        });
      }
    }
    summary.cpdTeachers = teachers.length;
    return summary;
  });
}

/** The seed step of `npm start` (tools/seed): opens the events database and seeds it. */
export async function seedSchoolYearStep(opts: {
  eventsDatabaseUrl: string;
  topicPrefix?: string;
}): Promise<string> {
  const { dataSource } = createServiceDataSource(
    { url: opts.eventsDatabaseUrl, applicationName: 'demo-seed-school-year', poolMax: 2 },
    { entities: eventsModule.entities, migrations: [] },
  );
  await dataSource.initialize();
  try {
    const s = await seedSchoolYearDemo(dataSource, { topicPrefix: opts.topicPrefix });
    return `school year: the partnership choir (${s.members} members, ${s.sessions} sessions new), travel for ${s.travel} trips, ${s.ambassadors} ambassadors' hours, CPD for ${s.cpdTeachers} teachers`;
  } finally {
    await dataSource.destroy();
  }
}
