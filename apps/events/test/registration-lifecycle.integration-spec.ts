import { PeopleEvents } from '@ekst/contracts';
import { createServiceDataSource } from '@ekst/persistence';
import type { TestSubgraph } from '@ekst/testing';
import type { DataSource } from 'typeorm';
import { eventsModule } from '../src/module';
import { sweepExpiredOffers } from '../src/use-cases/sweep-expired-offers.use-case';
import { as, inDays, lifecycleFixture } from './lifecycle-fixture';
import type { UserErr } from './lifecycle-fixture';

/** Places, the queue and offers: cancellation, confirmation, the sweep, quotas, eligibility. */
describe('registration lifecycle', () => {
  const f = lifecycleFixture();
  const { upstream, at, sql, outboxTypes, event, register, change } = f;
  let sg: TestSubgraph;
  let host: string;
  beforeAll(() => {
    ({ sg, host } = f.current());
  });

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

    it('the job sweeps in a transaction bound like a use case’s: the run’s time, the events outbox', async () => {
      const job = eventsModule.jobs!.find((j) => j.name === 'events:offer-sweep')!;
      const eventId = await event({ capacity: 1 });
      const [a, b] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 2);
      const ra = (await register(eventId, a)).registration!;
      const rb = (await register(eventId, b)).registration!;
      await change('cancelRegistration', ra.id);
      const [offer] = await sql<{ offer_expires_at: Date }>(
        `SELECT offer_expires_at FROM registration WHERE id = $1`,
        [rb.id],
      );
      const after = new Date(offer.offer_expires_at.getTime() + 1000);
      expect(await sg.running.jobs.runOnce(job, after)).toBe(true);
      const [row] = await sql<{ status: string; cancelled_at: Date }>(
        `SELECT status, cancelled_at FROM registration WHERE id = $1`,
        [rb.id],
      );
      expect(row).toEqual({ status: 'CANCELLED', cancelled_at: after });
      const [changed] = await sql<{ envelope: { producer: string; payload: { status: string } } }>(
        `SELECT envelope FROM outbox WHERE message_key = $1 AND event_type = 'RegistrationChanged'
         ORDER BY id DESC LIMIT 1`,
        [eventId],
      );
      expect(changed.envelope).toMatchObject({
        producer: 'events',
        payload: { status: 'CANCELLED' },
      });
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
});
