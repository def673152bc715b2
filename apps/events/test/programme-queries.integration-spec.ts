import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { DEV_INTERNAL_TOKEN_SECRET } from '@ekst/subgraph-kit';
import { eventually } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { as, inDays, lifecycleFixture } from './lifecycle-fixture';

/** Reading the programme: filters, a page of 200 in two queries, calendar feeds and the CSV. */
describe('programme queries and files', () => {
  const f = lifecycleFixture();
  const { upstream, sql, event, register } = f;
  let sg: TestSubgraph;
  let host: string;
  beforeAll(() => {
    ({ sg, host } = f.current());
  });

  describe('programme', () => {
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

    it('keeps a cancelled event in every feed as STATUS:CANCELLED until 30 days after its end; a cancelled draft never shows', async () => {
      const p = await upstream.partnerJoined({ name: 'Feed Cancel School' });
      const [s] = await upstream.peopleRegistered(p, ['STUDENT'], 10, 1);
      const hosted = (title: string) =>
        event({
          title,
          capacity: 5,
          hostPartnerId: p,
          startsAt: inDays(20, 9),
          endsAt: inDays(20, 15),
        });
      const called = await hosted('Called-off Choir');
      const longAgo = await hosted('Long-gone Choir');
      const kept = await hosted('Still-on Choir');
      const draft = await event({ title: 'Secret Draft', hostPartnerId: p }, false);
      for (const id of [called, longAgo, kept]) await register(id, s);
      const cancel = (id: string) =>
        sg.query<{ cancelEvent: { errors: unknown[] } }>(
          `mutation($id: ID!) { cancelEvent(id: $id, reason: "Snow") { errors { code } } }`,
          { id },
        );
      for (const id of [called, longAgo, draft])
        expect((await cancel(id)).data!.cancelEvent.errors).toEqual([]);
      // Ended 31 days ago: long enough for every subscribed client to have seen the cancellation.
      await sql(
        `UPDATE event SET starts_at = now() - interval '31 days 6 hours',
                          ends_at = now() - interval '31 days' WHERE id = $1`,
        [longAgo],
      );
      const feedOf = async (scope: string, caller: Caller, partnerId?: string) => {
        const created = await sg.query<{ createCalendarFeed: { token: string } }>(
          `mutation($s: CalendarScope!, $p: ID) { createCalendarFeed(scope: $s, partnerId: $p) { token errors { code } } }`,
          { s: scope, p: partnerId ?? null },
          caller,
        );
        const res = await get(`/calendars/${created.data!.createCalendarFeed.token}.ics`);
        expect(res.status).toBe(200);
        const cal = new ICAL.Component(ICAL.parse(await res.text()));
        return Object.fromEntries(
          cal
            .getAllSubcomponents('vevent')
            .map((c) => [c.getFirstPropertyValue('uid'), c.getFirstPropertyValue('status')]),
        );
      };
      const self = as(['STUDENT'], { subject: s, partnerId: p });
      const feeds = [
        await feedOf('PERSON', self),
        await feedOf('PARTNER', as(['COORDINATOR']), p),
        await feedOf('PROGRAMME', self),
      ];
      for (const byUid of feeds) {
        expect(byUid[`${called}@events.ekst`]).toBe('CANCELLED');
        expect(byUid[`${kept}@events.ekst`]).toBe('CONFIRMED');
        expect(byUid[`${longAgo}@events.ekst`]).toBeUndefined();
        expect(byUid[`${draft}@events.ekst`]).toBeUndefined();
      }
    });

    it('streams registrations as CSV with the chosen columns, to the coordinator and host staff only', async () => {
      const coordinator = as(['COORDINATOR']);
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
        coordinator,
      );
      expect(res.status).toBe(200);
      expect((await res.text()).trim().split('\n')).toEqual([
        'person_id,status,waitlist_position',
        `${a},REGISTERED,`,
        `${b},WAITLISTED,1`,
      ]);
      expect((await get(`/events/${eventId}/registrations.csv`, as(['STUDENT']))).status).toBe(403);
      expect((await get(`/events/${randomUUID()}/registrations.csv`)).status).toBe(404);

      // The file is in the access log like the register in the graph: one entry naming both
      // people, for the coordinator who downloaded it; the refused and unknown ones log nothing.
      const logged = await eventually(async () => {
        const rows = await sql<{ viewer_id: string; subject_ids: string[]; data_kind: string }>(
          `SELECT viewer_id, subject_ids::text[] AS subject_ids, data_kind FROM access_log
           WHERE operation = 'registrations.csv' AND $1::uuid = ANY(subject_ids)`,
          [a],
        );
        return rows.length > 0 ? rows : null;
      });
      expect(logged).toEqual([
        {
          viewer_id: coordinator.subject,
          subject_ids: expect.arrayContaining([a, b]),
          data_kind: 'REGISTRATIONS',
        },
      ]);
      expect(logged[0].subject_ids).toHaveLength(2);
    });
  });
});
