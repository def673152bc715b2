import type { EntityManager } from 'typeorm';
import { createEnvelope, envelopeSchema } from '@ekst/contracts';
import type { Envelope, EventDefinition, ServiceName } from '@ekst/contracts';
import { currentTraceHeaders } from '@ekst/telemetry';
import type { z } from 'zod';

/**
 * Appends a domain event to the outbox inside the caller's transaction, so the state change and
 * the event commit or roll back together. The payload is validated against its contract first:
 * a producer can never publish what consumers would reject.
 */
export async function appendToOutbox<T extends z.ZodType>(
  manager: EntityManager,
  args: { topic: string; definition: EventDefinition<T>; envelope: Envelope<z.infer<T>> },
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendToOutbox must run inside a transaction');
  }
  const { envelope, definition } = args;
  if (envelope.type !== definition.type || envelope.version !== definition.version) {
    throw new Error(`envelope ${envelope.type}@${envelope.version} does not match its definition`);
  }
  definition.schema.parse(envelope.payload);
  envelopeSchema.parse(envelope);
  // The request's trace context (W3C headers) rides with the row, so the relay's publish and the
  // consumers' handling join the trace that wrote it; null when tracing is off.
  const trace = currentTraceHeaders();
  await manager.query(
    `INSERT INTO outbox (event_id, event_type, topic, message_key, envelope, trace_context)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      envelope.id,
      envelope.type,
      args.topic,
      envelope.aggregateId,
      JSON.stringify(envelope),
      trace ? JSON.stringify(trace) : null,
    ],
  );
}

/**
 * Appends several events in one statement (one round trip however many): for a use case that
 * changes many aggregates at once, e.g. a batch of registrations placed under one lock. Each
 * envelope is validated as `appendToOutbox` does, before anything is written; the rows keep the
 * order given (their ids are assigned in that order), so per-key order holds.
 */
export async function appendManyToOutbox<T extends z.ZodType>(
  manager: EntityManager,
  args: { topic: string; definition: EventDefinition<T>; envelopes: Array<Envelope<z.infer<T>>> },
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendManyToOutbox must run inside a transaction');
  }
  const { envelopes, definition } = args;
  if (envelopes.length === 0) return;
  for (const envelope of envelopes) {
    if (envelope.type !== definition.type || envelope.version !== definition.version) {
      throw new Error(
        `envelope ${envelope.type}@${envelope.version} does not match its definition`,
      );
    }
    definition.schema.parse(envelope.payload);
    envelopeSchema.parse(envelope);
  }
  await manager.query(
    `INSERT INTO outbox (event_id, event_type, topic, message_key, envelope)
     SELECT e.id, $1, $2, e.key, e.envelope
     FROM unnest($3::uuid[], $4::text[], $5::jsonb[]) WITH ORDINALITY AS e(id, key, envelope, n)
     ORDER BY e.n`,
    [
      definition.type,
      args.topic,
      envelopes.map((e) => e.id),
      envelopes.map((e) => e.aggregateId),
      envelopes.map((e) => JSON.stringify(e)),
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
