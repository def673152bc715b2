import { z } from 'zod';
import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { CONSENT_KINDS, EVENT_STATUSES, eventKindSchema } from '@ekst/contracts';

export const AUDIENCES = ['STUDENTS', 'TEACHERS', 'BOTH'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The partnership's agreed aims (DOMAIN.md); every event names the ones it serves. */
export const AIMS = [
  'WIDENING_HORIZONS',
  'RAISING_ASPIRATIONS',
  'CONFIDENCE',
  'RESILIENCE',
  'WELLBEING',
  'COMMUNITY',
] as const;
export type Aim = (typeof AIMS)[number];

export type EventStatus = (typeof EVENT_STATUSES)[number];
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export { CONSENT_KINDS };
export type EventKind = z.infer<typeof eventKindSchema>;

/** Secondary school years: the partnership's students are 11–18. */
export const MIN_YEAR_GROUP = 7;
export const MAX_YEAR_GROUP = 13;
export const MAX_CAPACITY = 5000;

export function audienceIncludesStudents(audience: Audience): boolean {
  return audience === 'STUDENTS' || audience === 'BOTH';
}

export function audienceIncludesTeachers(audience: Audience): boolean {
  return audience === 'TEACHERS' || audience === 'BOTH';
}

const isoDateTime = z.iso.datetime({
  offset: true,
  message: 'must be an ISO date-time with an offset, e.g. 2025-03-14T09:00:00+00:00',
});

function sortedUnique<T extends string | number>(values: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export const newEventSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, 'must be at least 3 characters')
      .max(200, 'must be at most 200 characters'),
    kind: eventKindSchema,
    audience: z.enum(AUDIENCES),
    yearGroups: z
      .array(
        z
          .number()
          .int()
          .min(MIN_YEAR_GROUP, `year groups run from ${MIN_YEAR_GROUP}`)
          .max(MAX_YEAR_GROUP, `year groups run to ${MAX_YEAR_GROUP}`),
      )
      .nullish()
      .transform((v) => sortedUnique(v ?? [])),
    hostPartnerId: z
      .uuid('must be a partner id')
      .nullish()
      .transform((v) => v ?? null),
    venue: z
      .string()
      .trim()
      .max(200, 'must be at most 200 characters')
      .nullish()
      // An empty venue means "no venue", not a venue called "".
      .transform((v) => (v ? v : null)),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    aims: z.array(z.enum(AIMS)).min(1, 'name at least one aim').transform(sortedUnique),
    capacity: z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(MAX_CAPACITY, `must be at most ${MAX_CAPACITY}`),
    partnerQuota: z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(MAX_CAPACITY, `must be at most ${MAX_CAPACITY}`)
      .nullish()
      .transform((v) => v ?? null),
    requiredConsents: z
      .array(z.enum(CONSENT_KINDS))
      .nullish()
      .transform((v) => sortedUnique(v ?? [])),
    proposalId: z
      .uuid('must be a proposal id')
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((e, ctx) => {
    if (e.partnerQuota !== null && e.partnerQuota > e.capacity) {
      ctx.addIssue({
        code: 'custom',
        path: ['partnerQuota'],
        message: 'a partner quota cannot exceed the capacity',
      });
    }
    const starts = Date.parse(e.startsAt);
    const ends = Date.parse(e.endsAt);
    if (!Number.isNaN(starts) && !Number.isNaN(ends) && ends <= starts) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
    }
    // Year groups decide who may register, so they must exist exactly when students may come.
    if (audienceIncludesStudents(e.audience) && e.yearGroups.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['yearGroups'],
        message: 'give the year groups for a student audience',
      });
    }
    if (e.audience === 'TEACHERS' && e.yearGroups.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['yearGroups'],
        message: 'an event for teachers only has no year groups',
      });
    }
    if (e.hostPartnerId === null && e.venue === null) {
      ctx.addIssue({ code: 'custom', path: ['venue'], message: 'give a host partner or a venue' });
    }
  });

