import type { EventDefinition, ServiceName } from '@ekst/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { createEnvelope } from '@ekst/contracts';
import { appendEvent, appendManyToOutbox } from './outbox';
import type { TraceHeaders } from './outbox';

/** Where "now" comes from, so a use case or handler can be run at a chosen time in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The service's outbox inside one transaction, already bound to the service's own topic and
 * name: callers say which event and for which aggregate, never where it goes.
 */
export interface Outbox {
  append<T extends z.ZodType>(
    definition: EventDefinition<T>,
    aggregateId: string,
    payload: z.infer<T>,
  ): Promise<void>;
  /**
   * Several events of one kind in one statement, in the order given (`appendManyToOutbox`). Each
   * may carry the trace context of the request it came from (`traceContext`; omitted: the active
   * one), for a batch that does several requests' work in one transaction.
   */
  appendMany<T extends z.ZodType>(
    definition: EventDefinition<T>,
    events: ReadonlyArray<{
      aggregateId: string;
      payload: z.infer<T>;
      traceContext?: TraceHeaders | null;
    }>,
  ): Promise<void>;
}

export function bindOutbox(
  manager: EntityManager,
  to: { topic: string; producer: ServiceName },
): Outbox {
  return {
    append: (definition, aggregateId, payload) =>
      appendEvent(manager, { ...to, definition, aggregateId, payload }),
    appendMany: (definition, events) =>
      appendManyToOutbox(manager, {
        topic: to.topic,
        definition,
        entries: events.map((e) => ({
          envelope: createEnvelope({
            type: definition.type,
            version: definition.version,
            aggregateId: e.aggregateId,
            producer: to.producer,
            payload: e.payload,
          }),
          traceContext: e.traceContext,
        })),
      }),
  };
}

/**
 * What a use case's transaction and a Kafka handler both work with (the seam, STYLE.md): the
 * transaction's entity manager, the outbox bound to it and to the service's topic, a clock and
 * the service's validated config.
 */
export interface Tx<Config = unknown> {
  readonly manager: EntityManager;
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly config: Config;
}

/** How a service binds a transaction's manager into a `Tx`: its topic, name, clock and config. */
export interface TxBinding<Config = unknown> {
  readonly topic: string;
  readonly producer: ServiceName;
  readonly clock: Clock;
  readonly config: Config;
}

export function bindTx<Config>(manager: EntityManager, binding: TxBinding<Config>): Tx<Config> {
  return {
    manager,
    outbox: bindOutbox(manager, { topic: binding.topic, producer: binding.producer }),
    clock: binding.clock,
    config: binding.config,
  };
}
