import { PeopleEvents } from '@ekst/contracts';
import type { TestSubgraph } from '@ekst/testing';
import { checkIn, checkOut } from '../src/use-cases/attendance.use-case';
import { completeEvent } from '../src/use-cases/complete-event.use-case';
import { as, inDays, lifecycleFixture } from './lifecycle-fixture';
import type { UserErr } from './lifecycle-fixture';

/** An event from draft to completed: cancel, check-in, complete; series, copies, roles. */
describe('event lifecycle', () => {
  const f = lifecycleFixture();
  const { upstream, at, sql, outboxTypes, event, register, change } = f;
  let sg: TestSubgraph;
  let host: string;
  beforeAll(() => {
    ({ sg, host } = f.current());
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

    it('closes the queue on completion: the waitlisted end CANCELLED (WAITLIST_CLOSED), an open offer lapses, each announced', async () => {
      const e = await event({ capacity: 1, startsAt: inDays(6, 9), endsAt: inDays(6, 15) });
      const [a, b, c] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 3);
      const ra = (await register(e, a)).registration!;
      const rb = (await register(e, b)).registration!;
      const rc = (await register(e, c)).registration!;
      expect([ra.status, rb.status, rc.status]).toEqual(['REGISTERED', 'WAITLISTED', 'WAITLISTED']);
      // a gives up the place: it is offered to b; c keeps waiting.
      const cancelled = await change('cancelRegistration', ra.id);
      expect(cancelled.data!.cancelRegistration.errors).toEqual([]);
      const ended = new Date(Date.parse(inDays(6, 16)));
      const done = await completeEvent(at(as(['COORDINATOR']), ended), { id: e });
      expect(done).toMatchObject({ kind: 'done', value: { status: 'COMPLETED' } });

      const rows = await sql<{
        id: string;
        status: string;
        cancellation: string | null;
        waitlist_position: number | null;
        offer_expires_at: Date | null;
        cancelled_at: Date | null;
      }>(
        `SELECT id, status, cancellation, waitlist_position, offer_expires_at, cancelled_at
           FROM registration WHERE event_id = $1`,
        [e],
      );
      const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
      expect(byId[rb.id]).toMatchObject({
        status: 'CANCELLED',
        cancellation: 'OFFER_EXPIRED',
        offer_expires_at: null,
        cancelled_at: ended,
      });
      expect(byId[rc.id]).toMatchObject({
        status: 'CANCELLED',
        cancellation: 'WAITLIST_CLOSED',
        waitlist_position: null,
        cancelled_at: ended,
      });
      expect(rows.filter((r) => ['WAITLISTED', 'OFFERED'].includes(r.status))).toEqual([]);
      // Consumers' projections (people's event contacts, communications' audiences) learn of it.
      const changes = await sql<{ payload: { registrationId: string; status: string } }>(
        `SELECT envelope->'payload' AS payload FROM outbox
          WHERE message_key = $1 AND event_type = 'RegistrationChanged' ORDER BY id`,
        [e],
      );
      const last = new Map(changes.map((x) => [x.payload.registrationId, x.payload.status]));
      expect(last.get(rb.id)).toBe('CANCELLED');
      expect(last.get(rc.id)).toBe('CANCELLED');
      // The graph shows them as cancelled, not waiting for a place that can no longer come.
      const shown = await sg.query<{
        event: {
          registrations: Array<{ id: string; status: string; waitlistPosition: number | null }>;
        };
      }>(`query($id: ID!) { event(id: $id) { registrations { id status waitlistPosition } } }`, {
        id: e,
      });
      expect(shown.data!.event.registrations.find((r) => r.id === rc.id)).toEqual({
        id: rc.id,
        status: 'CANCELLED',
        waitlistPosition: null,
      });
    });

    it('marks a leaver from PersonLeft and takes no new registration for them (PERSON_LEFT), changing nothing', async () => {
      const e = await event({ capacity: 5, yearGroups: [13] });
      const [leaver, stays] = await upstream.peopleRegistered(host, ['STUDENT'], 13, 2);
      const left = await upstream.publish('people', PeopleEvents.left, leaver, {
        personId: leaver,
        leftOn: '2026-09-01',
      });
      await upstream.applied(left.id);
      const [row] = await sql<{ left_on: string | null }>(
        `SELECT to_char(left_on, 'YYYY-MM-DD') AS left_on FROM person_projection WHERE id = $1`,
        [leaver],
      );
      expect(row.left_on).toBe('2026-09-01');
      const refused = await register(e, leaver);
      expect(refused).toEqual({
        registration: null,
        errors: [{ field: 'personId', code: 'PERSON_LEFT' }],
      });
      expect(await sql(`SELECT 1 FROM registration WHERE person_id = $1`, [leaver])).toEqual([]);
      expect((await register(e, stays)).registration?.status).toBe('REGISTERED');
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
  });
});