export type NewEvent = z.output<typeof newEventSchema>;

/**
 * Drafts are the Management Group's work in progress: only the coordinator and the champions (who
 * sit on it) see them, and cancelled events with them. Everyone signed in sees the programme.
 */
export function visibleEventStatuses(caller: Caller): readonly EventStatus[] {
  return hasRole(caller, 'COORDINATOR', 'CHAMPION') ? EVENT_STATUSES : ['PUBLISHED', 'COMPLETED'];
}

/**
 * Whether the caller sees an event. Beyond the statuses their roles see, whoever organises it
 * (an organiser, or a Student Voice student organiser) sees it in any status, a draft included.
 */
export function canSeeEvent(
  caller: Caller,
  event: { status: EventStatus },
  callerRolesAtEvent: readonly string[] = [],
): boolean {
  if (
    caller.kind === 'person' &&
    (callerRolesAtEvent.includes('ORGANISER') || callerRolesAtEvent.includes('STUDENT_ORGANISER'))
  )
    return true;
  return visibleEventStatuses(caller).includes(event.status);
}

/** Staff of a partner act for its people: register them, see their registrations. */
export function isStaffOf(caller: Caller, partnerId: string | null): boolean {
  return (
    partnerId !== null &&
    caller.partnerId !== null &&
    caller.partnerId === partnerId &&
    hasRole(caller, 'TEACHER', 'CHAMPION', 'HEAD')
  );
}

/**
 * Registrations name people: the coordinator, the host partner's staff, and whoever runs the event
 * (its organisers and teachers in charge, from any school) see who is registered (DOMAIN.md, people).
 */
export function canSeeEventRegistrations(
  caller: Caller,
  event: { hostPartnerId: string | null },
  callerRolesAtEvent: readonly string[] = [],
): boolean {
  return (
    hasRole(caller, 'COORDINATOR') ||
    isStaffOf(caller, event.hostPartnerId) ||
    callerRolesAtEvent.includes('ORGANISER') ||
    callerRolesAtEvent.includes('TEACHER_IN_CHARGE')
  );
}

/** Who runs check-in: the coordinator, and the organisers and teachers in charge of the event. */
export function canRunCheckIn(caller: Caller, rolesAtEvent: readonly string[]): boolean {
  return (
    hasRole(caller, 'COORDINATOR') ||
    rolesAtEvent.includes('ORGANISER') ||
    rolesAtEvent.includes('TEACHER_IN_CHARGE')
  );
}

export const TERMS = ['AUTUMN', 'SPRING', 'SUMMER'] as const;
export type Term = (typeof TERMS)[number];

/**
 * The English school year runs September to August; `academicYear` 2025 is 2025–26. Terms are
 * the usual thirds: autumn Sep–Dec, spring Jan–Mar, summer Apr–Aug. Bounds are local dates in
 * Europe/London (start inclusive, end exclusive), converted to instants in SQL.
 */
export function academicPeriod(
  academicYear: number,
  term?: Term | null,
): { from: string; to: string } {
  const y = academicYear;
  switch (term ?? null) {
    case null:
      return { from: `${y}-09-01`, to: `${y + 1}-09-01` };
    case 'AUTUMN':
      return { from: `${y}-09-01`, to: `${y + 1}-01-01` };
    case 'SPRING':
      return { from: `${y + 1}-01-01`, to: `${y + 1}-04-01` };
    case 'SUMMER':
      return { from: `${y + 1}-04-01`, to: `${y + 1}-09-01` };
  }
  throw new Error(`unknown term ${String(term)}`);
}

/** Statuses an event can move to from each status; anything else is refused. */
export const EVENT_TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  DRAFT: ['PUBLISHED', 'CANCELLED'],
  PUBLISHED: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export function canTransition(from: EventStatus, to: EventStatus): boolean {
  return EVENT_TRANSITIONS[from].includes(to);
}
