import { z } from 'zod';

export const ROLES = [
  'COORDINATOR',
  'HEAD',
  'CHAMPION',
  'FINANCE',
  'TEACHER',
  'STUDENT',
  'AMBASSADOR',
  'ASSOCIATE',
] as const;
export const roleSchema = z.enum(ROLES);

/**
 * Personal data stays out of Kafka: ids and the non-identifying attributes other services need
 * (partner, roles, year group), never names or contact details.
 */
export const personRegisteredV1 = z.object({
  personId: z.uuid(),
  partnerId: z.uuid(),
  roles: z.array(roleSchema).min(1),
  yearGroup: z.number().int().min(1).max(13).nullable(),
});
export type PersonRegisteredV1 = z.infer<typeof personRegisteredV1>;

export const personErasedV1 = z.object({ personId: z.uuid() });
export type PersonErasedV1 = z.infer<typeof personErasedV1>;

export const PeopleEvents = {
  registered: { type: 'PersonRegistered', version: 1, schema: personRegisteredV1 },
  erased: { type: 'PersonErased', version: 1, schema: personErasedV1 },
} as const;
