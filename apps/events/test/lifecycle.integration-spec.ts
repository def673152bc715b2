import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { PeopleEvents } from '@ekst/contracts';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import type { Caller, Role } from '@ekst/auth';
import { createServiceDataSource } from '@ekst/persistence';
import { DEV_INTERNAL_TOKEN_SECRET, useCaseDeps } from '@ekst/subgraph-kit';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import type { DataSource } from 'typeorm';
import { eventsModule } from '../src/module';
import { checkIn, checkOut } from '../src/use-cases/attendance.use-case';
import { completeEvent } from '../src/use-cases/complete-event.use-case';
import { sweepExpiredOffers } from '../src/use-cases/sweep-expired-offers.use-case';
import { UpstreamEvents } from './upstream-events';

interface UserErr {
  field: string | null;
  code: string;
}
interface Reg {
  id: string;
  status: string;
  waitlistPosition: number | null;
  offerExpiresAt: string | null;
  checkInCode: string | null;
  person: { id: string };
}
const REG = `id status waitlistPosition offerExpiresAt checkInCode person { id }`;

function inDays(days: number, hour = 9): string {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}
function as(roles: Role[], overrides: Partial<Caller> = {}): Caller {
  return testCaller(roles, { subject: randomUUID(), ...overrides });
}

