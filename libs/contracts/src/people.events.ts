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
  // Granted by the coordinator only (apps/people domain/governing-roles.ts): answers subject access
  // requests, reads the access log and the retention record.
  'DATA_PROTECTION_LEAD',
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

/** Partner, roles or year group changed (a student moves up a year, a teacher becomes champion). */
export const personUpdatedV1 = personRegisteredV1;
export type PersonUpdatedV1 = PersonRegisteredV1;

/**
 * The person asked to be forgotten. Every consumer deletes or anonymises what it holds about
 * them (its data policy says which) through its inbox, so the erasure applies exactly once.
 */
export const personErasedV1 = z.object({ personId: z.uuid() });
export type PersonErasedV1 = z.infer<typeof personErasedV1>;

export const CONSENT_KINDS = ['PHOTO_PUBLICITY', 'TRIPS', 'DATA_PROCESSING'] as const;

/** The current consent state of one kind, derived by people from its consent records. */
export const consentChangedV1 = z.object({
  personId: z.uuid(),
  kind: z.enum(CONSENT_KINDS),
  granted: z.boolean(),
});
export type ConsentChangedV1 = z.infer<typeof consentChangedV1>;

/**
 * Whether an adult may currently work with children, and until when: metadata only, never the
 * certificate's contents.
 */
export const safeguardingStatusChangedV1 = z.object({
  personId: z.uuid(),
  clearedUntil: z.iso.date().nullable(),
});
export type SafeguardingStatusChangedV1 = z.infer<typeof safeguardingStatusChangedV1>;

/**
 * An adult asked to reset their password. Only the request and person ids: communications asks
 * people for the link at send time, so no secret (and no address) is ever on Kafka.
 */
export const passwordResetRequestedV1 = z.object({ requestId: z.uuid(), personId: z.uuid() });
export type PasswordResetRequestedV1 = z.infer<typeof passwordResetRequestedV1>;

/**
 * A person left the partnership (a Year 13 leaver at the September rollover): they can no longer
 * sign in, and are erased everywhere a year later (PersonErased). Ids and the day only.
 */
export const personLeftV1 = z.object({ personId: z.uuid(), leftOn: z.iso.date() });
export type PersonLeftV1 = z.infer<typeof personLeftV1>;

export const PeopleEvents = {
  registered: { type: 'PersonRegistered', version: 1, schema: personRegisteredV1 },
  updated: { type: 'PersonUpdated', version: 1, schema: personUpdatedV1 },
  consentChanged: { type: 'ConsentChanged', version: 1, schema: consentChangedV1 },
  safeguardingChanged: {
    type: 'SafeguardingStatusChanged',
    version: 1,
    schema: safeguardingStatusChangedV1,
  },
  erased: { type: 'PersonErased', version: 1, schema: personErasedV1 },
  left: { type: 'PersonLeft', version: 1, schema: personLeftV1 },
  passwordResetRequested: {
    type: 'PasswordResetRequested',
    version: 1,
    schema: passwordResetRequestedV1,
  },
} as const;
