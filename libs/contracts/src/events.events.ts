import { z } from 'zod';

export const EVENT_KINDS = [
  'TEACHMEET',
  'CPD',
  'SUBJECT_CLUSTER',
  'CHOIR',
  'SPORT',
  'OUTDOOR_LEARNING',
  'WELLBEING',
  'BAKE_OFF',
  'STUDENT_VOICE',
  'TEACHER_SWAP_VISIT',
  'OTHER',
] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export const EVENT_STATUSES = ['DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED'] as const;

/** An event in the programme was created or changed; carries what others need to validate against. */
export const eventScheduledV1 = z.object({
  eventId: z.uuid(),
  title: z.string().min(1).max(200),
  kind: eventKindSchema,
  hostPartnerId: z.uuid().nullable(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  status: z.enum(EVENT_STATUSES),
});
export type EventScheduledV1 = z.infer<typeof eventScheduledV1>;

export const EventEvents = {
  scheduled: { type: 'EventScheduled', version: 1, schema: eventScheduledV1 },
} as const;
