import { z } from 'zod';
import { EVENT_KINDS } from './events.events';
import { geoLocationSchema, partnerKindSchema, SECTORS } from './partners.events';

/**
 * partners-governance's events beyond joining and leaving: partner details, the MoU, term
 * calendars. Ids, dates and organisational attributes only — never a person's name or contact.
 */

/**
 * A partner's details changed (a partner is organisational data, so its name may travel). It
 * carries the whole current picture, so a consumer can overwrite what it holds; it never changes
 * membership (that is PartnerLeft / PartnerJoined).
 */
export const partnerUpdatedV1 = z.object({
  partnerId: z.uuid(),
  name: z.string().min(1).max(200),
  kind: partnerKindSchema,
  sector: z.enum(SECTORS),
  town: z.string().min(1).max(100),
  location: geoLocationSchema.nullable(),
});
export type PartnerUpdatedV1 = z.infer<typeof partnerUpdatedV1>;

/** A new MoU version became the current one (communications reminds partners to sign it). */
export const mouVersionPublishedV1 = z.object({
  mouVersionId: z.uuid(),
  effectiveFrom: z.iso.date(),
  renewalDueOn: z.iso.date().nullable(),
});
export type MouVersionPublishedV1 = z.infer<typeof mouVersionPublishedV1>;

/** A partner signed an MoU version. The signer is a person: only their id travels. */
export const mouSignedV1 = z.object({
  mouVersionId: z.uuid(),
  partnerId: z.uuid(),
  signedOn: z.iso.date(),
});
export type MouSignedV1 = z.infer<typeof mouSignedV1>;

export const TERM_DATE_KINDS = ['TERM', 'HOLIDAY', 'INSET_DAY', 'EXAM_PERIOD'] as const;
export const termDateKindSchema = z.enum(TERM_DATE_KINDS);
export type TermDateKind = z.infer<typeof termDateKindSchema>;

/** An academic year as "2026-27". */
export const academicYearSchema = z
  .string()
  .refine(
    (y) => /^\d{4}-\d{2}$/.test(y) && (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)),
    { message: 'must be an academic year like 2026-27' },
  );

/**
 * A partner's whole calendar for one academic year, as it now stands (a replacement, not a
 * delta, so applying it twice or late is harmless). Dates of a school, not of a person.
 */
export const termCalendarChangedV1 = z.object({
  partnerId: z.uuid(),
  academicYear: academicYearSchema,
  entries: z.array(
    z.object({
      kind: termDateKindSchema,
      startsOn: z.iso.date(),
      endsOn: z.iso.date(),
      label: z.string().max(200).nullable(),
    }),
  ),
});
export type TermCalendarChangedV1 = z.infer<typeof termCalendarChangedV1>;

/**
 * Governance contracts of partners-governance (groups, meetings, Student Voice proposals), on its
 * topic `ekst.partners-governance.v1`. Ids, dates and non-identifying attributes only: no names,
 * no minutes, no free text about people.
 */

export const GROUP_KINDS = ['HEADS', 'MANAGEMENT', 'FINANCE', 'STUDENT_VOICE', 'OTHER'] as const;
export const groupKindSchema = z.enum(GROUP_KINDS);
export type GroupKind = z.infer<typeof groupKindSchema>;

export const MEMBERSHIP_ROLES = ['CHAIR', 'CHAMPION', 'MEMBER'] as const;
export const membershipRoleSchema = z.enum(MEMBERSHIP_ROLES);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

/** The platform roles that follow group membership and may not be granted freely in people. */
export const GOVERNING_ROLES = ['HEAD', 'CHAMPION', 'FINANCE'] as const;
export const governingRoleSchema = z.enum(GOVERNING_ROLES);
export type GoverningRole = z.infer<typeof governingRoleSchema>;

/**
 * A person joined or left a group (key = person id, so one person's changes keep their order).
 * `governingRoles` is the complete set of governing roles the person holds after this change,
 * from all their open memberships: the people service sets exactly these (and keeps the person's
 * other roles), so a redelivered or repeated message converges on the same roles.
 */
export const groupMembershipChangedV1 = z.object({
  membershipId: z.uuid(),
  groupId: z.uuid(),
  groupKind: groupKindSchema,
  personId: z.uuid(),
  partnerId: z.uuid(),
  role: membershipRoleSchema,
  change: z.enum(['STARTED', 'ENDED']),
  from: z.iso.date(),
  to: z.iso.date().nullable(),
  governingRoles: z.array(governingRoleSchema),
});
export type GroupMembershipChangedV1 = z.infer<typeof groupMembershipChangedV1>;

/** A group meeting was scheduled or moved (communications can send the agenda). */
export const meetingScheduledV1 = z.object({
  meetingId: z.uuid(),
  groupId: z.uuid(),
  groupKind: groupKindSchema,
  startsAt: z.iso.datetime({ offset: true }),
  online: z.boolean(),
});
export type MeetingScheduledV1 = z.infer<typeof meetingScheduledV1>;

/** An action item was set or changed: its owner (an id) must act by `dueOn` while it is OPEN. */
export const actionItemChangedV1 = z.object({
  actionItemId: z.uuid(),
  meetingId: z.uuid(),
  groupId: z.uuid(),
  ownerId: z.uuid(),
  dueOn: z.iso.date().nullable(),
  status: z.enum(['OPEN', 'DONE', 'DROPPED']),
});
export type ActionItemChangedV1 = z.infer<typeof actionItemChangedV1>;

export const AUDIENCES = ['STUDENTS', 'TEACHERS', 'BOTH'] as const;

/**
 * The Management Group approved a Student Voice proposal: the events service creates a DRAFT
 * event linked to it and gives the proposers a student organiser role. An event title is not
 * personal data; the proposers travel as ids only.
 */
export const studentVoiceProposalApprovedV1 = z.object({
  proposalId: z.uuid(),
  title: z.string().min(1).max(200),
  kind: z.enum(EVENT_KINDS),
  audience: z.enum(AUDIENCES),
  aims: z.array(z.string().min(1)),
  proposerIds: z.array(z.uuid()).min(1),
  partnerId: z.uuid(),
  meetingId: z.uuid(),
  decidedOn: z.iso.date(),
});
export type StudentVoiceProposalApprovedV1 = z.infer<typeof studentVoiceProposalApprovedV1>;

export const GovernanceEvents = {
  partnerUpdated: { type: 'PartnerUpdated', version: 1, schema: partnerUpdatedV1 },
  mouVersionPublished: { type: 'MouVersionPublished', version: 1, schema: mouVersionPublishedV1 },
  mouSigned: { type: 'MouSigned', version: 1, schema: mouSignedV1 },
  termCalendarChanged: { type: 'TermCalendarChanged', version: 1, schema: termCalendarChangedV1 },
  membershipChanged: {
    type: 'GroupMembershipChanged',
    version: 1,
    schema: groupMembershipChangedV1,
  },
  meetingScheduled: { type: 'MeetingScheduled', version: 1, schema: meetingScheduledV1 },
  actionItemChanged: { type: 'ActionItemChanged', version: 1, schema: actionItemChangedV1 },
  proposalApproved: {
    type: 'StudentVoiceProposalApproved',
    version: 1,
    schema: studentVoiceProposalApprovedV1,
  },
} as const;
