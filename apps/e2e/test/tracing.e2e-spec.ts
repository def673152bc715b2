import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@ekst/platform';
import { devUserToken, eventually, gql, retryUntil, TestStack } from '@ekst/testing';

/** Ports: the stack on 4000..4006 + 3100; the OTLP receiver on 7159 (offset 3150). */
const OFFSET = 3100;
const RECEIVER_PORT = 4000 + 3150 + 9; // this suite's second offset (3150), clear of the stack's ports
const METRICS_TOKEN = 'tracing-e2e-metrics-token';

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean>;
  links: Array<{ traceId: string; spanId: string }>;
}

/** SpanKind in OTLP: 2 server, 4 producer, 5 consumer. */
const SERVER = 2;
const PRODUCER = 4;
const CONSUMER = 5;

/**
 * One trace id follows a student's registration from the gateway through the events subgraph, the
 * outbox and Kafka into the evaluation service's consumer. The platform runs as real processes
 * exporting over OTLP/HTTP to a receiver PROCESS on loopback (tools/otlp-receiver: no OTLP
 * collector is installable here), which writes what it received to a file this test reads.
 */
describe('traces across the gateway, subgraphs and Kafka (real processes, OTLP over loopback)', () => {
  let receiver: ChildProcess;
  let stack: TestStack;
  const out = path.join(
    REPO_ROOT,
    '.data',
    'e2e-logs',
    `otlp-spans-${randomBytes(3).toString('hex')}.jsonl`,
  );

  beforeAll(async () => {
    mkdirSync(path.dirname(out), { recursive: true });
    receiver = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        'tools/otlp-receiver/receiver.ts',
        '--port',
        String(RECEIVER_PORT),
        '--out',
        out,
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      receiver.once('exit', (code) => reject(new Error(`receiver exited (${code})`)));
      receiver.stdout?.on('data', (c: Buffer) => {
        if (c.toString().includes('listening')) resolve();
      });
    });
    stack = new TestStack('tracing', OFFSET, {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${RECEIVER_PORT}`,
      OTEL_BSP_SCHEDULE_DELAY: '300',
      METRICS_TOKEN,
    });
    await stack.start();
  }, 240000);

  afterAll(async () => {
    await stack?.dispose();
    receiver?.kill('SIGTERM');
  });

  const spans = (): ReceivedSpan[] =>
    readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ReceivedSpan);

  it("one trace id follows a student's registration: gateway → events → outbox → Kafka → evaluation", async () => {
    const coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000000c0',
      roles: ['COORDINATOR'],
    });
    const url = stack.gatewayUrl;
    const partner = await gql<{ createPartner: { partner: { id: string } } }>(
      url,
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
      { input: { name: 'Tracing Academy', kind: 'STATE', town: 'Margate' } },
    );
    const partnerId = partner.data!.createPartner.partner.id;
    const studentName = 'Tracey Tracewell';
    const studentId = await retryUntil(async () => {
      const r = await gql<{ registerPerson: { person: { id: string } | null } }>(
        url,
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code } } }`,
        { input: { partnerId, displayName: studentName, roles: ['STUDENT'], yearGroup: 10 } },
      );
      return r.data?.registerPerson.person?.id;
    }, 'registering the student');
    const startsAt = new Date(Date.now() + 7 * 86400000);
    const eventId = await retryUntil(async () => {
      const r = await gql<{ createEvent: { event: { id: string } | null } }>(
        url,
        coordinator,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code } } }`,
        {
          input: {
            title: 'Tracing TeachMeet',
            kind: 'SUBJECT_CLUSTER',
            audience: 'STUDENTS',
            yearGroups: [10],
            hostPartnerId: partnerId,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3600000).toISOString(),
            aims: ['WIDENING_HORIZONS'],
            capacity: 10,
          },
        },
      );
      return r.data?.createEvent.event?.id;
    }, 'creating the event');
    const published = await gql<{ publishEvent: { errors: unknown[] } }>(
      url,
      coordinator,
      `mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`,
      { id: eventId },
    );
    expect(published.data?.publishEvent.errors).toEqual([]);

    // The student registers themself (the least-privileged role that can), in a trace the
    // client starts: its traceparent is continued by the gateway.
    const student = await devUserToken({ sub: studentId, roles: ['STUDENT'], partnerId });
    const traceId = randomBytes(16).toString('hex');
    const registered = await retryUntil(async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${student}`,
          traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
        },
        body: JSON.stringify({
          query: `mutation Register($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { status } errors { code } } }`,
          variables: { e: eventId, p: studentId },
        }),
      });
      const body = (await res.json()) as {
        data?: { registerForEvent: { registration: { status: string } | null } };
      };
      return body.data?.registerForEvent.registration?.status;
    }, 'the student registering');
    expect(registered).toBe('REGISTERED');

    // The evaluation service applied it (its projection of registrations)...
    const evaluationRows = async () => {
      const { Client } = await import('pg');
      const c = new Client({ connectionString: stack.databaseUrlOf('evaluation') });
      await c.connect();
      try {
        return (await c.query(`SELECT 1 FROM event_registration WHERE event_id = $1`, [eventId]))
          .rowCount;
      } finally {
        await c.end();
      }
    };
    await eventually(async () => (await evaluationRows()) === 1, 30000);

    // ...and its consumer span is in the client's trace, as are the gateway's and the events
    // service's spans and the relay's publish. Each process exports on its own batch schedule, so
    // the consumer's span can reach the receiver before the producer's: wait for all of them.
    const isPublish = (s: ReceivedSpan) =>
      s.service === 'ekst-events' &&
      s.kind === PRODUCER &&
      s.attributes['ekst.event_type'] === 'RegistrationChanged';
    const isConsume = (s: ReceivedSpan) =>
      s.service === 'ekst-evaluation' &&
      s.kind === CONSUMER &&
      s.attributes['ekst.event_type'] === 'RegistrationChanged';
    const inTrace = await eventually(async () => {
      const found = spans().filter((s) => s.traceId === traceId);
      const complete =
        found.some(isConsume) &&
        found.some(isPublish) &&
        found.some((s) => s.service === 'ekst-gateway' && s.kind === SERVER) &&
        found.some((s) => s.service === 'ekst-gateway' && s.name === 'gateway.fetch') &&
        found.some((s) => s.service === 'ekst-events' && s.kind === SERVER);
      return complete ? found : null;
    }, 30000);
    const gatewayServer = inTrace.find((s) => s.service === 'ekst-gateway' && s.kind === SERVER);
    expect(gatewayServer?.attributes['http.route'] ?? gatewayServer?.name).toBeTruthy();
    expect(inTrace.some((s) => s.service === 'ekst-gateway' && s.name === 'gateway.fetch')).toBe(
      true,
    );
    expect(inTrace.some((s) => s.service === 'ekst-events' && s.kind === SERVER)).toBe(true);
    expect(inTrace.some((s) => s.service === 'ekst-events' && s.name.startsWith('graphql.'))).toBe(
      true,
    );
    const publish = inTrace.find(isPublish);
    expect(publish).toBeDefined();
    const consume = inTrace.find(isConsume);
    expect(consume).toBeDefined();
    // the consumer's parent (and link) is the producer span carried in the Kafka headers
    expect(consume!.parentSpanId).toBe(publish!.spanId);
    expect(consume!.links).toContainEqual({ traceId, spanId: publish!.spanId });
    // the publish is a child of the span that wrote the outbox row, inside the events service
    const eventsSpanIds = new Set(
      inTrace.filter((s) => s.service === 'ekst-events').map((s) => s.spanId),
    );
    expect(eventsSpanIds.has(publish!.parentSpanId ?? '')).toBe(true);

    // No personal data, credentials or client address in any span of the trace.
    const everything = JSON.stringify(inTrace);
    expect(everything).not.toContain(studentName);
    expect(everything).not.toContain(studentId);
    expect(everything).not.toContain(student);
    expect(everything).not.toMatch(/client\.address|user_agent|net\.peer\.ip/);
  }, 180000);

  it('/metrics answers the scraper token only, not a signed-in student', async () => {
    const metricsUrl = stack.gatewayUrl.replace(/\/graphql$/, '/metrics');
    const student = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000000d1',
      roles: ['STUDENT'],
    });
    const asStudent = await fetch(metricsUrl, { headers: { authorization: `Bearer ${student}` } });
    expect(asStudent.status).toBe(401);
    expect(await asStudent.text()).not.toContain('ekst_');
    const scraped = await fetch(metricsUrl, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(scraped.status).toBe(200);
    const text = await scraped.text();
    expect(text).toMatch(/ekst_graphql_operations_total\{[^}]*operation="Register"/);
    expect(text).toMatch(/ekst_http_request_duration_seconds_bucket\{/);
  });
});
