import { context, propagation, trace } from '@opentelemetry/api';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { useCaseDeps } from '@ekst/subgraph-kit';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { eventsModule } from '../src/module';
import { createEvent } from '../src/use-cases/create-event.use-case';
import { publishEvent } from '../src/use-cases/publish-event.use-case';
import { registerForEvent } from '../src/use-cases/register-for-event.use-case';
import { UpstreamEvents } from './upstream-events';

/**
 * The registration group commit places several requests' registrations in ONE transaction, which
 * runs in the async context of the request that started the batch. Each registration's
 * RegistrationChanged row must still carry the trace of the request that made it, or every
 * registration's trace but one stops at the events service (real Postgres and Kafka; tracing on
 * in this process with the W3C propagator, nothing exported).
 */
describe('registration group commit: each outbox row joins its own request’s trace', () => {
  let sg: TestSubgraph;
  let provider: NodeTracerProvider;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  const coordinator = testCaller(['COORDINATOR']);
  const deps = () =>
    useCaseDeps(coordinator, sg.running.dataSource, sg.running.messaging.txBinding);

  beforeAll(async () => {
    provider = new NodeTracerProvider();
    provider.register();
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
    await provider?.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('five concurrent registrations, batched: five rows, each in the trace of its request', async () => {
    const partnerId = await upstream.partnerJoined({ name: 'Charles Dickens School' });
    const people = await upstream.peopleRegistered(partnerId, ['STUDENT'], 10, 5);
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const created = await createEvent(deps(), {
      input: {
        title: 'Year 10 Coding Club',
        kind: 'SUBJECT_CLUSTER',
        audience: 'STUDENTS',
        yearGroups: [10],
        hostPartnerId: partnerId,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        aims: ['WIDENING_HORIZONS'],
        capacity: 3,
      },
    });
    if (created.kind !== 'done') throw new Error('event not created');
    const eventId = created.value.id;
    expect(await publishEvent(deps(), { id: eventId })).toMatchObject({ kind: 'done' });

    // Each registration in a request (a root span) of its own, all at once: the first starts a
    // batch at once, the others queue behind it and are placed together.
    const tracer = trace.getTracer('registration-trace-context-test');
    const requests = await Promise.all(
      people.map((personId) =>
        tracer.startActiveSpan(`register ${personId}`, { root: true }, async (span) => {
          try {
            const outcome = await registerForEvent(deps(), { eventId, personId });
            return { personId, traceId: span.spanContext().traceId, kind: outcome.kind };
          } finally {
            span.end();
          }
        }),
      ),
    );
    expect(requests.map((r) => r.kind)).toEqual(people.map(() => 'done'));

    const rows = (await sg.running.dataSource.query(
      `SELECT xid::text AS xid, envelope->'payload'->>'personId' AS person,
              trace_context->>'traceparent' AS traceparent
       FROM outbox WHERE event_type = 'RegistrationChanged' AND message_key = $1`,
      [eventId],
    )) as Array<{ xid: string; person: string; traceparent: string | null }>;
    // the group commit did batch: some transaction wrote more than one registration
    const perTransaction = new Map<string, number>();
    for (const r of rows) perTransaction.set(r.xid, (perTransaction.get(r.xid) ?? 0) + 1);
    expect(Math.max(...perTransaction.values())).toBeGreaterThan(1);
    // ...and every row carries the trace of the request that made it
    const traceOf = new Map(rows.map((r) => [r.person, r.traceparent?.split('-')[1] ?? null]));
    expect(Object.fromEntries(traceOf)).toEqual(
      Object.fromEntries(requests.map((r) => [r.personId, r.traceId])),
    );
    expect(new Set(requests.map((r) => r.traceId)).size).toBe(5);
  }, 60000);
});
