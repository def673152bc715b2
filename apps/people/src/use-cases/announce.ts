import type { EventDefinition } from '@ekst/contracts';
import { appendEvent } from '@ekst/messaging';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';

/** Appends one of this service's events to the outbox, in the caller's transaction. */
export function announce<S extends z.ZodType>(
  m: EntityManager,
  topic: string,
  definition: EventDefinition<S>,
  aggregateId: string,
  payload: z.infer<S>,
): Promise<void> {
  return appendEvent(m, { topic, producer: 'people', definition, aggregateId, payload });
}
