import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** The services that produce domain events; each owns exactly one topic. */
export const SERVICES = [
  'partners-governance',
  'people',
  'events',
  'evaluation',
  'teacher-swap',
  'communications',
] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * Every message on every topic is wrapped in this envelope. Consumers validate the envelope and
 * then the payload for its (type, version); an unknown type is skipped, never guessed at.
 */
export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  aggregateId: z.string().min(1),
  producer: z.enum(SERVICES),
  payload: z.unknown(),
});
export type Envelope<TPayload = unknown> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & {
  payload: TPayload;
};

export function createEnvelope<TPayload>(args: {
  type: string;
  version: number;
  aggregateId: string;
  producer: ServiceName;
  payload: TPayload;
  occurredAt?: Date;
}): Envelope<TPayload> {
  return {
    id: randomUUID(),
    type: args.type,
    version: args.version,
    occurredAt: (args.occurredAt ?? new Date()).toISOString(),
    aggregateId: args.aggregateId,
    producer: args.producer,
    payload: args.payload,
  };
}
