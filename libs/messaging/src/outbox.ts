import type { EntityManager } from 'typeorm';
import { createEnvelope, envelopeSchema } from '@ekst/contracts';
import type { Envelope, EventDefinition, ServiceName } from '@ekst/contracts';
import { currentTraceHeaders } from '@ekst/telemetry';
import type { z } from 'zod';

/** W3C trace headers (`traceparent`, `tracestate`) of the request an event came from. */
export type TraceHeaders = Record<string, string>;

/**
 * One event for the outbox, with the trace context of the request that caused it: `undefined`
 * takes the active context (right when the event is appended in its own request's async
 * context), `null` stores none. A batch that places many requests' work in one transaction
 * (events' registration group commit) runs in the FIRST request's context, so it must pass each
 * request's own context, captured when that request arrived.
 */
export interface OutboxEntry<P> {
  envelope: Envelope<P>;
  traceContext?: TraceHeaders | null;
}

/** An outbox row's values, after every check has passed. */
interface CheckedRow {
  eventId: string;
  messageKey: string;
  envelope: string;
  traceContext: string | null;
}

/**
 * The one place an envelope is checked before it may be written: inside a transaction (so the
 * state change and the event commit or roll back together), its type and version those of its
 * definition, its payload valid against the contract (a producer can never publish what
 * consumers would reject) and the envelope itself well formed. Every entry is checked before
 * anything is written: a batch with one bad envelope writes nothing.
 */
function checkOutboxEntries<T extends z.ZodType>(
  manager: EntityManager,
  caller: string,
  definition: EventDefinition<T>,
  entries: ReadonlyArray<OutboxEntry<z.infer<T>>>,
): CheckedRow[] {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`${caller} must run inside a transaction`);
  }
  return entries.map(({ envelope, traceContext }) => {
    if (envelope.type !== definition.type || envelope.version !== definition.version) {
      throw new Error(
        `envelope ${envelope.type}@${envelope.version} does not match its definition`,
      );
    }
    definition.schema.parse(envelope.payload);
    envelopeSchema.parse(envelope);
    // The request's trace context rides with the row, so the relay's publish and the consumers'
    // handling join the trace that wrote it; null when tracing is off or nothing is traced.
    const trace = traceContext === undefined ? currentTraceHeaders() : traceContext;
    return {
      eventId: envelope.id,
      messageKey: envelope.aggregateId,
      envelope: JSON.stringify(envelope),
      traceContext: trace ? JSON.stringify(trace) : null,
    };
  });
}

/**
 * Appends a domain event to the outbox inside the caller's transaction, so the state change and
 * the event commit or roll back together (checks: `checkOutboxEntries`). The row carries the
 * active trace context unless `traceContext` says otherwise.
 */
export async function appendToOutbox<T extends z.ZodType>(
  manager: EntityManager,
  args: {
    topic: string;
    definition: EventDefinition<T>;
    envelope: Envelope<z.infer<T>>;
    traceContext?: TraceHeaders | null;
  },
): Promise<void> {
  const { definition } = args;
  const [row] = checkOutboxEntries(manager, 'appendToOutbox', definition, [
    { envelope: args.envelope, traceContext: args.traceContext },
  ]);
  await manager.query(
    `INSERT INTO outbox (event_id, event_type, topic, message_key, envelope, trace_context)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [row.eventId, definition.type, args.topic, row.messageKey, row.envelope, row.traceContext],
  );
}

/**
 * Appends several events in one statement (one round trip however many): for a use case that
 * changes many aggregates at once, e.g. a batch of registrations placed under one lock. Each
 * entry is checked as `appendToOutbox` checks one, before anything is written, and keeps its own
 * trace context; the rows keep the order given (their ids are assigned in that order), so
 * per-key order holds.
 */
export async function appendManyToOutbox<T extends z.ZodType>(
  manager: EntityManager,
  args: {
    topic: string;
    definition: EventDefinition<T>;
    entries: ReadonlyArray<OutboxEntry<z.infer<T>>>;
  },
): Promise<void> {
  const { definition } = args;
  const rows = checkOutboxEntries(manager, 'appendManyToOutbox', definition, args.entries);
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO outbox (event_id, event_type, topic, message_key, envelope, trace_context)
     SELECT e.id, $1, $2, e.key, e.envelope, e.trace
     FROM unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])
          WITH ORDINALITY AS e(id, key, envelope, trace, n)
     ORDER BY e.n`,
    [
      definition.type,
      args.topic,
      rows.map((r) => r.eventId),
      rows.map((r) => r.messageKey),
      rows.map((r) => r.envelope),
      rows.map((r) => r.traceContext),
    ],
  );
}

/** Wraps a payload in a new envelope from `producer` and appends it (see `appendToOutbox`). */
export async function appendEvent<T extends z.ZodType>(
  manager: EntityManager,
  args: {
    topic: string;
    producer: ServiceName;
    definition: EventDefinition<T>;
    aggregateId: string;
    payload: z.infer<T>;
  },
): Promise<void> {
  const { definition } = args;
  await appendToOutbox(manager, {
    topic: args.topic,
    definition,
    envelope: createEnvelope({
      type: definition.type,
      version: definition.version,
      aggregateId: args.aggregateId,
      producer: args.producer,
      payload: args.payload,
    }),
  });
}
