import { createEnvelope } from '@ekst/contracts';
import type { EventDefinition } from '@ekst/contracts';
import { appendToOutbox } from '@ekst/messaging';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';

/** Appends one of this service's events to the outbox, in the caller's transaction. */
export async function announce<S extends z.ZodType>(
  m: EntityManager,
  topic: string,
  definition: EventDefinition<S>,
  aggregateId: string,
  payload: z.infer<S>,
): Promise<void> {
  await appendToOutbox(m, {
    topic,
    definition,
    envelope: createEnvelope({
      type: definition.type,
      version: definition.version,
      aggregateId,
      producer: 'people',
      payload,
    }),
  });
}
