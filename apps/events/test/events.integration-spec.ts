import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { envelopeSchema, EventEvents, PartnerEvents, topicFor } from '@ekst/contracts';
import type { Caller, Role } from '@ekst/auth';
import {
  eventually,
  startTestSubgraph,
  testCaller,
  testKafkaBrokers,
  uniqueTopicPrefix,
} from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { eventsModule } from '../src/module';
import { FETCH_MAX_WAIT_MS } from '@ekst/messaging';
import { UpstreamEvents } from './upstream-events';

const EVENT_FIELDS = `id title kind audience yearGroups hostPartner { id } venue startsAt endsAt aims capacity status registeredCount waitlistCount`;
const CREATE = `mutation($input: CreateEventInput!) {
  createEvent(input: $input) { event { ${EVENT_FIELDS} } errors { field code message } }
}`;
const PUBLISH = `mutation($id: ID!) { publishEvent(id: $id) { event { id status } errors { field code message } } }`;
const REGISTER = `mutation($eventId: ID!, $personId: ID!) {
  registerForEvent(eventId: $eventId, personId: $personId) {
    registration { id status waitlistPosition registeredAt person { id } event { id registeredCount waitlistCount } }
    errors { field code message }
  }
}`;

interface UserErr {
  field: string | null;
  code: string;
  message: string;
}
interface EventOut {
  id: string;
  status: string;
  registeredCount: number;
  waitlistCount: number;
  hostPartner: { id: string } | null;
  [k: string]: unknown;
}

/** An ISO date-time `days` from now at `hour`:00 UTC. */
function inDays(days: number, hour = 9): string {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}

function as(roles: Role[], overrides: Partial<Caller> = {}): Caller {
  return testCaller(roles, { subject: randomUUID(), ...overrides });
}

