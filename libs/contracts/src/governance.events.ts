import { z } from 'zod';
import { EVENT_KINDS } from './events.events';

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
