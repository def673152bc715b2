import { randomUUID } from 'node:crypto';
import { context, propagation, trace } from '@opentelemetry/api';
import type { Tracer } from '@opentelemetry/api';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { createEnvelope, PartnerEvents } from '@ekst/contracts';
import type { PartnerJoinedV1 } from '@ekst/contracts';
import { currentTraceHeaders } from '@ekst/telemetry';
import type { TraceHeaders } from '../src';
import {
  appendManyToOutbox,
  appendToOutbox,
  bindOutbox,
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
} from '../src';
import { createMigratedDatabase } from './support/messaging-harness';
import type { MessagingTestDatabase } from './support/messaging-harness';

/**
 * Which trace each outbox row joins (real Postgres, tracing on in this process with the W3C
 * propagator, no exporter). A batch that does several requests' work in one transaction — events'
 * registration group commit — runs in the first request's context: each row must carry the
 * context of the request it came from, or every registration's trace but one stops at the events
 * service (and the first one's trace would collect the others' events).
 */
describe('outbox trace context (real Postgres)', () => {
  let db: MessagingTestDatabase;
  let provider: NodeTracerProvider;
  let tracer: Tracer;

  beforeAll(async () => {
    provider = new NodeTracerProvider();
    provider.register();
    tracer = trace.getTracer('outbox-trace-context-test');
    db = await createMigratedDatabase(
      [
        MessagingTables1732300000000,
        MessagingDeadLetters1732300000900,
        MessagingTraceContext1732300000950,
      ],
      3,
    );
  });

  afterAll(async () => {
    await db?.drop();
    await provider?.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  const payload = (): PartnerJoinedV1 => ({
    partnerId: randomUUID(),
    name: 'Hartsdown Academy',
    kind: 'STATE',
    sector: 'STATE',
    town: 'Margate',
    joinedOn: '2025-09-01',
  });
  const envelopeOf = (p: PartnerJoinedV1) =>
    createEnvelope({
      type: PartnerEvents.joined.type,
      version: PartnerEvents.joined.version,
      aggregateId: p.partnerId,
      producer: 'partners-governance',
      payload: p,
    });

  /** Runs `fn` inside a new root span (a "request"); returns its result and its trace id. */
  const inRequest = <T>(name: string, fn: () => Promise<T> | T) =>
    tracer.startActiveSpan(name, { root: true }, async (span) => {
      try {
        return { traceId: span.spanContext().traceId, result: await fn() };
      } finally {
        span.end();
      }
    });

  const traceIdOf = (headers: TraceHeaders | null): string | null =>
    headers?.traceparent?.split('-')[1] ?? null;

  const rowsFor = async (keys: string[]) =>
    (
      (await db.dataSource.query(
        `SELECT message_key, trace_context FROM outbox WHERE message_key = ANY($1::text[]) ORDER BY id`,
        [keys],
      )) as Array<{ message_key: string; trace_context: TraceHeaders | null }>
    ).map((r) => ({ key: r.message_key, traceId: traceIdOf(r.trace_context) }));

  it("writes each entry of a batch with its own request's trace context, not the batch's", async () => {
    // Three requests arrive; each captures its context as it joins the queue.
    const arrivals = await Promise.all(
      ['a', 'b', 'c'].map((n) => inRequest(`request ${n}`, () => currentTraceHeaders())),
    );
    expect(arrivals.every((a) => traceIdOf(a.result) === a.traceId)).toBe(true);
    const payloads = arrivals.map(() => payload());
    // A fourth entry has no captured context of its own (undefined): it takes the active one.
    const extra = payload();

    // The batch's one transaction runs in the first arrival's async context in events; here in a
    // context of its own, so a row that wrongly took the active context would show it.
    const batch = await inRequest('group commit', () =>
      db.dataSource.transaction((m) =>
        appendManyToOutbox(m, {
          topic: 'ekst.partners-governance.v1',
          definition: PartnerEvents.joined,
          entries: [
            ...arrivals.map((a, i) => ({
              envelope: envelopeOf(payloads[i]),
              traceContext: a.result,
            })),
            { envelope: envelopeOf(extra) },
          ],
        }),
      ),
    );

    const keys = [...payloads, extra].map((p) => p.partnerId);
    expect(await rowsFor(keys)).toEqual([
      ...arrivals.map((a, i) => ({ key: payloads[i].partnerId, traceId: a.traceId })),
      { key: extra.partnerId, traceId: batch.traceId },
    ]);
    // three requests, three different traces, none of them the batch's
    expect(new Set(arrivals.map((a) => a.traceId)).size).toBe(3);
    expect(arrivals.map((a) => a.traceId)).not.toContain(batch.traceId);
  });

  it('stores no trace context when told none (null) or when nothing is being traced', async () => {
    const told = payload();
    const untraced = payload();
    await inRequest('traced, but the entry says none', () =>
      db.dataSource.transaction((m) =>
        bindOutbox(m, { topic: 't', producer: 'partners-governance' }).appendMany(
          PartnerEvents.joined,
          [{ aggregateId: told.partnerId, payload: told, traceContext: null }],
        ),
      ),
    );
    // outside any span: no active trace, so nothing to store
    await db.dataSource.transaction((m) =>
      appendToOutbox(m, {
        topic: 't',
        definition: PartnerEvents.joined,
        envelope: envelopeOf(untraced),
      }),
    );
    expect(await rowsFor([told.partnerId, untraced.partnerId])).toEqual([
      { key: told.partnerId, traceId: null },
      { key: untraced.partnerId, traceId: null },
    ]);
  });

  it('writes nothing at all when one entry of a batch breaks its contract', async () => {
    const good = payload();
    await expect(
      db.dataSource.transaction((m) =>
        appendManyToOutbox(m, {
          topic: 't',
          definition: PartnerEvents.joined,
          entries: [
            { envelope: envelopeOf(good) },
            { envelope: { ...envelopeOf(payload()), version: 2 } },
          ],
        }),
      ),
    ).rejects.toThrow('does not match its definition');
    expect(await rowsFor([good.partnerId])).toEqual([]);
  });
});
