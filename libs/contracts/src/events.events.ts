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
  /** added later in v1 as optional fields: older messages lack them */
  audience: z.enum(['STUDENTS', 'TEACHERS', 'BOTH']).optional(),
  yearGroups: z.array(z.number().int().min(1).max(13)).optional(),
  aims: z.array(z.string().min(1)).optional(),
  /**
   * Places at the event, and at most how many of them one partner's people may hold (null: no
   * quota). Added later in v1 as optional fields: older messages lack them, and a consumer keeps
   * them unknown (null) rather than guessing.
   */
  capacity: z.number().int().positive().optional(),
  partnerQuota: z.number().int().positive().nullable().optional(),
});
export type EventScheduledV1 = z.infer<typeof eventScheduledV1>;

/** Everyone registered must be told; consumers look registrations up by event id. */
export const eventCancelledV1 = z.object({ eventId: z.uuid(), reason: z.string().min(1).max(500) });
export type EventCancelledV1 = z.infer<typeof eventCancelledV1>;

/** The event happened; evaluation opens its post surveys for the attendees. */
export const eventCompletedV1 = z.object({
  eventId: z.uuid(),
  completedAt: z.iso.datetime({ offset: true }),
  attendeeIds: z.array(z.uuid()),
});
export type EventCompletedV1 = z.infer<typeof eventCompletedV1>;

/** Attendance (not registration) is what evaluation counts as a student's dose. */
export const attendanceRecordedV1 = z.object({
  eventId: z.uuid(),
  personId: z.uuid(),
  status: z.enum(['ATTENDED', 'NO_SHOW']),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type AttendanceRecordedV1 = z.infer<typeof attendanceRecordedV1>;

/** A waitlisted person was offered a place and must confirm before `confirmBy`. */
export const placeOfferedV1 = z.object({
  registrationId: z.uuid(),
  eventId: z.uuid(),
  personId: z.uuid(),
  confirmBy: z.iso.datetime({ offset: true }),
});
export type PlaceOfferedV1 = z.infer<typeof placeOfferedV1>;

/**
 * An offer lapsed unconfirmed and the place moved on (added in v1 of the events topic beside
 * PlaceOffered): communications tells the person. Ids only.
 */
export const offerExpiredV1 = z.object({
  registrationId: z.uuid(),
  eventId: z.uuid(),
  personId: z.uuid(),
});
export type OfferExpiredV1 = z.infer<typeof offerExpiredV1>;

export const REGISTRATION_STATUSES = [
  'REGISTERED',
  'WAITLISTED',
  'OFFERED',
  'CANCELLED',
  'ATTENDED',
  'NO_SHOW',
] as const;

/**
 * A registration was created or its status changed. The people service keeps who is registered
 * where, because an event's organisers and host staff may see the names of its registrants.
 * Ids and the status only: names stay in people.
 */
export const registrationChangedV1 = z.object({
  registrationId: z.uuid(),
  eventId: z.uuid(),
  personId: z.uuid(),
  status: z.enum(REGISTRATION_STATUSES),
});
export type RegistrationChangedV1 = z.infer<typeof registrationChangedV1>;

export const EVENT_ROLE_KINDS = ['ORGANISER', 'TEACHER_IN_CHARGE', 'AMBASSADOR'] as const;

/** Someone was given a role at an event (people: organisers and teachers in charge see registrants). */
export const eventRoleAssignedV1 = z.object({
  eventId: z.uuid(),
  personId: z.uuid(),
  role: z.enum(EVENT_ROLE_KINDS),
});
export type EventRoleAssignedV1 = z.infer<typeof eventRoleAssignedV1>;

/** A role at an event was taken away; same payload as EventRoleAssigned. */
export const eventRoleRemovedV1 = eventRoleAssignedV1;
export type EventRoleRemovedV1 = EventRoleAssignedV1;

export const EventEvents = {
  scheduled: { type: 'EventScheduled', version: 1, schema: eventScheduledV1 },
  cancelled: { type: 'EventCancelled', version: 1, schema: eventCancelledV1 },
  completed: { type: 'EventCompleted', version: 1, schema: eventCompletedV1 },
  attendanceRecorded: { type: 'AttendanceRecorded', version: 1, schema: attendanceRecordedV1 },
  placeOffered: { type: 'PlaceOffered', version: 1, schema: placeOfferedV1 },
  offerExpired: { type: 'OfferExpired', version: 1, schema: offerExpiredV1 },
  registrationChanged: {
    type: 'RegistrationChanged',
    version: 1,
    schema: registrationChangedV1,
  },
  roleAssigned: { type: 'EventRoleAssigned', version: 1, schema: eventRoleAssignedV1 },
  roleRemoved: { type: 'EventRoleRemoved', version: 1, schema: eventRoleRemovedV1 },
} as const;