describe('the programme and registration lifecycle', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  let host: string;

  beforeAll(async () => {
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    host = await upstream.partnerJoined({ name: 'Canterbury Academy' });
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  /** The use cases' deps for `caller`, at `now`, on `ds` (the subgraph's own pool by default). */
  const at = (caller: Caller, now: Date, ds: DataSource = sg.running.dataSource) =>
    useCaseDeps(caller, ds, { ...sg.running.messaging.txBinding, clock: { now: () => now } });

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    sg.running.dataSource.query(text, params) as Promise<T[]>;

  async function outboxTypes(eventId: string): Promise<string[]> {
    const rows = await sql<{ event_type: string }>(
      `SELECT event_type FROM outbox WHERE message_key = $1 ORDER BY id`,
      [eventId],
    );
    return rows.map((r) => r.event_type);
  }

  async function event(input: Record<string, unknown> = {}, publish = true): Promise<string> {
    const res = await sg.query<{ createEvent: { event: { id: string }; errors: UserErr[] } }>(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { field code } } }`,
      {
        input: {
          title: 'Year 10 Outdoor Learning Day',
          kind: 'OUTDOOR_LEARNING',
          audience: 'STUDENTS',
          yearGroups: [10],
          hostPartnerId: host,
          startsAt: inDays(30, 9),
          endsAt: inDays(30, 15),
          aims: ['RESILIENCE'],
          capacity: 2,
          ...input,
        },
      },
    );
    expect(res.data!.createEvent.errors).toEqual([]);
    const id = res.data!.createEvent.event.id;
    if (publish)
      await sg.query(`mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`, { id });
    return id;
  }

  async function register(eventId: string, personId: string, caller?: Caller) {
    const res = await sg.query<{
      registerForEvent: { registration: Reg | null; errors: UserErr[] };
    }>(
      `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { ${REG} } errors { field code } } }`,
      { e: eventId, p: personId },
      caller,
    );
    return res.data!.registerForEvent;
  }

  async function change(name: 'cancelRegistration' | 'confirmPlace', id: string, caller?: Caller) {
    return sg.query<
      Record<string, { registration: Reg | null; offered: Reg[]; errors: UserErr[] }>
    >(
      `mutation($id: ID!) { ${name}(registrationId: $id) { registration { ${REG} } offered { ${REG} } errors { field code } } }`,
      { id },
      caller,
    );
  }

  describe('cancellation, offers and the sweep', () => {
    it('cancelling a place offers it to the first on the waitlist with a deadline, announced as PlaceOffered; confirming takes it', async () => {
      const eventId = await event();
      const [a, b, c, d] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 4);
      const ra = (await register(eventId, a)).registration!;
      await register(eventId, b);
      const rc = (await register(eventId, c)).registration!;
      await register(eventId, d);
      expect(rc).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });

      const self = as(['STUDENT'], { subject: a, partnerId: host });
      const cancelled = await change('cancelRegistration', ra.id, self);
      expect(cancelled.errors).toBeUndefined();
      const payload = cancelled.data!.cancelRegistration;
      expect(payload.registration!.status).toBe('CANCELLED');
      expect(payload.offered).toHaveLength(1);
      expect(payload.offered[0]).toMatchObject({
        id: rc.id,
        status: 'OFFERED',
        waitlistPosition: null,
      });
      const deadline = Date.parse(payload.offered[0].offerExpiresAt!);
      expect(deadline).toBeGreaterThan(Date.now() + 47 * 3_600_000);
      expect(await outboxTypes(eventId)).toContain('PlaceOffered');

      // Someone else's student cannot confirm; the person can.
      const stranger = as(['TEACHER'], { partnerId: await upstream.partnerJoined() });
      expect((await change('confirmPlace', rc.id, stranger)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      const confirmed = await change(
        'confirmPlace',
        rc.id,
        as(['STUDENT'], { subject: c, partnerId: host }),
      );
      expect(confirmed.data!.confirmPlace.registration).toMatchObject({
        status: 'REGISTERED',
        offerExpiresAt: null,
      });
      const again = await change('cancelRegistration', ra.id, self);
      expect(again.data!.cancelRegistration.errors.map((e) => e.code)).toEqual(['NOT_ACTIVE']);
    });

    it('a teacher of the person’s partner may cancel for them; another partner’s teacher may not', async () => {
      const eventId = await event();
      const [a] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 1);
      const ra = (await register(eventId, a)).registration!;
      const other = await upstream.partnerJoined();
      expect(
        (await change('cancelRegistration', ra.id, as(['TEACHER'], { partnerId: other })))
          .errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      const ok = await change('cancelRegistration', ra.id, as(['TEACHER'], { partnerId: host }));
      expect(ok.data!.cancelRegistration.registration!.status).toBe('CANCELLED');
      const [row] = await sql(`SELECT cancellation FROM registration WHERE id = $1`, [ra.id]);
      expect(row.cancellation).toBe('STAFF');
    });

    it('an unconfirmed offer passes to the next person after its deadline, also when swept by a new process', async () => {
      const eventId = await event({ capacity: 1 });
      const [a, b, c] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 3);
      const ra = (await register(eventId, a)).registration!;
      const rb = (await register(eventId, b)).registration!;
      const rc = (await register(eventId, c)).registration!;
      await change('cancelRegistration', ra.id);
      const [offer] = await sql<{ status: string; offer_expires_at: Date }>(
        `SELECT status, offer_expires_at FROM registration WHERE id = $1`,
        [rb.id],
      );
      expect(offer.status).toBe('OFFERED');

      // Before the deadline nothing moves.
      expect(await sweepExpiredOffers(at(as(['COORDINATOR']), new Date()), new Date())).toEqual({
        expired: 0,
        offered: 0,
      });

      // "Restart": a brand-new connection pool with nothing in memory finds the due offer.
      const fresh: DataSource = createServiceDataSource(
        { url: sg.database.url, applicationName: 'events-after-restart' },
        { entities: eventsModule.entities, migrations: [] },
      ).dataSource;
      await fresh.initialize();
      try {
        const after = new Date(offer.offer_expires_at.getTime() + 1000);
        expect(await sweepExpiredOffers(at(as(['COORDINATOR']), after, fresh), after)).toEqual({
          expired: 1,
          offered: 1,
        });
        expect(await sweepExpiredOffers(at(as(['COORDINATOR']), after, fresh), after)).toEqual({
          expired: 0,
          offered: 0,
        });
      } finally {
        await fresh.destroy();
      }
      const rows = await sql<{ id: string; status: string; cancellation: string | null }>(
        `SELECT id, status, cancellation FROM registration WHERE id = ANY($1::uuid[])`,
        [[rb.id, rc.id]],
      );
      expect(Object.fromEntries(rows.map((r) => [r.id, [r.status, r.cancellation]]))).toEqual({
        [rb.id]: ['CANCELLED', 'OFFER_EXPIRED'],
        [rc.id]: ['OFFERED', null],
      });
      // Too late to confirm the expired one.
      const late = await change('confirmPlace', rb.id);
      expect(late.data!.confirmPlace.errors.map((e) => e.code)).toEqual(['NO_OFFER']);
      expect((await outboxTypes(eventId)).filter((t) => t === 'PlaceOffered')).toHaveLength(2);
    });

    it('the offer job is registered with the kit and runs the sweep', async () => {
      const job = eventsModule.jobs!.find((j) => j.name === 'events:offer-sweep')!;
      expect(job.intervalMs).toBeLessThanOrEqual(60_000);
      expect(await sg.running.jobs.runOnce(job)).toBe(true);
    });

    it('promotion respects partner quotas: a waiting person whose partner is at quota is skipped, not dropped', async () => {
      const other = await upstream.partnerJoined({ name: 'Quota Other' });
      const eventId = await event({ capacity: 3, partnerQuota: 2 });
      const [h1, h2, h3] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 3);
      const [o1, o2] = await upstream.peopleRegistered(other, ['STUDENT'], 10, 2);
      const r1 = (await register(eventId, h1)).registration!;
      await register(eventId, h2);
      const r3 = (await register(eventId, h3)).registration!; // host at quota → waitlisted
      expect(r3.status).toBe('WAITLISTED');
      const ro1 = (await register(eventId, o1)).registration!; // other partner: a place
      expect(ro1.status).toBe('REGISTERED');
      const ro2 = (await register(eventId, o2)).registration!;
      expect(ro2).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
      // o1 cancels: host still at quota, so h3 (first in line) is skipped and o2 is offered.
      const res = await change('cancelRegistration', ro1.id);
      expect(res.data!.cancelRegistration.offered.map((r) => r.id)).toEqual([ro2.id]);
      // h1 cancels: now h3 can have it.
      const res2 = await change('cancelRegistration', r1.id);
      expect(res2.data!.cancelRegistration.offered.map((r) => r.id)).toEqual([r3.id]);
    });
  });

  describe('eligibility and typed errors that change nothing', () => {
    it('refuses a cancelled event, a past event, a missing consent, and a partner that left', async () => {
      const count = async () =>
        (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM registration`))[0].n;
      const [s] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 1);
      const cancelled = await event();
      await sg.query(
        `mutation($id: ID!) { cancelEvent(id: $id, reason: "Coach unavailable") { errors { code } } }`,
        {
          id: cancelled,
        },
      );
      const before = await count();
      expect((await register(cancelled, s)).errors.map((e) => e.code)).toEqual(['EVENT_CANCELLED']);
      const past = await event({ startsAt: inDays(-2, 9), endsAt: inDays(-2, 12) });
      expect((await register(past, s)).errors.map((e) => e.code)).toEqual(['EVENT_STARTED']);
      const trip = await event({ requiredConsents: ['TRIPS'] });
      expect((await register(trip, s)).errors.map((e) => e.code)).toEqual(['CONSENT_REQUIRED']);
      const consent = await upstream.publish('people', PeopleEvents.consentChanged, s, {
        personId: s,
        kind: 'TRIPS',
        granted: true,
      });
      await upstream.applied(consent.id);
      expect(await count()).toBe(before);
      expect((await register(trip, s)).registration!.status).toBe('REGISTERED');

      const gone = await upstream.partnerJoined({ name: 'Leaving School' });
      const [g] = await upstream.peopleRegistered(gone, ['STUDENT'], 10, 1);
      await upstream.partnerLeft(gone, '2020-01-01');
      expect((await register(await event(), g)).errors.map((e) => e.code)).toEqual([
        'PARTNER_NOT_MEMBER',
      ]);
    });

    it('updateEvent refuses an end before the start, a capacity or partner quota below the places held, changing nothing', async () => {
      const eventId = await event({ capacity: 3 });
      const people = await upstream.peopleRegistered(host, ['STUDENT'], 10, 3);
      for (const p of people) await register(eventId, p);
      const U = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { event { capacity endsAt } errors { field code } } }`;
      const [before] = await sql(`SELECT capacity, ends_at FROM event WHERE id = $1`, [eventId]);
      const bad = await sg.query<{ updateEvent: { errors: UserErr[] } }>(U, {
        id: eventId,
        input: { endsAt: inDays(30, 8) },
      });
      expect(bad.data!.updateEvent.errors).toEqual([{ field: 'endsAt', code: 'INVALID' }]);
      const low = await sg.query<{ updateEvent: { errors: UserErr[] } }>(U, {
        id: eventId,
        input: { capacity: 2 },
      });
      expect(low.data!.updateEvent.errors).toEqual([
        { field: 'capacity', code: 'CAPACITY_BELOW_REGISTRATIONS' },
      ]);
      // All three places are held by the host's people: a quota of 2 per partner is too low.
      const quota = await sg.query<{ updateEvent: { errors: UserErr[] } }>(U, {
        id: eventId,
        input: { partnerQuota: 2 },
      });
      expect(quota.data!.updateEvent.errors).toEqual([
        { field: 'partnerQuota', code: 'QUOTA_BELOW_REGISTRATIONS' },
      ]);
      expect(await sql(`SELECT capacity, ends_at FROM event WHERE id = $1`, [eventId])).toEqual([
        before,
      ]);
      const ok = await sg.query<{ updateEvent: { event: { capacity: number } } }>(U, {
        id: eventId,
        input: { capacity: 5 },
      });
      expect(ok.data!.updateEvent.event.capacity).toBe(5);
    });
  });

  describe('programme', () => {
    it('cancels with a reason (EventCancelled), and completes after the end with no-shows and attendees (EventCompleted)', async () => {
      const C = `mutation($id: ID!, $r: String!) { cancelEvent(id: $id, reason: $r) { event { status cancelReason } errors { code } } }`;
      const e1 = await event();
      const res = await sg.query<{
        cancelEvent: { event: { status: string; cancelReason: string } };
      }>(C, {
        id: e1,
        r: 'Venue flooded',
      });
      expect(res.data!.cancelEvent.event).toEqual({
        status: 'CANCELLED',
        cancelReason: 'Venue flooded',
      });
      expect(await outboxTypes(e1)).toContain('EventCancelled');
      const twice = await sg.query<{ cancelEvent: { errors: UserErr[] } }>(C, {
        id: e1,
        r: 'again',
      });
      expect(twice.data!.cancelEvent.errors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);

      // An event that is happening now: check-in by code and by person, then completion.
      const e2 = await event({ capacity: 5, startsAt: inDays(5, 9), endsAt: inDays(5, 15) });
      const [a, b, c] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 3);
      const ra = (await register(e2, a)).registration!;
      await register(e2, b);
      await register(e2, c);
      const refusal = await upstream.publish('people', PeopleEvents.consentChanged, b, {
        personId: b,
        kind: 'PHOTO_PUBLICITY',
        granted: false,
      });
      await upstream.applied(refusal.id);
      const given = await upstream.publish('people', PeopleEvents.consentChanged, a, {
        personId: a,
        kind: 'PHOTO_PUBLICITY',
        granted: true,
      });
      await upstream.applied(given.id);
      const during = new Date(Date.parse(inDays(5, 10)));
      const coordinator = as(['COORDINATOR']);
      const byCode = await checkIn(at(coordinator, during), {
        eventId: e2,
        code: ra.checkInCode!.toLowerCase(),
      });
      expect(byCode).toMatchObject({
        kind: 'done',
        value: { registration: { personId: a, status: 'ATTENDED' }, warnings: [] },
      });
      const byPerson = await checkIn(at(coordinator, during), { eventId: e2, personId: b });
      // Whoever is at the door is told: no photos of b (refused).
      expect(byPerson).toMatchObject({ kind: 'done', value: { warnings: ['NO_PHOTOS'] } });
      const twiceIn = await checkIn(at(coordinator, during), { eventId: e2, personId: b });
      expect(twiceIn).toMatchObject({
        kind: 'rejected',
        errors: [{ code: 'ALREADY_CHECKED_IN' }],
      });
      const [stranger] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 1);
      expect(
        await checkIn(at(coordinator, during), { eventId: e2, personId: stranger }),
      ).toMatchObject({ kind: 'rejected', errors: [{ code: 'NOT_REGISTERED' }] });
      // A student is not an organiser; an organiser assigned to the event is.
      expect(
        await checkIn(at(as(['STUDENT']), during), { eventId: e2, personId: c }),
      ).toMatchObject({
        kind: 'forbidden',
      });
      const out = await checkOut(at(coordinator, new Date(during.getTime() + 3_600_000)), {
        eventId: e2,
        personId: a,
      });
      expect(out).toMatchObject({ kind: 'done' });

      // The check-in list shows photo consent; only a recorded "given" (a) allows photos: c has
      // no record, which is no consent, and the deprecated flag says so too.
      const list = await sg.query<{
        event: {
          registrations: Array<{
            person: { id: string };
            photoConsent: string;
            photoConsentRefused: boolean;
            status: string;
          }>;
        };
      }>(
        `query($id: ID!) { event(id: $id) { registrations { status photoConsent photoConsentRefused person { id } } } }`,
        { id: e2 },
      );
      expect(
        Object.fromEntries(
          list.data!.event.registrations.map((r) => [
            r.person.id,
            [r.status, r.photoConsent, r.photoConsentRefused],
          ]),
        ),
      ).toEqual({
        [a]: ['ATTENDED', 'ALLOWED', false],
        [b]: ['ATTENDED', 'REFUSED', true],
        [c]: ['REGISTERED', 'NOT_RECORDED', true],
      });

      expect(await completeEvent(at(coordinator, during), { id: e2 })).toMatchObject({
        kind: 'rejected',
        errors: [{ code: 'NOT_ENDED' }],
      });
      const done = await completeEvent(at(coordinator, new Date(Date.parse(inDays(5, 16)))), {
        id: e2,
      });
      expect(done).toMatchObject({ kind: 'done', value: { status: 'COMPLETED' } });
      const [{ status }] = await sql(
        `SELECT status FROM registration WHERE event_id = $1 AND person_id = $2`,
        [e2, c],
      );
      expect(status).toBe('NO_SHOW');
      const envelopes = await sql<{
        event_type: string;
        envelope: { payload: Record<string, unknown> };
      }>(`SELECT event_type, envelope FROM outbox WHERE message_key = $1 ORDER BY id`, [e2]);
      const completed = envelopes.find((e) => e.event_type === 'EventCompleted')!;
      expect((completed.envelope.payload.attendeeIds as string[]).sort()).toEqual([a, b].sort());
      expect(
        envelopes
          .filter((e) => e.event_type === 'AttendanceRecorded')
          .map((e) => [e.envelope.payload.personId, e.envelope.payload.status]),
      ).toEqual([
        [a, 'ATTENDED'],
        [b, 'ATTENDED'],
        [c, 'NO_SHOW'],
      ]);
    });

    it('creates a series on several dates and copies an event; an end before the start refuses the whole series', async () => {
      const S = `mutation($input: CreateEventSeriesInput!) { createEventSeries(input: $input) { events { id seriesId startsAt status } errors { field code } } }`;
      const base = {
        title: 'Maths Subject Cluster',
        kind: 'SUBJECT_CLUSTER',
        audience: 'TEACHERS',
        hostPartnerId: host,
        aims: ['WIDENING_HORIZONS'],
        capacity: 20,
      };
      const dates = [10, 40, 70].map((d) => ({ startsAt: inDays(d, 16), endsAt: inDays(d, 18) }));
      const res = await sg.query<{
        createEventSeries: {
          events: Array<{ id: string; seriesId: string; status: string }>;
          errors: UserErr[];
        };
      }>(S, { input: { ...base, dates } });
      const events = res.data!.createEventSeries.events;
      expect(events).toHaveLength(3);
      expect(new Set(events.map((e) => e.seriesId)).size).toBe(1);
      expect(events.every((e) => e.status === 'DRAFT')).toBe(true);

      const before = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM event`))[0].n;
      const bad = await sg.query<{ createEventSeries: { errors: UserErr[] } }>(S, {
        input: { ...base, dates: [dates[0], { startsAt: inDays(90, 18), endsAt: inDays(90, 16) }] },
      });
      expect(bad.data!.createEventSeries.errors).toEqual([
        { field: 'dates.1.endsAt', code: 'INVALID' },
      ]);
      expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM event`))[0].n).toBe(before);

      const copy = await sg.query<{
        copyEvent: { event: { title: string; status: string; copiedFrom: { id: string } } };
      }>(
        `mutation($id: ID!, $s: String!, $e: String!) { copyEvent(id: $id, startsAt: $s, endsAt: $e) { event { title status copiedFrom { id } } errors { code } } }`,
        { id: events[0].id, s: inDays(400, 16), e: inDays(400, 18) },
      );
      expect(copy.data!.copyEvent.event).toEqual({
        title: 'Maths Subject Cluster',
        status: 'DRAFT',
        copiedFrom: { id: events[0].id },
      });
    });

    it('assigns an ambassador only with a safeguarding check valid on the day', async () => {
      const eventId = await event({ startsAt: inDays(20, 9), endsAt: inDays(20, 15) });
      const uni = await upstream.partnerJoined({ name: 'University of East Kent' });
      const [amb] = await upstream.peopleRegistered(uni, ['AMBASSADOR'], null, 1);
      const A = `mutation($e: ID!, $p: ID!) { assignEventRole(eventId: $e, personId: $p, role: AMBASSADOR) { role { role person { id } } errors { code } } }`;
      const refused = await sg.query<{ assignEventRole: { errors: UserErr[] } }>(A, {
        e: eventId,
        p: amb,
      });
      expect(refused.data!.assignEventRole.errors.map((e) => e.code)).toEqual([
        'SAFEGUARDING_NOT_VALID',
      ]);
      const tooShort = await upstream.publish('people', PeopleEvents.safeguardingChanged, amb, {
        personId: amb,
        clearedUntil: inDays(19).slice(0, 10),
      });
      await upstream.applied(tooShort.id);
      expect(
        (
          await sg.query<{ assignEventRole: { errors: UserErr[] } }>(A, { e: eventId, p: amb })
        ).data!.assignEventRole.errors.map((e) => e.code),
      ).toEqual(['SAFEGUARDING_NOT_VALID']);
      const valid = await upstream.publish('people', PeopleEvents.safeguardingChanged, amb, {
        personId: amb,
        clearedUntil: inDays(400).slice(0, 10),
      });
      await upstream.applied(valid.id);
      const ok = await sg.query<{ assignEventRole: { role: { role: string }; errors: UserErr[] } }>(
        A,
        { e: eventId, p: amb },
      );
      expect(ok.data!.assignEventRole).toEqual({
        role: { role: 'AMBASSADOR', person: { id: amb } },
        errors: [],
      });
    });

    it('filters the programme by academic year, term, partner, kind, audience and aim', async () => {
      const p = await upstream.partnerJoined({ name: 'Filter School' });
      await sql(
        `INSERT INTO event (id, title, kind, audience, year_groups, host_partner_id, starts_at, ends_at, aims, capacity, status) VALUES
         (gen_random_uuid(), 'Autumn choir', 'CHOIR', 'STUDENTS', '{9}', $1, '2041-10-01T09:00Z', '2041-10-01T10:00Z', '{COMMUNITY}', 10, 'PUBLISHED'),
         (gen_random_uuid(), 'Spring CPD', 'CPD', 'TEACHERS', '{}', $1, '2042-02-01T09:00Z', '2042-02-01T10:00Z', '{WIDENING_HORIZONS}', 10, 'PUBLISHED'),
         (gen_random_uuid(), 'Summer sport', 'SPORT', 'BOTH', '{9}', $1, '2042-06-01T09:00Z', '2042-06-01T10:00Z', '{WELLBEING,COMMUNITY}', 10, 'PUBLISHED'),
         -- 23:30 UTC on 31 August is 00:30 BST on 1 September: the next academic year
         (gen_random_uuid(), 'Late night', 'OTHER', 'TEACHERS', '{}', $1, '2042-08-31T23:30Z', '2042-09-01T01:00Z', '{COMMUNITY}', 10, 'PUBLISHED')`,
        [p],
      );
      const titles = async (args: string) => {
        const res = await sg.query<{ events: { edges: Array<{ node: { title: string } }> } }>(
          `query($p: ID) { events(partnerId: $p, ${args}) { edges { node { title } } } }`,
          { p },
        );
        expect(res.errors).toBeUndefined();
        return res.data!.events.edges.map((e) => e.node.title);
      };
      expect(await titles('academicYear: 2041')).toEqual([
        'Autumn choir',
        'Spring CPD',
        'Summer sport',
      ]);
      expect(await titles('academicYear: 2042')).toEqual(['Late night']);
      expect(await titles('academicYear: 2041, term: SPRING')).toEqual(['Spring CPD']);
      expect(await titles('academicYear: 2041, aim: COMMUNITY')).toEqual([
        'Autumn choir',
        'Summer sport',
      ]);
      expect(await titles('academicYear: 2041, audience: TEACHERS')).toEqual(['Spring CPD']);
      expect(await titles('academicYear: 2041, kind: SPORT')).toEqual(['Summer sport']);
      const bad = await sg.query(`{ events(term: AUTUMN) { edges { cursor } } }`);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('serves 200 events of a year with host partner and counts in two SQL queries', async () => {
      const partners: string[] = [];
      for (let i = 0; i < 8; i += 1)
        partners.push(await upstream.partnerJoined({ name: `Year School ${i}` }));
      await sql(
        `INSERT INTO event (id, title, kind, audience, year_groups, host_partner_id, starts_at, ends_at, aims, capacity, status)
         SELECT gen_random_uuid(), 'Programme ' || g, 'SPORT', 'TEACHERS', '{}', ($1::uuid[])[1 + g % 8],
                timestamptz '2051-09-10T09:00Z' + g * interval '1 day', timestamptz '2051-09-10T12:00Z' + g * interval '1 day',
                '{COMMUNITY}', 30, 'PUBLISHED'
         FROM generate_series(1, 200) g`,
        [partners],
      );
      await sql(
        `INSERT INTO registration (id, event_id, person_id, partner_id, status, check_in_code)
         SELECT gen_random_uuid(), e.id, gen_random_uuid(), e.host_partner_id, 'REGISTERED', md5(random()::text)
         FROM event e, generate_series(1, 3) WHERE e.title LIKE 'Programme %'`,
      );
      sg.running.sqlLog.reset();
      const res = await sg.query<{
        events: {
          edges: Array<{ node: { hostPartner: { id: string }; registeredCount: number } }>;
        };
      }>(
        `{ events(academicYear: 2051, first: 200) { edges { node { id title startsAt hostPartner { id } registeredCount waitlistCount } } } }`,
        undefined,
        as(['STUDENT']),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.events.edges).toHaveLength(200);
      expect(
        res.data!.events.edges.every(
          (e) => e.node.registeredCount === 3 && partners.includes(e.node.hostPartner.id),
        ),
      ).toBe(true);
      expect(sg.running.sqlLog.queries).toBe(2);
    });
  });

  describe('calendars and CSV over HTTP (/internal routes)', () => {
    async function get(path: string, caller: Caller = as(['COORDINATOR'])) {
      const token = await signInternalToken(caller, {
        secret: DEV_INTERNAL_TOKEN_SECRET,
        audience: 'events',
      });
      return fetch(sg.running.url.replace('/graphql', `/internal${path}`), {
        headers: { [INTERNAL_TOKEN_HEADER]: token },
      });
    }

    it('a person’s secret feed lists their events as valid iCalendar; revoking it makes the URL 404', async () => {
      const [s] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 1);
      const mine = await event({ title: 'Feed Outdoor Day', capacity: 5 });
      await event({ title: 'Not mine', capacity: 5 });
      await register(mine, s);
      const self = as(['STUDENT'], { subject: s, partnerId: host });
      const created = await sg.query<{
        createCalendarFeed: { feed: { id: string; scope: string }; token: string };
      }>(
        `mutation { createCalendarFeed(scope: PERSON) { feed { id scope } token errors { code } } }`,
        undefined,
        self,
      );
      const { feed, token } = created.data!.createCalendarFeed;
      expect(feed.scope).toBe('PERSON');
      const [stored] = await sql(`SELECT token_hash FROM calendar_feed WHERE id = $1`, [feed.id]);
      expect(stored.token_hash).not.toBe(token);

      const res = await get(`/calendars/${token}.ics`, as(['ASSOCIATE'], { kind: 'api-key' }));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
      const cal = new ICAL.Component(ICAL.parse(await res.text()));
      const vevents = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(vevents.map((e) => e.summary)).toEqual(['Feed Outdoor Day']);
      expect(vevents[0].uid).toBe(`${mine}@events.ekst`);
      expect(vevents[0].startDate.toJSDate().toISOString()).toBe(inDays(30, 9));
      expect(vevents[0].endDate.toJSDate().toISOString()).toBe(inDays(30, 15));

      const one = await get(`/events/${mine}.ics`, self);
      expect(one.status).toBe(200);
      expect(
        new ICAL.Component(ICAL.parse(await one.text())).getAllSubcomponents('vevent'),
      ).toHaveLength(1);

      await sg.query(
        `mutation($id: ID!) { revokeCalendarFeed(id: $id) { feed { revokedAt } errors { code } } }`,
        { id: feed.id },
        self,
      );
      expect((await get(`/calendars/${token}.ics`)).status).toBe(404);
      expect((await get(`/calendars/${'x'.repeat(32)}.ics`)).status).toBe(404);
    });

    it('streams registrations as CSV with the chosen columns, to the coordinator and host staff only', async () => {
      const eventId = await event({ capacity: 1 });
      const [a, b] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 2);
      await register(eventId, a);
      await register(eventId, b);
      // An unknown column refuses the export, naming the valid ones, rather than dropping it.
      const bogus = await get(
        `/events/${eventId}/registrations.csv?columns=person_id,status,waitlist_position,bogus`,
      );
      expect(bogus.status).toBe(400);
      expect(await bogus.json()).toMatchObject({
        unknownColumns: ['bogus'],
        validColumns: expect.arrayContaining(['person_id', 'photo_consent', 'check_in_code']),
      });
      const res = await get(
        `/events/${eventId}/registrations.csv?columns=person_id,STATUS,waitlist_position`,
      );
      expect(res.status).toBe(200);
      expect((await res.text()).trim().split('\n')).toEqual([
        'person_id,status,waitlist_position',
        `${a},REGISTERED,`,
        `${b},WAITLISTED,1`,
      ]);
      expect((await get(`/events/${eventId}/registrations.csv`, as(['STUDENT']))).status).toBe(403);
      expect((await get(`/events/${randomUUID()}/registrations.csv`)).status).toBe(404);
    });
  });
});
