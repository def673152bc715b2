import { createHash } from 'node:crypto';
import { topicFor } from '@ekst/contracts';
import type { PartnerKind, Sector } from '@ekst/contracts';
import { bindOutbox } from '@ekst/messaging';
import type { DataSource } from 'typeorm';
import type { Aim, Audience, EventKind, EventStatus } from '../src/domain/event';
import { decidePlacement } from '../src/domain/registration';
import { EventEntity } from '../src/entities/event.entity';
import { appendEventScheduled } from '../src/use-cases/event-scheduled.outbox';

/**
 * The shared demo ids this service needs (the lead's DemoIds will provide them). Partners and
 * people are copied into the local projections too, so the demo works before (or without) the
 * other services' events arriving; real events later overwrite them.
 */
export interface EventsDemoIds {
  /** at least three; the first hosts most events */
  partners: ReadonlyArray<{
    id: string;
    name: string;
    kind: PartnerKind;
    sector: Sector;
    joinedOn: string;
  }>;
  students: ReadonlyArray<{ id: string; partnerId: string; yearGroup: number }>;
  teachers: ReadonlyArray<{ id: string; partnerId: string }>;
}

/** Stable ids, so seeding twice finds the same rows (ON CONFLICT DO NOTHING). */
function demoId(label: string): string {
  const h = createHash('sha1').update(`ekst-demo:events:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface DemoEvent {
  key: string;
  title: string;
  kind: EventKind;
  audience: Audience;
  yearGroups: number[];
  /** index into ids.partners, or null for an external venue */
  host: number | null;
  venue: string | null;
  /** days from the seeding date; negative is in the past */
  day: number;
  hours: [number, number];
  aims: Aim[];
  capacity: number;
  status: EventStatus;
  /** which eligible people (by their index in the demo lists) come; everyone when absent */
  pick?: (index: number) => boolean;
}

// Invented programme: titles and venues are made up, no real people anywhere.
const PROGRAMME: DemoEvent[] = [
  {
    key: 'teachmeet-autumn',
    title: 'Autumn TeachMeet: Retrieval Practice',
    kind: 'TEACHMEET',
    audience: 'TEACHERS',
    yearGroups: [],
    host: 0,
    venue: 'Library',
    day: -60,
    hours: [16, 18],
    aims: ['WIDENING_HORIZONS', 'COMMUNITY'],
    capacity: 40,
    status: 'COMPLETED',
  },
  {
    key: 'choir-festival',
    title: 'Partnership Choir Festival',
    kind: 'CHOIR',
    audience: 'STUDENTS',
    yearGroups: [7, 8, 9],
    host: null,
    venue: 'Cathedral Lodge, Canterbury',
    day: -30,
    hours: [10, 15],
    aims: ['COMMUNITY', 'CONFIDENCE'],
    capacity: 80,
    status: 'COMPLETED',
  },
  {
    key: 'bake-off',
    title: 'Great EKST Bake Off',
    kind: 'BAKE_OFF',
    audience: 'STUDENTS',
    yearGroups: [8, 9],
    host: 1,
    venue: 'Food Technology Rooms',
    day: -10,
    hours: [13, 16],
    aims: ['CONFIDENCE', 'COMMUNITY'],
    capacity: 24,
    status: 'COMPLETED',
  },
  {
    key: 'outdoor-day',
    title: 'Year 10 Outdoor Learning Day',
    kind: 'OUTDOOR_LEARNING',
    audience: 'STUDENTS',
    yearGroups: [10],
    host: null,
    venue: 'Blean Woods Field Centre',
    day: 14,
    hours: [9, 15],
    aims: ['RESILIENCE', 'CONFIDENCE'],
    capacity: 4,
    status: 'PUBLISHED',
  },
  {
    key: 'university-taster',
    title: 'University Taster Day: Life Sciences',
    kind: 'OTHER',
    audience: 'STUDENTS',
    yearGroups: [12, 13],
    host: 2,
    venue: 'Sciences Building',
    day: 21,
    hours: [10, 15],
    aims: ['RAISING_ASPIRATIONS', 'WIDENING_HORIZONS'],
    capacity: 30,
    status: 'PUBLISHED',
  },
  {
    key: 'wellbeing-workshop',
    title: 'Exam Season Wellbeing Workshop',
    kind: 'WELLBEING',
    audience: 'STUDENTS',
    yearGroups: [11],
    host: 0,
    venue: 'Drama Studio',
    day: 28,
    hours: [13, 15],
    aims: ['WELLBEING', 'RESILIENCE'],
    capacity: 25,
    status: 'PUBLISHED',
  },
  {
    key: 'maths-cluster',
    title: 'Maths Subject Cluster: A-level Mechanics',
    kind: 'SUBJECT_CLUSTER',
    audience: 'TEACHERS',
    yearGroups: [],
    host: 1,
    venue: 'Room M4',
    day: 35,
    hours: [16, 18],
    aims: ['WIDENING_HORIZONS'],
    capacity: 20,
    status: 'PUBLISHED',
  },
  {
    key: 'sports-festival',
    title: 'Inter-school Netball and Football Festival',
    kind: 'SPORT',
    audience: 'BOTH',
    yearGroups: [7, 8],
    host: 0,
    venue: 'Sports Hall and Fields',
    day: 42,
    hours: [9, 14],
    aims: ['COMMUNITY', 'WELLBEING'],
    capacity: 120,
    status: 'PUBLISHED',
  },
  {
    key: 'student-voice',
    title: 'Student Voice Group: Summer Planning',
    kind: 'STUDENT_VOICE',
    audience: 'STUDENTS',
    yearGroups: [9, 10, 11, 12],
    host: 2,
    venue: 'Student Union Meeting Room',
    day: 56,
    hours: [15, 17],
    aims: ['RAISING_ASPIRATIONS', 'CONFIDENCE'],
    capacity: 20,
    status: 'DRAFT',
  },
  {
    key: 'cpd-adaptive',
    title: 'CPD: Adaptive Teaching in Mixed-Attainment Classes',
    kind: 'CPD',
    audience: 'TEACHERS',
    yearGroups: [],
    host: 0,
    venue: 'Conference Room',
    day: 70,
    hours: [9, 16],
    aims: ['WIDENING_HORIZONS'],
    capacity: 35,
    status: 'DRAFT',
  },
];

function at(now: Date, day: number, hour: number): Date {
  const d = new Date(now.getTime() + day * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
}

/** Inserts the demo programme and its registrations; safe to run again. */
export async function seedDemo(
  dataSource: DataSource,
  ids: EventsDemoIds,
  opts: { topicPrefix?: string; now?: Date; programme?: readonly DemoEvent[] } = {},
): Promise<void> {
  if (ids.partners.length < 3) throw new Error('the events demo needs at least three partners');
  const now = opts.now ?? new Date();
  const topic = topicFor('events', opts.topicPrefix ?? '');

  await dataSource.transaction(async (m) => {
    for (const p of ids.partners) {
      await m.query(
        `INSERT INTO partner_projection (id, name, kind, sector, joined_on) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO NOTHING`,
        [p.id, p.name, p.kind, p.sector, p.joinedOn],
      );
    }
    for (const s of ids.students) {
      await m.query(
        `INSERT INTO person_projection (id, partner_id, roles, year_group) VALUES ($1, $2, '{STUDENT}', $3)
         ON CONFLICT (id) DO NOTHING`,
        [s.id, s.partnerId, s.yearGroup],
      );
    }
    for (const t of ids.teachers) {
      await m.query(
        `INSERT INTO person_projection (id, partner_id, roles, year_group) VALUES ($1, $2, '{TEACHER}', NULL)
         ON CONFLICT (id) DO NOTHING`,
        [t.id, t.partnerId],
      );
    }

    for (const d of opts.programme ?? PROGRAMME) {
      const event = m.getRepository(EventEntity).create({
        id: demoId(d.key),
        title: d.title,
        kind: d.kind,
        audience: d.audience,
        yearGroups: d.yearGroups,
        hostPartnerId: d.host === null ? null : ids.partners[d.host].id,
        venue: d.venue,
        startsAt: at(now, d.day, d.hours[0]),
        endsAt: at(now, d.day, d.hours[1]),
        aims: d.aims,
        capacity: d.capacity,
        status: d.status,
      });
      const inserted = (await m.query(
        `INSERT INTO event (id, title, kind, audience, year_groups, host_partner_id, venue, starts_at, ends_at, aims, capacity, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
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
        ],
      )) as unknown[];
      // Announced once, when first inserted, so evaluation's projection knows the demo programme.
      if (inserted.length === 0) continue;
      await appendEventScheduled(bindOutbox(m, { topic, producer: 'events' }), event);
      if (d.status === 'DRAFT') continue;

      const eligible = [
        ...(d.audience !== 'TEACHERS'
          ? ids.students.filter((s) => d.yearGroups.includes(s.yearGroup))
          : []),
        ...(d.audience !== 'STUDENTS' ? ids.teachers : []),
      ].filter((_, i) => d.pick?.(i) ?? true);
      let registered = 0;
      let waiting = 0;
      let last: number | null = null;
      for (const [i, person] of eligible.entries()) {
        const placement = decidePlacement({
          capacity: d.capacity,
          taken: registered,
          partnerTaken: 0,
          partnerQuota: null,
          waitingEligible: waiting,
          lastWaitlistPosition: last,
        });
        if (placement.status === 'REGISTERED') registered += 1;
        else {
          waiting += 1;
          last = placement.waitlistPosition;
        }
        // Registrations trickle in over the fortnight before the event, never in the future.
        const trickle = at(now, d.day - 14 + (i % 10), 8 + (i % 9));
        const registeredAt = new Date(
          Math.min(trickle.getTime(), now.getTime() - 3_600_000 * (i + 1)),
        );
        // Completed events have attendance: most came (checked in at the start), a few did not.
        const past = d.status === 'COMPLETED' && placement.status === 'REGISTERED';
        const status = past ? (i % 7 === 3 ? 'NO_SHOW' : 'ATTENDED') : placement.status;
        const checkedInAt = status === 'ATTENDED' ? event.startsAt : null;
        const registrationId = demoId(`${d.key}:${person.id}`);
        await m.query(
          `INSERT INTO registration (id, event_id, person_id, partner_id, status, waitlist_position,
                                     registered_at, check_in_code, checked_in_at, checked_out_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
          [
            registrationId,
            event.id,
            person.id,
            person.partnerId,
            status,
            placement.waitlistPosition,
            registeredAt,
            registrationId.replace(/-/g, '').slice(0, 10).toUpperCase(),
            checkedInAt,
            checkedInAt ? event.endsAt : null,
          ],
        );
      }
    }
  });
}
