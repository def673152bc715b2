import { spawn } from 'node:child_process';
import http from 'node:http';
import type { ChildProcess } from 'node:child_process';
import { DEV_AUTH_ENV, INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import { buildApps, compiledMain, REPO_ROOT, subgraphSpec } from '@ekst/platform';
import { DEV_INTERNAL_TOKEN_SECRET, useCaseDeps } from '@ekst/subgraph-kit';
import { startTestSubgraph, testCaller, testKafkaBrokers, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { eventsModule } from '../src/module';
import { registerForEvent } from '../src/use-cases/register-for-event.use-case';
import { UpstreamEvents } from './upstream-events';

/**
 * Group commit must not rely on being the only process: two events-service processes (this one's
 * in-process subgraph and the compiled service as a child OS process) on ONE database take 500
 * registrations for one 30-place event with a quota of 8 at once, each batching what reaches it.
 * Only the database's row lock on the event orders their batches; the outcome must be exact.
 */
describe('registerForEvent with two events-service processes racing on one event', () => {
  let sg: TestSubgraph;
  let child: ChildProcess | null = null;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  const coordinator = testCaller(['COORDINATOR']);
  // The helper's own port range (events' port + 2950), beside any developer stack.
  const childUrl = `http://127.0.0.1:${subgraphSpec('events').port + 2950}/graphql`;

  beforeAll(async () => {
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    await buildApps();
    child = spawn(process.execPath, [compiledMain('events')], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        [DEV_AUTH_ENV]: '1',
        PORT: String(subgraphSpec('events').port + 2950),
        DATABASE_URL: sg.database.url,
        KAFKA_BROKERS: testKafkaBrokers().join(','),
        EKST_TOPIC_PREFIX: prefix,
        LOG_LEVEL: 'warn',
        DB_POOL_MAX: '5',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`events child exited (${child.exitCode})`);
      const ready = await fetch(childUrl.replace('/graphql', '/health/ready')).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline) throw new Error('events child not ready in 90 s');
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 150_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child?.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await upstream.disconnect();
    await sg?.stop();
  });

  // A bounded pool of keep-alive connections: requests queue on them rather than 250 sockets.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  afterAll(() => agent.destroy());

  async function callChild(query: string, variables: Record<string, unknown>) {
    const token = await signInternalToken(coordinator, {
      secret: DEV_INTERNAL_TOKEN_SECRET,
      audience: 'events',
    });
    const body = JSON.stringify({ query, variables });
    return new Promise<{ status: number; data?: unknown; errors?: unknown }>((resolve, reject) => {
      const req = http.request(
        childUrl,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            [INTERNAL_TOKEN_HEADER]: token,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve({
                status: res.statusCode ?? 0,
                ...(JSON.parse(Buffer.concat(chunks).toString()) as object),
              });
            } catch (err) {
              reject(err instanceof Error ? err : new Error(String(err)));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it('500 registrations split over both processes: exactly 30 within quota, 470 waitlisted 1..470 in the order places were decided, every change announced once', async () => {
    const partners: string[] = [];
    for (let i = 0; i < 5; i += 1)
      partners.push(await upstream.partnerJoined({ name: `Two-process School ${i}` }));
    const people: string[] = [];
    for (const p of partners)
      people.push(...(await upstream.peopleRegistered(p, ['STUDENT'], 11, 100)));
    people.sort(); // interleaves the partners

    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const created = (await sg.query(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code } } }`,
      {
        input: {
          title: 'Year 11 Outdoor Learning Day',
          kind: 'OUTDOOR_LEARNING',
          audience: 'STUDENTS',
          yearGroups: [11],
          hostPartnerId: partners[0],
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          aims: ['RAISING_ASPIRATIONS'],
          capacity: 30,
          partnerQuota: 8,
        },
      },
    )) as { data?: { createEvent: { event: { id: string } | null } } };
    const eventId = created.data?.createEvent.event?.id;
    expect(eventId).toBeDefined();
    await sg.query(`mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`, {
      id: eventId,
    });

    const register = `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) {
      registration { status waitlistPosition } errors { code } } }`;
    // Alternate processes, all at once: both queue batches for the same event concurrently.
    // This process places its half through the use case (its own group-commit queue and pool),
    // the child its half through its GraphQL endpoint.
    const deps = useCaseDeps(coordinator, sg.running.dataSource, sg.running.messaging.txBinding);
    const answered = await Promise.all(
      people.map(async (p, i) => {
        if (i % 2 === 0) {
          const r = await registerForEvent(deps, { eventId: eventId!, personId: p });
          return r.kind === 'done' ? r.value.status : `${r.kind}`;
        }
        const r = (await callChild(register, { e: eventId, p })) as {
          status: number;
          errors?: unknown;
          data?: {
            registerForEvent: { registration: { status: string } | null; errors: unknown[] };
          };
        };
        return r.status === 200 && !r.errors
          ? (r.data?.registerForEvent.registration?.status ?? JSON.stringify(r.data))
          : JSON.stringify(r.errors ?? r.status);
      }),
    );
    expect(answered.filter((a) => a !== 'REGISTERED' && a !== 'WAITLISTED')).toEqual([]);

    const db = sg.running.dataSource;
    const rows = (await db.query(
      `SELECT id, person_id, status, partner_id, waitlist_position, registered_at
       FROM registration WHERE event_id = $1`,
      [eventId],
    )) as Array<{
      id: string;
      person_id: string;
      status: string;
      partner_id: string;
      waitlist_position: number | null;
      registered_at: Date;
    }>;
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((r) => r.person_id)).size).toBe(500);
    const stored = new Map(rows.map((r) => [r.person_id, r.status]));
    expect(people.map((p) => stored.get(p))).toEqual(answered);
    const registered = rows.filter((r) => r.status === 'REGISTERED');
    expect(registered).toHaveLength(30);
    const perPartner = new Map<string, number>();
    for (const r of registered)
      perPartner.set(r.partner_id, (perPartner.get(r.partner_id) ?? 0) + 1);
    expect(Math.max(...perPartner.values())).toBeLessThanOrEqual(8);
    const waitlisted = rows
      .filter((r) => r.status === 'WAITLISTED')
      .sort((a, b) => a.waitlist_position! - b.waitlist_position!);
    expect(waitlisted.map((r) => r.waitlist_position)).toEqual(
      Array.from({ length: 470 }, (_, i) => i + 1),
    );
    // Queue order is the order places were decided: positions never go back in time.
    for (let i = 1; i < waitlisted.length; i += 1)
      expect(waitlisted[i].registered_at.getTime()).toBeGreaterThanOrEqual(
        waitlisted[i - 1].registered_at.getTime(),
      );
    // Every registration announced exactly once, with the status it was stored with.
    const announced = (await db.query(
      `SELECT envelope->'payload'->>'registrationId' AS id, envelope->'payload'->>'status' AS status
       FROM outbox WHERE event_type = 'RegistrationChanged' AND envelope->'payload'->>'eventId' = $1`,
      [eventId],
    )) as Array<{ id: string; status: string }>;
    expect(announced).toHaveLength(500);
    const byId = new Map(announced.map((a) => [a.id, a.status]));
    expect(rows.every((r) => byId.get(r.id) === r.status)).toBe(true);
  }, 300_000);
});