describe('events subgraph', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  let host: string;

  async function counts(): Promise<{ events: number; registrations: number; outbox: number }> {
    const [row] = (await sg.running.dataSource.query(
      `SELECT (SELECT count(*) FROM event)::int AS events, (SELECT count(*) FROM registration)::int AS registrations,
              (SELECT count(*) FROM outbox)::int AS outbox`,
    )) as Array<{ events: number; registrations: number; outbox: number }>;
    return row;
  }

  async function createEvent(
    input: Record<string, unknown> = {},
    caller?: Caller,
  ): Promise<EventOut> {
    const res = await sg.query<{ createEvent: { event: EventOut; errors: UserErr[] } }>(
      CREATE,
      {
        input: {
          title: 'Year 10 Outdoor Learning Day',
          kind: 'OUTDOOR_LEARNING',
          audience: 'STUDENTS',
          yearGroups: [9, 10],
          hostPartnerId: host,
          startsAt: inDays(30, 9),
          endsAt: inDays(30, 15),
          aims: ['RESILIENCE', 'CONFIDENCE'],
          capacity: 30,
          ...input,
        },
      },
      caller,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createEvent.errors).toEqual([]);
    return res.data!.createEvent.event;
  }

  async function publishedEvent(input: Record<string, unknown> = {}): Promise<EventOut> {
    const event = await createEvent(input);
    const res = await sg.query<{ publishEvent: { errors: UserErr[] } }>(PUBLISH, { id: event.id });
    expect(res.data!.publishEvent.errors).toEqual([]);
    return { ...event, status: 'PUBLISHED' };
  }

  async function register(eventId: string, personId: string, caller?: Caller) {
    return sg.query<{
      registerForEvent: {
        registration: {
          id: string;
          status: string;
          waitlistPosition: number | null;
          event: EventOut;
        } | null;
        errors: UserErr[];
      };
    }>(REGISTER, { eventId, personId }, caller);
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    host = await upstream.partnerJoined({ name: 'Canterbury Academy' });
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  it('refuses a request without the gateway internal token (401)', async () => {
    const res = await fetch(sg.running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ events { edges { cursor } } }' }),
    });
    expect(res.status).toBe(401);
  });

  describe('projections of partners and people', () => {
    it('keeps partners from PartnerJoined and PartnerLeft', async () => {
      const id = await upstream.partnerJoined({ name: 'Dover Grammar School for Boys' });
      const [joined] = await sg.running.dataSource.query(
        `SELECT name, kind, sector, left_on FROM partner_projection WHERE id = $1`,
        [id],
      );
      expect(joined).toEqual({
        name: 'Dover Grammar School for Boys',
        kind: 'STATE',
        sector: 'STATE',
        left_on: null,
      });
      await upstream.partnerLeft(id, '2025-08-31');
      const [left] = await sg.running.dataSource.query(
        `SELECT to_char(left_on, 'YYYY-MM-DD') AS left_on FROM partner_projection WHERE id = $1`,
        [id],
      );
      expect(left.left_on).toBe('2025-08-31');
    });

    it('applies a redelivered event (same envelope id) once', async () => {
      const id = randomUUID();
      const joined = await upstream.publish('partners-governance', PartnerEvents.joined, id, {
        partnerId: id,
        name: 'Herne Bay High School',
        kind: 'STATE',
        sector: 'STATE',
        town: 'Herne Bay',
        joinedOn: '2024-09-01',
      });
      await upstream.applied(joined.id);
      // Mark the row, so a second application of the same envelope would be visible.
      await sg.running.dataSource.query(
        `UPDATE partner_projection SET name = 'marked' WHERE id = $1`,
        [id],
      );
      await upstream.send('partners-governance', joined);
      // Same key, same partition: once this later event is applied, the redelivery has been seen.
      await upstream.partnerLeft(id, '2026-08-31');
      const [row] = await sg.running.dataSource.query(
        `SELECT name, left_on IS NOT NULL AS left FROM partner_projection WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ name: 'marked', left: true });
      const [{ n }] = await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`,
        [joined.id],
      );
      expect(n).toBe(1);
    });

    it('keeps people as ids with partner, roles and year group, and erases them with their registrations', async () => {
      const event = await publishedEvent();
      const student = await upstream.personRegistered(host, ['STUDENT'], 10);
      const [row] = await sg.running.dataSource.query(
        `SELECT partner_id, roles, year_group FROM person_projection WHERE id = $1`,
        [student],
      );
      expect(row).toEqual({ partner_id: host, roles: ['STUDENT'], year_group: 10 });
      expect((await register(event.id, student)).data!.registerForEvent.registration!.status).toBe(
        'REGISTERED',
      );

      await upstream.personErased(student);
      const left = await sg.running.dataSource.query(
        `SELECT (SELECT count(*) FROM registration WHERE person_id = $1)::int AS registrations,
                (SELECT count(*) FROM person_projection WHERE id = $1)::int AS people`,
        [student],
      );
      expect(left).toEqual([{ registrations: 0, people: 0 }]);
    });
  });

  describe('createEvent', () => {
    it('creates a DRAFT and announces EventScheduled through the outbox', async () => {
      const before = await counts();
      const event = await createEvent({
        title: 'Kent Schools Choir Festival',
        kind: 'CHOIR',
        venue: 'Great Hall',
        aims: ['COMMUNITY', 'CONFIDENCE', 'COMMUNITY'],
        partnerQuota: 8,
      });
      expect(event).toMatchObject({
        title: 'Kent Schools Choir Festival',
        kind: 'CHOIR',
        status: 'DRAFT',
        hostPartner: { id: host },
        venue: 'Great Hall',
        aims: ['COMMUNITY', 'CONFIDENCE'],
        yearGroups: [9, 10],
        registeredCount: 0,
        waitlistCount: 0,
      });
      expect(await counts()).toEqual({
        ...before,
        events: before.events + 1,
        outbox: before.outbox + 1,
      });

      const kafka = new Kafka({
        brokers: testKafkaBrokers(),
        clientId: 'events-probe',
        logLevel: logLevel.NOTHING,
      });
      const consumer = kafka.consumer({
        groupId: `${prefix}probe`,
        maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
      });
      const seen: Array<{ key: string | undefined; value: unknown }> = [];
      await consumer.connect();
      await consumer.subscribe({ topic: topicFor('events', prefix), fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          seen.push({ key: message.key?.toString(), value: JSON.parse(message.value!.toString()) });
        },
      });
      try {
        const msg = await eventually(async () => seen.find((s) => s.key === event.id));
        const envelope = envelopeSchema.parse(msg.value);
        expect(envelope).toMatchObject({
          type: 'EventScheduled',
          version: 1,
          aggregateId: event.id,
          producer: 'events',
        });
        expect(EventEvents.scheduled.schema.parse(envelope.payload)).toEqual({
          eventId: event.id,
          title: 'Kent Schools Choir Festival',
          kind: 'CHOIR',
          hostPartnerId: host,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
          status: 'DRAFT',
          audience: 'STUDENTS',
          yearGroups: [9, 10],
          aims: ['COMMUNITY', 'CONFIDENCE'],
          // evaluation's reach report sets places used against these
          capacity: 30,
          partnerQuota: 8,
        });
      } finally {
        await consumer.disconnect();
      }
    });

    it('accepts an external venue without a host, for teachers only', async () => {
      const event = await createEvent({
        kind: 'TEACHMEET',
        audience: 'TEACHERS',
        yearGroups: null,
        hostPartnerId: null,
        venue: 'Kent Innovation Centre, Broadstairs',
      });
      expect(event).toMatchObject({ hostPartner: null, yearGroups: [], audience: 'TEACHERS' });
    });

    it('returns typed errors by field and writes nothing for invalid input', async () => {
      const before = await counts();
      const res = await sg.query<{ createEvent: { event: null; errors: UserErr[] } }>(CREATE, {
        input: {
          title: 'AB',
          kind: 'SPORT',
          audience: 'BOTH',
          yearGroups: [6, 9],
          startsAt: inDays(10, 15),
          endsAt: inDays(10, 9),
          aims: [],
          capacity: 5001,
        },
      });
      expect(res.data!.createEvent.event).toBeNull();
      expect(res.data!.createEvent.errors.map((e) => e.field).sort()).toEqual([
        'aims',
        'capacity',
        'endsAt',
        'title',
        'venue',
        'yearGroups.0',
      ]);
      expect(res.data!.createEvent.errors.every((e) => e.code === 'INVALID')).toBe(true);
      expect(await counts()).toEqual(before);
    });

    it('refuses a host partner that is unknown here or has left, with UNKNOWN_PARTNER', async () => {
      const gone = await upstream.partnerJoined({ name: 'Closed School' });
      await upstream.partnerLeft(gone, '2020-07-31');
      const before = await counts();
      for (const hostPartnerId of [randomUUID(), gone]) {
        const res = await sg.query<{ createEvent: { errors: UserErr[] } }>(CREATE, {
          input: {
            title: 'Bake Off',
            kind: 'BAKE_OFF',
            audience: 'STUDENTS',
            yearGroups: [7],
            hostPartnerId,
            startsAt: inDays(5),
            endsAt: inDays(5, 12),
            aims: ['COMMUNITY'],
            capacity: 20,
          },
        });
        expect(res.data!.createEvent.errors).toEqual([
          {
            field: 'hostPartnerId',
            code: 'UNKNOWN_PARTNER',
            message: 'no active partner with this id',
          },
        ]);
      }
      expect(await counts()).toEqual(before);
    });

    it('lets a champion create, and forbids heads, teachers, students and associates', async () => {
      const champion = await createEvent(
        { title: 'Champions CPD Morning', kind: 'CPD', audience: 'TEACHERS', yearGroups: [] },
        as(['CHAMPION'], { partnerId: host }),
      );
      expect(champion.status).toBe('DRAFT');
      const before = await counts();
      for (const roles of [['HEAD'], ['TEACHER'], ['STUDENT'], ['ASSOCIATE']] as Role[][]) {
        const res = await sg.query(
          CREATE,
          {
            input: {
              title: 'Not allowed',
              kind: 'OTHER',
              audience: 'TEACHERS',
              venue: 'x',
              startsAt: inDays(3),
              endsAt: inDays(3, 10),
              aims: ['COMMUNITY'],
              capacity: 5,
            },
          },
          as(roles, { partnerId: host }),
        );
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(res.data).toBeNull();
      }
      expect(await counts()).toEqual(before);
    });
  });

  describe('publishEvent', () => {
    it('publishes a draft once; publishing again is a typed error that changes nothing', async () => {
      const event = await createEvent();
      const first = await sg.query<{
        publishEvent: { event: { status: string }; errors: UserErr[] };
      }>(PUBLISH, { id: event.id });
      expect(first.data!.publishEvent).toEqual({
        event: { id: event.id, status: 'PUBLISHED' },
        errors: [],
      });
      const [outboxRow] = await sg.running.dataSource.query(
        `SELECT envelope FROM outbox WHERE message_key = $1 ORDER BY id DESC LIMIT 1`,
        [event.id],
      );
      expect(outboxRow.envelope.payload.status).toBe('PUBLISHED');

      const snapshot = async () => ({
        row: await sg.running.dataSource.query(
          `SELECT status, updated_at FROM event WHERE id = $1`,
          [event.id],
        ),
        ...(await counts()),
      });
      const before = await snapshot();
      const again = await sg.query<{ publishEvent: { event: null; errors: UserErr[] } }>(PUBLISH, {
        id: event.id,
      });
      expect(again.data!.publishEvent).toEqual({
        event: null,
        errors: [
          {
            field: 'id',
            code: 'NOT_DRAFT',
            message: 'only a draft can be published; this event is PUBLISHED',
          },
        ],
      });
      expect(await snapshot()).toEqual(before);
    });

    it('publishes exactly once when two publishers race', async () => {
      const event = await createEvent();
      const before = await counts();
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          sg.query<{ publishEvent: { errors: UserErr[] } }>(PUBLISH, { id: event.id }),
        ),
      );
      expect(results.filter((r) => r.data!.publishEvent.errors.length === 0)).toHaveLength(1);
      expect(
        results.filter((r) => r.data!.publishEvent.errors[0]?.code === 'NOT_DRAFT'),
      ).toHaveLength(4);
      expect((await counts()).outbox).toBe(before.outbox + 1);
    });

    it('returns NOT_FOUND for an unknown event, and forbids non-managers', async () => {
      const missing = await sg.query<{ publishEvent: { errors: UserErr[] } }>(PUBLISH, {
        id: randomUUID(),
      });
      expect(missing.data!.publishEvent.errors[0].code).toBe('NOT_FOUND');
      const event = await createEvent();
      // The host's head manages the host's events now (domain/event-management); a teacher of
      // the host and a champion or head of another partner do not.
      const other = await upstream.partnerJoined();
      for (const caller of [
        as(['TEACHER'], { partnerId: host }),
        as(['CHAMPION'], { partnerId: other }),
        as(['HEAD'], { partnerId: other }),
      ]) {
        const res = await sg.query(PUBLISH, { id: event.id }, caller);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      const [row] = await sg.running.dataSource.query(`SELECT status FROM event WHERE id = $1`, [
        event.id,
      ]);
      expect(row.status).toBe('DRAFT');
    });
  });

  describe('who manages an event (domain/event-management, checked in each use case)', () => {
    const MANAGE = {
      update: `mutation($id: ID!) { updateEvent(id: $id, input: { title: "Renamed by a manager", partnerQuota: 4 }) { event { id } errors { code } } }`,
      publish: `mutation($id: ID!) { publishEvent(id: $id) { event { id } errors { code } } }`,
      cancel: `mutation($id: ID!) { cancelEvent(id: $id, reason: "Rain") { event { id } errors { code } } }`,
      complete: `mutation($id: ID!) { completeEvent(id: $id) { event { id } errors { code } } }`,
      copy: `mutation($id: ID!) { copyEvent(id: $id, startsAt: "${inDays(60, 9)}", endsAt: "${inDays(60, 12)}") { event { id } errors { code } } }`,
      role: `mutation($id: ID!, $p: ID!) { assignEventRole(eventId: $id, personId: $p, role: ORGANISER) { role { role } errors { code } } }`,
    };

    it("forbids every management mutation to another school's champion and head, changing nothing", async () => {
      const event = await createEvent();
      const other = await upstream.partnerJoined();
      const teacher = await upstream.personRegistered(other, ['TEACHER']);
      const before = await counts();
      const [row] = await sg.running.dataSource.query(`SELECT * FROM event WHERE id = $1`, [
        event.id,
      ]);
      for (const caller of [
        as(['CHAMPION'], { partnerId: other }),
        as(['HEAD'], { partnerId: other }),
        as(['TEACHER'], { partnerId: host }),
      ]) {
        for (const [name, m] of Object.entries(MANAGE)) {
          const res = await sg.query(m, { id: event.id, p: teacher }, caller);
          expect([name, res.errors?.[0].extensions?.code]).toEqual([name, 'FORBIDDEN']);
        }
      }
      const series = await sg.query(
        `mutation($input: CreateEventSeriesInput!) { createEventSeries(input: $input) { events { id } errors { code } } }`,
        {
          input: {
            title: 'Series at another school',
            kind: 'SPORT',
            audience: 'TEACHERS',
            hostPartnerId: host,
            aims: ['COMMUNITY'],
            capacity: 10,
            dates: [{ startsAt: inDays(70, 9), endsAt: inDays(70, 10) }],
          },
        },
        as(['CHAMPION'], { partnerId: other }),
      );
      expect(series.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
      const [after] = await sg.running.dataSource.query(`SELECT * FROM event WHERE id = $1`, [
        event.id,
      ]);
      expect(after).toEqual(row);
    });

    it("lets the host's head and an organiser from another school manage it; moving it away needs the coordinator", async () => {
      const event = await createEvent();
      const other = await upstream.partnerJoined();
      const organiser = await upstream.personRegistered(other, ['TEACHER']);
      const head = as(['HEAD'], { partnerId: host });
      const assigned = await sg.query<{ assignEventRole: { errors: UserErr[] } }>(
        MANAGE.role,
        { id: event.id, p: organiser },
        head,
      );
      expect(assigned.data!.assignEventRole.errors).toEqual([]);
      const asOrganiser = as(['TEACHER'], { subject: organiser, partnerId: other });
      const updated = await sg.query<{
        updateEvent: { event: { id: string } | null; errors: UserErr[] };
      }>(MANAGE.update, { id: event.id }, asOrganiser);
      expect(updated.data!.updateEvent).toEqual({ event: { id: event.id }, errors: [] });
      // The update is announced with the new quota (evaluation's reach report reads it).
      const [announced] = (await sg.running.dataSource.query(
        `SELECT envelope->'payload' AS payload FROM outbox
         WHERE message_key = $1 AND event_type = 'EventScheduled' ORDER BY id DESC LIMIT 1`,
        [event.id],
      )) as Array<{ payload: Record<string, unknown> }>;
      expect(announced.payload).toMatchObject({ capacity: 30, partnerQuota: 4 });
      const published = await sg.query<{ publishEvent: { errors: UserErr[] } }>(
        MANAGE.publish,
        { id: event.id },
        asOrganiser,
      );
      expect(published.data!.publishEvent.errors).toEqual([]);
      // Managing an event is not placing it at another school.
      const moved = await sg.query(
        `mutation($id: ID!, $h: ID!) { updateEvent(id: $id, input: { hostPartnerId: $h }) { event { id } errors { code } } }`,
        { id: event.id, h: other },
        as(['CHAMPION'], { partnerId: host }),
      );
      expect(moved.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const cancelled = await sg.query<{ cancelEvent: { errors: UserErr[] } }>(
        MANAGE.cancel,
        { id: event.id },
        head,
      );
      expect(cancelled.data!.cancelEvent.errors).toEqual([]);
      const [row] = await sg.running.dataSource.query(
        `SELECT title, partner_quota, status, host_partner_id FROM event WHERE id = $1`,
        [event.id],
      );
      expect(row).toEqual({
        title: 'Renamed by a manager',
        partner_quota: 4,
        status: 'CANCELLED',
        host_partner_id: host,
      });
    });
  });

  describe('registerForEvent', () => {
    it('lets a student register themself, and refuses a second active registration', async () => {
      const event = await publishedEvent();
      const student = await upstream.personRegistered(host, ['STUDENT'], 9);
      const self = as(['STUDENT'], { subject: student, partnerId: host });
      const res = await register(event.id, student, self);
      expect(res.errors).toBeUndefined();
      expect(res.data!.registerForEvent.registration).toMatchObject({
        status: 'REGISTERED',
        waitlistPosition: null,
        person: { id: student },
        event: { id: event.id, registeredCount: 1, waitlistCount: 0 },
      });
      const again = await register(event.id, student, self);
      expect(again.data!.registerForEvent).toEqual({
        registration: null,
        errors: [
          {
            field: 'personId',
            code: 'ALREADY_REGISTERED',
            message: 'this person is already registered or waitlisted for this event',
          },
        ],
      });
    });

    it('waitlists in order once the event is full', async () => {
      const event = await publishedEvent({ capacity: 2 });
      const people = await upstream.peopleRegistered(host, ['STUDENT'], 10, 4);
      const outcomes = [];
      for (const p of people)
        outcomes.push((await register(event.id, p)).data!.registerForEvent.registration);
      expect(outcomes.map((r) => [r!.status, r!.waitlistPosition])).toEqual([
        ['REGISTERED', null],
        ['REGISTERED', null],
        ['WAITLISTED', 1],
        ['WAITLISTED', 2],
      ]);
      expect(outcomes[3]!.event).toMatchObject({ registeredCount: 2, waitlistCount: 2 });
    });

    it('lets staff of the person’s partner register them, and forbids other partners’ staff and other students', async () => {
      const event = await publishedEvent();
      const other = await upstream.partnerJoined({ name: 'Simon Langton Grammar School' });
      const student = await upstream.personRegistered(host, ['STUDENT'], 10);
      const before = await counts();
      for (const caller of [
        as(['TEACHER'], { partnerId: other }),
        as(['HEAD'], { partnerId: other }),
        as(['STUDENT'], { partnerId: host }),
        as(['ASSOCIATE'], { kind: 'api-key' }),
      ]) {
        const res = await register(event.id, student, caller);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect(await counts()).toEqual(before);
      const res = await register(event.id, student, as(['TEACHER'], { partnerId: host }));
      expect(res.data!.registerForEvent.registration!.status).toBe('REGISTERED');
    });

    it('checks the audience, the year group, the status and the start', async () => {
      const event = await publishedEvent({ yearGroups: [12, 13] });
      const year9 = await upstream.personRegistered(host, ['STUDENT'], 9);
      const teacher = await upstream.personRegistered(host, ['TEACHER']);
      const codeFor = async (eventId: string, personId: string) =>
        (await register(eventId, personId)).data!.registerForEvent.errors.map((e) => e.code);
      expect(await codeFor(event.id, year9)).toEqual(['YEAR_GROUP_NOT_ELIGIBLE']);
      expect(await codeFor(event.id, teacher)).toEqual(['NOT_IN_AUDIENCE']);
      expect(await codeFor(event.id, randomUUID())).toEqual(['UNKNOWN_PERSON']);
      expect(await codeFor(randomUUID(), year9)).toEqual(['NOT_FOUND']);

      const draft = await createEvent({ yearGroups: [9] });
      expect(await codeFor(draft.id, year9)).toEqual(['EVENT_NOT_OPEN']);
      // a student cannot tell a draft from a missing event
      const self = as(['STUDENT'], { subject: year9, partnerId: host });
      expect(
        (await register(draft.id, year9, self)).data!.registerForEvent.errors.map((e) => e.code),
      ).toEqual(['NOT_FOUND']);

      const started = await publishedEvent({
        yearGroups: [9],
        startsAt: inDays(-1, 9),
        endsAt: inDays(1, 9),
      });
      expect(await codeFor(started.id, year9)).toEqual(['EVENT_STARTED']);
      const [{ n }] = await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM registration WHERE person_id IN ($1, $2)`,
        [year9, teacher],
      );
      expect(n).toBe(0);
    });
  });

  describe('queries and visibility', () => {
    it('pages through the programme by (startsAt, id) with stable cursors; first is capped at 200', async () => {
      const partner = await upstream.partnerJoined({ name: 'Paging School' });
      // Bulk rows straight into the table: what is under test is the read side.
      await sg.running.dataSource.query(
        `INSERT INTO event (id, title, kind, audience, year_groups, host_partner_id, starts_at, ends_at, aims, capacity, status)
         SELECT gen_random_uuid(), 'Paging event ' || g, 'SPORT', 'TEACHERS', '{}', $1,
                timestamptz '2031-01-01T09:00:00Z' + (g / 3) * interval '1 hour',
                timestamptz '2031-01-01T10:00:00Z' + (g / 3) * interval '1 hour',
                '{COMMUNITY}', 10, CASE WHEN g % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END
         FROM generate_series(1, 230) g`,
        [partner],
      );
      const Q = `query($first: Int, $after: String, $from: String) {
        events(first: $first, after: $after, from: $from, kind: SPORT) { edges { cursor node { id startsAt status } } pageInfo { hasNextPage endCursor } }
      }`;
      type Page = {
        events: {
          edges: Array<{ cursor: string; node: { id: string; startsAt: string; status: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      const from = '2031-01-01T00:00:00Z';

      const capped = await sg.query<Page>(Q, { first: 1000, from });
      expect(capped.data!.events.edges).toHaveLength(200);
      expect(capped.data!.events.pageInfo.hasNextPage).toBe(true);

      const seen: Array<{ id: string; startsAt: string }> = [];
      let after: string | null = null;
      for (;;) {
        const res: { data?: Page } = await sg.query<Page>(
          Q,
          { first: 37, after, from },
          as(['STUDENT']),
        );
        const { edges, pageInfo } = res.data!.events;
        seen.push(...edges.map((e) => e.node));
        expect(edges.every((e) => e.node.status === 'PUBLISHED')).toBe(true);
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      expect(seen).toHaveLength(207); // 230 less the 23 drafts a student does not see
      expect(new Set(seen.map((e) => e.id)).size).toBe(207);
      const order = [...seen].sort(
        (a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id),
      );
      expect(seen).toEqual(order);

      const bad = await sg.query(Q, { after: 'bm90LWEtY3Vyc29y', from });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const zero = await sg.query(Q, { first: 0, from });
      expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('shows drafts to the coordinator and champions only, in lists, by id and by reference', async () => {
      const draft = await createEvent({
        title: 'Secret draft',
        startsAt: inDays(400),
        endsAt: inDays(400, 12),
      });
      const Q = `query($id: ID!, $from: String, $to: String) {
        event(id: $id) { id status }
        events(from: $from, to: $to, status: DRAFT) { edges { node { id } } }
        _entities(representations: [{ __typename: "Event", id: $id }]) { ... on Event { id } }
      }`;
      const vars = { id: draft.id, from: inDays(399), to: inDays(401) };
      for (const caller of [as(['COORDINATOR']), as(['CHAMPION'], { partnerId: host })]) {
        const res = await sg.query<{
          event: { id: string };
          events: { edges: unknown[] };
          _entities: unknown[];
        }>(Q, vars, caller);
        expect(res.data!.event).toEqual({ id: draft.id, status: 'DRAFT' });
        expect(res.data!.events.edges).toEqual([{ node: { id: draft.id } }]);
        expect(res.data!._entities).toEqual([{ id: draft.id }]);
      }
      for (const roles of [['STUDENT'], ['TEACHER'], ['HEAD'], ['ASSOCIATE']] as Role[][]) {
        const res = await sg.query<{
          event: null;
          events: { edges: unknown[] };
          _entities: unknown[];
        }>(Q, vars, as(roles, { partnerId: host }));
        expect(res.data).toEqual({ event: null, events: { edges: [] }, _entities: [null] });
      }
    });

    it('shows an event’s registrations to the coordinator, the host’s staff and those who run it only', async () => {
      const event = await publishedEvent();
      const student = await upstream.personRegistered(host, ['STUDENT'], 9);
      await register(event.id, student);
      const Q = `query($id: ID!) { event(id: $id) { registrations { status person { id } } } }`;
      for (const caller of [
        as(['COORDINATOR']),
        as(['TEACHER'], { partnerId: host }),
        as(['CHAMPION'], { partnerId: host }),
      ]) {
        const res = await sg.query<{ event: { registrations: unknown[] } }>(
          Q,
          { id: event.id },
          caller,
        );
        expect(res.data!.event.registrations).toEqual([
          { status: 'REGISTERED', person: { id: student } },
        ]);
      }
      const other = await upstream.partnerJoined();
      for (const caller of [
        as(['TEACHER'], { partnerId: other }),
        as(['STUDENT'], { subject: student, partnerId: host }),
        as(['ASSOCIATE']),
      ]) {
        const res = await sg.query(Q, { id: event.id }, caller);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      // Whoever runs the event sees who is coming, from whichever school they are.
      for (const role of ['ORGANISER', 'TEACHER_IN_CHARGE']) {
        const runner = await upstream.personRegistered(other, ['TEACHER']);
        const assigned = await sg.query<{ assignEventRole: { errors: UserErr[] } }>(
          `mutation($id: ID!, $p: ID!, $r: EventRoleKind!) { assignEventRole(eventId: $id, personId: $p, role: $r) { errors { code } } }`,
          { id: event.id, p: runner, r: role },
          as(['COORDINATOR']),
        );
        expect(assigned.data!.assignEventRole.errors).toEqual([]);
        const res = await sg.query<{ event: { registrations: unknown[] } }>(
          Q,
          { id: event.id },
          as(['TEACHER'], { subject: runner, partnerId: other }),
        );
        expect(res.data!.event.registrations).toEqual([
          { status: 'REGISTERED', person: { id: student } },
        ]);
      }
    });

    it('shows a person’s registrations to themself, the coordinator and their partner’s staff only', async () => {
      const event = await publishedEvent();
      const student = await upstream.personRegistered(host, ['STUDENT'], 10);
      await register(event.id, student);
      const Q = `query($id: ID!) { _entities(representations: [{ __typename: "Person", id: $id }]) { ... on Person { registrations { status event { id title } } } } }`;
      const allowed = [
        as(['STUDENT'], { subject: student, partnerId: host }),
        as(['COORDINATOR']),
        as(['HEAD'], { partnerId: host }),
        as(['TEACHER'], { partnerId: host }),
      ];
      for (const caller of allowed) {
        const res = await sg.query<{ _entities: Array<{ registrations: unknown[] }> }>(
          Q,
          { id: student },
          caller,
        );
        expect(res.data!._entities[0].registrations).toEqual([
          { status: 'REGISTERED', event: { id: event.id, title: 'Year 10 Outdoor Learning Day' } },
        ]);
      }
      const other = await upstream.partnerJoined();
      for (const caller of [
        as(['STUDENT'], { partnerId: host }),
        as(['TEACHER'], { partnerId: other }),
        as(['CHAMPION'], { partnerId: other }),
        as(['ASSOCIATE']),
      ]) {
        const res = await sg.query(Q, { id: student }, caller);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('batching: bounded SQL per request', () => {
    let partners: string[];
    let events: EventOut[];
    let people: string[];

    beforeAll(async () => {
      partners = [];
      for (let i = 0; i < 4; i += 1)
        partners.push(await upstream.partnerJoined({ name: `Batch School ${i}` }));
      events = [];
      for (const [i, p] of partners.entries()) {
        events.push(
          await publishedEvent({
            hostPartnerId: p,
            capacity: 2,
            title: `Batch event ${i}`,
            startsAt: inDays(60 + i),
            endsAt: inDays(60 + i, 16),
          }),
        );
      }
      people = await upstream.peopleRegistered(partners[0], ['STUDENT'], 10, 6);
      // Everyone at the first two events: 2 registered + 4 waitlisted at each.
      for (const e of events.slice(0, 2)) for (const p of people) await register(e.id, p);
    });

    it('resolves many Event references with counts in two queries (events, one grouped COUNT)', async () => {
      const representations = [...events.map((e) => e.id), 'not-a-uuid', randomUUID()].map(
        (id) => ({ __typename: 'Event', id }),
      );
      sg.running.sqlLog.reset();
      const res = await sg.query<{
        _entities: Array<{ id: string; registeredCount: number; waitlistCount: number } | null>;
      }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id title registeredCount waitlistCount } } }`,
        { r: representations },
      );
      expect(res.errors).toBeUndefined();
      expect(
        res.data!._entities.map((e) => e && [e.id, e.registeredCount, e.waitlistCount]),
      ).toEqual([
        [events[0].id, 2, 4],
        [events[1].id, 2, 4],
        [events[2].id, 0, 0],
        [events[3].id, 0, 0],
        null,
        null,
      ]);
      expect(sg.running.sqlLog.queries).toBe(2);
    });

    it('lists a page of events with counts in two queries', async () => {
      sg.running.sqlLog.reset();
      const res = await sg.query<{ events: { edges: unknown[] } }>(
        `query($from: String) { events(from: $from, first: 200) { edges { node { id registeredCount waitlistCount hostPartner { id } } } } }`,
        { from: inDays(59) },
      );
      expect(res.data!.events.edges.length).toBeGreaterThanOrEqual(4);
      expect(sg.running.sqlLog.queries).toBe(2);
    });

    it('resolves Partner.hostedEvents for many partners in one query', async () => {
      const representations = [...partners, randomUUID(), 'nope'].map((id) => ({
        __typename: 'Partner',
        id,
      }));
      sg.running.sqlLog.reset();
      const res = await sg.query<{
        _entities: Array<{ id: string; hostedEvents: Array<{ id: string }> }>;
      }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partner { id hostedEvents { id status } } } }`,
        { r: representations },
        as(['STUDENT']),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities.map((p) => p.hostedEvents.map((e) => e.id))).toEqual([
        ...events.map((e) => [e.id]),
        [],
        [],
      ]);
      expect(sg.running.sqlLog.queries).toBe(1);
    });

    it('resolves Person.registrations for many people with one registrations query: two in all for the coordinator (with their events), three for staff (people first)', async () => {
      const representations = people.map((id) => ({ __typename: 'Person', id }));
      const Q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id registrations { status waitlistPosition event { id } } } } }`;
      type Res = {
        _entities: Array<{
          id: string;
          registrations: Array<{
            status: string;
            waitlistPosition: number | null;
            event: { id: string };
          }>;
        }>;
      };

      sg.running.sqlLog.reset();
      const coordinator = await sg.query<Res>(Q, { r: representations });
      expect(coordinator.errors).toBeUndefined();
      const atFirstTwo = [events[0].id, events[1].id].sort();
      expect(
        coordinator.data!._entities.map((p) => p.registrations.map((r) => r.event.id).sort()),
      ).toEqual(people.map(() => atFirstTwo));
      expect(
        coordinator
          .data!._entities.flatMap((p) => p.registrations)
          .filter((r) => r.status === 'WAITLISTED')
          .map((r) => r.waitlistPosition)
          .sort(),
      ).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
      // registrations, then their events (one batch)
      expect(sg.running.sqlLog.queries).toBe(2);

      sg.running.sqlLog.reset();
      const staff = await sg.query<Res>(
        Q,
        { r: representations },
        as(['TEACHER'], { partnerId: partners[0] }),
      );
      expect(staff.errors).toBeUndefined();
      expect(staff.data!._entities).toHaveLength(6);
      expect(sg.running.sqlLog.queries).toBe(3);
    });
  });
});
