import { randomUUID } from 'node:crypto';
import { devUserToken, eventually, retryUntil } from '@ekst/testing';
import { startE2eStack } from './stack-fixture';
import type { E2eStack } from './stack-fixture';

const CREATE_PARTNER = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code message } } }`;

describe('the platform through the gateway (real processes, Postgres and Kafka)', () => {
  let e2e: E2eStack;
  let coordinator: string;
  /** set by the cross-subgraph journey, reused by the calendar and export checks */
  let journey: { partnerId: string; eventId: string; studentId: string } | null = null;

  beforeAll(async () => {
    e2e = await startE2eStack();
    coordinator = await e2e.token(['COORDINATOR']);
  }, 180000);

  afterAll(async () => {
    await e2e?.stop();
  });

  async function createPartner(name: string, kind = 'STATE'): Promise<string> {
    const res = await e2e.query<{
      createPartner: { partner: { id: string } | null; errors: unknown[] };
    }>(coordinator, CREATE_PARTNER, {
      input: { name, kind, town: 'Canterbury' },
    });
    expect(res.data?.createPartner.errors).toEqual([]);
    return res.data!.createPartner.partner!.id;
  }

  /** Retries a mutation while a projection it depends on is still catching up. */
  async function whenProjected<T>(
    attempt: () => Promise<{ ok: boolean; value: T; errors: unknown }>,
  ): Promise<T> {
    let last: unknown;
    const r = await retryUntil(
      async () => {
        const a = await attempt();
        last = a.errors;
        return a.ok ? { v: a.value } : null;
      },
      'the mutation',
      { detail: () => last },
    );
    return r.v;
  }

  it('a new partner reaches the projections of people, events, evaluation and teacher-swap', async () => {
    const id = await createPartner('Hersden Village Primary');
    for (const service of ['people', 'events', 'evaluation', 'teacher-swap'] as const) {
      await eventually(
        async () =>
          (await e2e.sql(service, `SELECT id FROM partner_projection WHERE id = $1`, [id]))
            .length === 1,
        30000,
      );
    }
  });

  it('one query walks partner → people → registrations → event → host partner and its surveys, across four subgraphs', async () => {
    const partnerId = await createPartner('Simon Langton Grammar School for Boys', 'SELECTIVE');
    const student = await whenProjected(async () => {
      const r = await e2e.query<{
        registerPerson: { person: { id: string } | null; errors: unknown[] };
      }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code field message } } }`,
        { input: { partnerId, displayName: 'Ada Student', roles: ['STUDENT'], yearGroup: 10 } },
      );
      return {
        ok: !!r.data?.registerPerson.person,
        value: r.data?.registerPerson.person?.id as string,
        errors: r.data?.registerPerson.errors ?? r.errors,
      };
    });
    const startsAt = new Date(Date.now() + 7 * 86400000);
    const eventId = await whenProjected(async () => {
      const r = await e2e.query<{
        createEvent: { event: { id: string } | null; errors: unknown[] };
      }>(
        coordinator,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code field message } } }`,
        {
          input: {
            title: 'Year 10 Science TeachMeet',
            kind: 'SUBJECT_CLUSTER',
            audience: 'STUDENTS',
            yearGroups: [10, 11],
            hostPartnerId: partnerId,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3 * 3600000).toISOString(),
            aims: ['WIDENING_HORIZONS'],
            capacity: 30,
          },
        },
      );
      return {
        ok: !!r.data?.createEvent.event,
        value: r.data?.createEvent.event?.id as string,
        errors: r.data?.createEvent.errors ?? r.errors,
      };
    });
    const published = await e2e.query<{ publishEvent: { errors: unknown[] } }>(
      coordinator,
      `mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`,
      { id: eventId },
    );
    expect(published.data?.publishEvent.errors).toEqual([]);
    await whenProjected(async () => {
      const r = await e2e.query<{
        registerForEvent: { registration: { status: string } | null; errors: unknown[] };
      }>(
        coordinator,
        `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { status } errors { code message } } }`,
        { e: eventId, p: student },
      );
      return {
        ok: r.data?.registerForEvent.registration?.status === 'REGISTERED',
        value: true,
        errors: r.data?.registerForEvent.errors ?? r.errors,
      };
    });
    await whenProjected(async () => {
      const r = await e2e.query<{
        createSurvey: { survey: { id: string } | null; errors: unknown[] };
      }>(
        coordinator,
        `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } errors { code message } } }`,
        {
          input: {
            eventId,
            phase: 'PRE',
            instrument: 'SWEMWBS',
            opensAt: new Date().toISOString(),
            closesAt: startsAt.toISOString(),
          },
        },
      );
      return {
        ok: !!r.data?.createSurvey.survey,
        value: true,
        errors: r.data?.createSurvey.errors ?? r.errors,
      };
    });

    const res = await e2e.query(
      coordinator,
      `query($id: ID!) { partner(id: $id) { name sector people { displayName yearGroup registrations { status event { title hostPartner { name } surveys { phase instrument } } } } } }`,
      { id: partnerId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      partner: {
        name: 'Simon Langton Grammar School for Boys',
        sector: 'STATE',
        people: [
          {
            displayName: 'Ada Student',
            yearGroup: 10,
            registrations: [
              {
                status: 'REGISTERED',
                event: {
                  title: 'Year 10 Science TeachMeet',
                  hostPartner: { name: 'Simon Langton Grammar School for Boys' },
                  surveys: [{ phase: 'PRE', instrument: 'SWEMWBS' }],
                },
              },
            ],
          },
        ],
      },
    });
    journey = { partnerId, eventId, studentId: student };
    // The student sees their own registration through the same graph, nobody else's.
    const studentToken = await e2e.token(['STUDENT'], student, partnerId);
    const me = await e2e.query<{ me: { displayName: string; registrations: unknown[] } }>(
      studentToken,
      `{ me { displayName registrations { status } } }`,
    );
    expect(me.data?.me).toEqual({
      displayName: 'Ada Student',
      registrations: [{ status: 'REGISTERED' }],
    });
  });

  it('serves a subscribable iCalendar feed by secret URL, an event .ics and a CSV export through the gateway', async () => {
    expect(journey).not.toBeNull();
    const { partnerId, eventId, studentId } = journey!;
    const created = await e2e.query<{
      createCalendarFeed: { token: string | null; feed: { id: string } | null };
    }>(
      coordinator,
      `mutation($p: ID!) { createCalendarFeed(scope: PARTNER, partnerId: $p) { token feed { id } errors { code } } }`,
      { p: partnerId },
    );
    const token = created.data?.createCalendarFeed.token;
    expect(token).toBeTruthy();
    const origin = new URL(e2e.url).origin;

    // A calendar client sends no credentials: the secret in the URL is the key.
    const feed = await fetch(`${origin}/calendars/${token}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ICAL = (await import('ical.js')).default;
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('summary'))).toContain(
      'Year 10 Science TeachMeet',
    );

    const single = await fetch(`${origin}/events/${eventId}.ics`, {
      headers: { authorization: `Bearer ${coordinator}` },
    });
    expect(single.status).toBe(200);
    expect(await single.text()).toContain('BEGIN:VCALENDAR');
    expect((await fetch(`${origin}/events/${eventId}.ics`)).status).toBe(401);

    const csv = await fetch(
      `${origin}/events/${eventId}/registrations.csv?columns=PERSON_ID,STATUS`,
      {
        headers: { authorization: `Bearer ${coordinator}` },
      },
    );
    expect(csv.status).toBe(200);
    expect((await csv.text()).trim().split(/\r?\n/)).toEqual([
      'person_id,status',
      `${studentId},REGISTERED`,
    ]);

    // Revoked: the URL stops working at once.
    await e2e.query(
      coordinator,
      `mutation($id: ID!) { revokeCalendarFeed(id: $id) { errors { code } } }`,
      {
        id: created.data?.createCalendarFeed.feed?.id,
      },
    );
    expect((await fetch(`${origin}/calendars/${token}.ics`)).status).toBe(404);
    expect((await fetch(`${origin}/calendars/not-a-token.ics`)).status).toBe(404);
  });

  it('a subgraph called directly, without the gateway, answers 401', async () => {
    for (const service of [
      'partners-governance',
      'people',
      'events',
      'evaluation',
      'teacher-swap',
    ] as const) {
      const res = await fetch(e2e.stack.subgraphUrl(service), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect(res.status).toBe(401);
    }
  });

  it('a missing, forged or expired JWT gets UNAUTHENTICATED, never a 500', async () => {
    const forged = await devUserToken({
      sub: randomUUID(),
      roles: ['COORDINATOR'],
      secret: 'x'.repeat(48),
    });
    const expired = await devUserToken({
      sub: randomUUID(),
      roles: ['COORDINATOR'],
      issuedAt: Math.floor(Date.now() / 1000) - 7200,
      ttlSeconds: 60,
    });
    for (const token of [null, forged, expired, 'not.a.jwt']) {
      const res = await e2e.query(token, '{ partners { id } }');
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    }
  });

  it('hostile requests get clear errors and the gateway keeps serving', async () => {
    const deep = `{ partners { ${'people { partner { '.repeat(25)} id ${'} } '.repeat(25)} } }`;
    const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: partners { id }`).join(' ')} }`;
    for (const query of [deep, aliases]) {
      const res = await e2e.query(coordinator, query);
      expect(res.status).toBe(400);
      expect(res.errors?.length).toBeGreaterThan(0);
    }
    const big = await fetch(e2e.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator}` },
      body: JSON.stringify({ query: `{ partners { id } }`, padding: 'x'.repeat(5 * 1024 * 1024) }),
    });
    expect(big.status).toBe(413);
    const malformed = await fetch(e2e.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator}` },
      body: '{"query": "{ partners { id } }"',
    });
    expect(malformed.status).toBe(400);
    const unknownOp = await fetch(e2e.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator}` },
      body: JSON.stringify({ query: 'query A { partners { id } }', operationName: 'B' }),
    });
    expect(unknownOp.status).toBe(400);
    const ok = await e2e.query(coordinator, '{ partners { id } }');
    expect(ok.status).toBe(200);
    expect(ok.errors).toBeUndefined();
  });

  it('a consumer SIGKILLed before it consumed committed events catches up after restart, applying each exactly once', async () => {
    await e2e.stack.kill('people', 'SIGKILL');
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await createPartner(`Crash Test Academy ${i}`));
    // Committed and published by the producer while the consumer is dead.
    await eventually(async () => {
      const [{ unsent }] = await e2e.sql<{ unsent: number }>(
        'partners-governance',
        `SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`,
      );
      return unsent === 0;
    });
    await e2e.stack.startService('people');
    await eventually(
      async () =>
        (
          await e2e.sql('people', `SELECT id FROM partner_projection WHERE id = ANY($1::uuid[])`, [
            ids,
          ])
        ).length === ids.length,
      60000,
    );

    // Now crash it in the middle of a burst, then restart: every event applied exactly once.
    const burst: string[] = [];
    for (let i = 0; i < 15; i += 1) burst.push(await createPartner(`Burst School ${i}`));
    await eventually(
      async () =>
        (
          await e2e.sql('people', `SELECT id FROM partner_projection WHERE id = ANY($1::uuid[])`, [
            burst,
          ])
        ).length > 0,
      30000,
    );
    await e2e.stack.kill('people', 'SIGKILL');
    await e2e.stack.startService('people');
    const all = [...ids, ...burst];
    await eventually(
      async () =>
        (
          await e2e.sql('people', `SELECT id FROM partner_projection WHERE id = ANY($1::uuid[])`, [
            all,
          ])
        ).length === all.length,
      60000,
    );

    const produced = await e2e.sql<{ event_id: string }>(
      'partners-governance',
      `SELECT event_id FROM outbox WHERE message_key = ANY($1)`,
      [all],
    );
    const applied = await e2e.sql<{ event_id: string; n: number }>(
      'people',
      `SELECT event_id, count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
      [produced.map((p) => p.event_id)],
    );
    expect(applied).toHaveLength(produced.length);
    expect(applied.every((a) => a.n === 1)).toBe(true);
    // and the service serves again through the gateway
    const res = await e2e.query<{ partner: { people: unknown[] } }>(
      coordinator,
      `query($id: ID!) { partner(id: $id) { people { id } } }`,
      { id: ids[0] },
    );
    expect(res.data?.partner.people).toEqual([]);
  });
});
