import type { GraphQLResolveInfo } from 'graphql';
import type { PartnerEntity } from '../entities/partner.entity';
import type { GovernanceGroupEntity } from '../entities/governance-group.entity';
import type { GroupMembershipEntity } from '../entities/group-membership.entity';
import type { MeetingEntity } from '../entities/meeting.entity';
import type { AgendaItemEntity } from '../entities/agenda-item.entity';
import type { MeetingAttendanceEntity } from '../entities/meeting-attendance.entity';
import type { MeetingDecisionEntity } from '../entities/meeting-decision.entity';
import type { ActionItemEntity } from '../entities/action-item.entity';
import type { StudentVoiceProposalEntity } from '../entities/student-voice-proposal.entity';
import type { PartnersContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: any; output: any; }
};

/** Something a named person must do, set at a meeting. */
export type ActionItem = {
  __typename?: 'ActionItem';
  /** What must be done. */
  description: Scalars['String']['output'];
  /** ISO date it is due, if set. */
  dueOn?: Maybe<Scalars['String']['output']>;
  /** The action's id. */
  id: Scalars['ID']['output'];
  /** The id of the meeting that set it. */
  meetingId: Scalars['ID']['output'];
  /** Who does it (resolved by people; null when the caller may not see them). */
  owner?: Maybe<Person>;
  /** Open, done or dropped. */
  status: ActionItemStatus;
};

export type ActionItemPayload = {
  __typename?: 'ActionItemPayload';
  /** The action, on success. */
  actionItem?: Maybe<ActionItem>;
  /** Why nothing changed. */
  errors: Array<UserError>;
};

/** The state of an action item. */
export type ActionItemStatus =
  /** Done. */
  | 'DONE'
  /** No longer needed. */
  | 'DROPPED'
  /** Still to do: carries over to the group's next meetings. */
  | 'OPEN';

export type AddActionItemInput = {
  /** What must be done. */
  description: Scalars['String']['input'];
  /** ISO date it is due. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** The meeting that sets it. */
  meetingId: Scalars['ID']['input'];
  /** Who does it. Required: missing gives OWNER_REQUIRED. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddAgendaItemInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** The item, appended at the end. */
  title: Scalars['String']['input'];
};

export type AddGroupMemberInput = {
  /** ISO date; defaults to today. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** The group to join. */
  groupId: Scalars['ID']['input'];
  /** The person joining (known to governance from people's events). */
  personId: Scalars['ID']['input'];
  /** Their role; CHAMPION is limited to two per partner in the Management Group. */
  role: MembershipRole;
};

/** An item on a meeting's agenda, with its minutes. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** The item's id. */
  id: Scalars['ID']['output'];
  /** What was said, once minuted. */
  minutes?: Maybe<Scalars['String']['output']>;
  /** Its place on the agenda, from 1. */
  position: Scalars['Int']['output'];
  /** What the item is. */
  title: Scalars['String']['output'];
};

/** The partnership's aims (the same values as events' Aim). */
export type Aim =
  | 'COMMUNITY'
  | 'CONFIDENCE'
  | 'RAISING_ASPIRATIONS'
  | 'RESILIENCE'
  | 'WELLBEING'
  | 'WIDENING_HORIZONS';

/** Whether an attendee came. */
export type AttendanceStatus =
  /** Sent apologies: does not count. */
  | 'APOLOGIES'
  /** At the meeting: counts towards quorum for their partner. */
  | 'PRESENT';

/** Who an event is for (the same values as events' Audience). */
export type Audience =
  | 'BOTH'
  | 'STUDENTS'
  | 'TEACHERS';

export type CreateGovernanceGroupInput = {
  /** 2–100 characters. */
  name: Scalars['String']['input'];
  /** How its meetings are quorate. */
  quorumRule: QuorumRuleInput;
};

export type CreatePartnerInput = {
  /** ISO date; defaults to today. */
  joinedOn?: InputMaybe<Scalars['String']['input']>;
  kind: PartnerKind;
  /** Degrees, within the UK (49.8 to 60.9); give both or neither. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Degrees, within the UK (-8.7 to 1.8); give both or neither. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  town: Scalars['String']['input'];
};

export type CreatePartnerPayload = {
  __typename?: 'CreatePartnerPayload';
  errors: Array<UserError>;
  partner?: Maybe<Partner>;
};

export type DecideStudentVoiceProposalInput = {
  /** The Management Group meeting that decides it. */
  meetingId: Scalars['ID']['input'];
  /** Approve or reject. */
  outcome: ProposalDecision;
  /** The proposal. */
  proposalId: Scalars['ID']['input'];
  /** Required when rejecting. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A decision recorded at a meeting. */
export type Decision = {
  __typename?: 'Decision';
  /** Abstentions, when counted. */
  abstentions?: Maybe<Scalars['Int']['output']>;
  /** The agenda item it was taken under, if any. */
  agendaItemId?: Maybe<Scalars['ID']['output']>;
  /** The decision's id. */
  id: Scalars['ID']['output'];
  /** The motion put. */
  motion: Scalars['String']['output'];
  /** What happened to it. */
  outcome: DecisionOutcome;
  /** The Student Voice proposal this decided, if any. */
  proposal?: Maybe<StudentVoiceProposal>;
  /** Votes against, when counted. */
  votesAgainst?: Maybe<Scalars['Int']['output']>;
  /** Votes for, when counted. */
  votesFor?: Maybe<Scalars['Int']['output']>;
};

/** The outcome of a motion. */
export type DecisionOutcome =
  /** The motion passed. */
  | 'CARRIED'
  /** Put off to a later meeting. */
  | 'DEFERRED'
  /** The motion failed. */
  | 'REJECTED';

export type DecisionPayload = {
  __typename?: 'DecisionPayload';
  /** The decision, on success. */
  decision?: Maybe<Decision>;
  /** Why nothing changed. */
  errors: Array<UserError>;
};

export type EndGroupMembershipInput = {
  /** The open membership to end. */
  membershipId: Scalars['ID']['input'];
  /** ISO date it ends; defaults to today. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** The kinds of event in the programme (the same values as events' EventKind). */
export type EventKind =
  | 'BAKE_OFF'
  | 'CHOIR'
  | 'CPD'
  | 'OTHER'
  | 'OUTDOOR_LEARNING'
  | 'SPORT'
  | 'STUDENT_VOICE'
  | 'SUBJECT_CLUSTER'
  | 'TEACHER_SWAP_VISIT'
  | 'TEACHMEET'
  | 'WELLBEING';

/** A point in WGS84 degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

/**
 * A governance group (Heads, Management, Finance, Student Voice). Readable by the coordinator,
 * heads, champions and finance members.
 */
export type GovernanceGroup = {
  __typename?: 'GovernanceGroup';
  /** The group's id. */
  id: Scalars['ID']['output'];
  /** Which group this is. */
  kind: GroupKind;
  /** Its meetings, earliest first. */
  meetings: Array<Meeting>;
  /** Its memberships: open ones only unless `includePast`. */
  memberships: Array<GroupMembership>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its action items that are still OPEN. */
  openActions: Array<ActionItem>;
  /** How its meetings are quorate. */
  quorumRule: QuorumRule;
};


/**
 * A governance group (Heads, Management, Finance, Student Voice). Readable by the coordinator,
 * heads, champions and finance members.
 */
export type GovernanceGroupMembershipsArgs = {
  includePast?: InputMaybe<Scalars['Boolean']['input']>;
};

export type GovernanceGroupPayload = {
  __typename?: 'GovernanceGroupPayload';
  /** Why nothing changed. */
  errors: Array<UserError>;
  /** The group, on success. */
  group?: Maybe<GovernanceGroup>;
};

/** The kinds of governance group. The four standing groups exist once each; the coordinator may add OTHER ones. */
export type GroupKind =
  /** Steward the funds; membership makes a FINANCE member. */
  | 'FINANCE'
  /** The headteachers: decide priorities; membership makes a HEAD. */
  | 'HEADS'
  /** Two Partnership Champions per partner: decide the programme; a CHAMPION membership makes a CHAMPION. */
  | 'MANAGEMENT'
  /** Any other working group the coordinator sets up; grants no role. */
  | 'OTHER'
  /** Students from each partner: propose events and help organise them. */
  | 'STUDENT_VOICE';

/** A person's membership of a group over time. */
export type GroupMembership = {
  __typename?: 'GroupMembership';
  /** ISO date the membership started. */
  from: Scalars['String']['output'];
  /** The group. */
  group: GovernanceGroup;
  /** The membership's id. */
  id: Scalars['ID']['output'];
  /** The partner the member represents. */
  partner?: Maybe<Partner>;
  /** The member (resolved by people; null when the caller may not see them). */
  person?: Maybe<Person>;
  /** Their role in the group. */
  role: MembershipRole;
  /** ISO date it ended; null while open. */
  to?: Maybe<Scalars['String']['output']>;
};

export type GroupMembershipPayload = {
  __typename?: 'GroupMembershipPayload';
  /** Why nothing changed. */
  errors: Array<UserError>;
  /** The membership, on success. */
  membership?: Maybe<GroupMembership>;
};

/** A meeting of a group. */
export type Meeting = {
  __typename?: 'Meeting';
  /** Actions set at this meeting. */
  actionItems: Array<ActionItem>;
  /** The agenda in order, with minutes. */
  agenda: Array<AgendaItem>;
  /** Who came or sent apologies. */
  attendance: Array<MeetingAttendance>;
  /** The group's actions from earlier meetings that are still open. */
  carriedOverActions: Array<ActionItem>;
  /** Decisions recorded at the meeting. */
  decisions: Array<Decision>;
  /** The group that meets. */
  group: GovernanceGroup;
  /** The meeting's id. */
  id: Scalars['ID']['output'];
  /** The link, if online. */
  onlineUrl?: Maybe<Scalars['String']['output']>;
  /** How many partners the group's quorum rule needs at this meeting. */
  partnersNeeded: Scalars['Int']['output'];
  /** The member partners with at least one person present: quorum counts these, not people. */
  partnersRepresented: Array<Partner>;
  /** Where, if in person. */
  place?: Maybe<Scalars['String']['output']>;
  /** Whether enough member partners are represented under the group's quorum rule. */
  quorate: Scalars['Boolean']['output'];
  /** ISO 8601 date-time it starts. */
  startsAt: Scalars['String']['output'];
};

/** One line of a meeting's attendance. */
export type MeetingAttendance = {
  __typename?: 'MeetingAttendance';
  /** The partner they represented. */
  partner?: Maybe<Partner>;
  /** The attendee (resolved by people; null when the caller may not see them). */
  person?: Maybe<Person>;
  /** Present or apologies. */
  status: AttendanceStatus;
};

export type MeetingPayload = {
  __typename?: 'MeetingPayload';
  /** Why nothing changed. */
  errors: Array<UserError>;
  /** The meeting, on success. */
  meeting?: Maybe<Meeting>;
};

/** A person's role within a group. */
export type MembershipRole =
  /** Chairs the group's meetings. */
  | 'CHAIR'
  /** A Partnership Champion (Management Group): at most two per partner. */
  | 'CHAMPION'
  /** An ordinary member. */
  | 'MEMBER';

export type Mutation = {
  __typename?: 'Mutation';
  /** The coordinator or a member of the meeting's group. Announces ActionItemChanged. */
  addActionItem: ActionItemPayload;
  /** The coordinator or a member of the meeting's group. */
  addAgendaItem: MeetingPayload;
  /** Coordinator any group; a head their partner's people to Management or Student Voice; a champion to Student Voice. Announces GroupMembershipChanged (people follows it with the governing role). */
  addGroupMember: GroupMembershipPayload;
  /** Coordinator only: a working group of kind OTHER (the four standing groups exist already). */
  createGovernanceGroup: GovernanceGroupPayload;
  /** Coordinator only. Announces PartnerJoined to every service. */
  createPartner: CreatePartnerPayload;
  /** A Management Group member or the coordinator, at a Management meeting; recorded as the meeting's decision. Approval announces StudentVoiceProposalApproved. */
  decideStudentVoiceProposal: StudentVoiceProposalPayload;
  /** Same callers as addGroupMember. Sets `to`; announces GroupMembershipChanged (the role goes when no membership grants it). */
  endGroupMembership: GroupMembershipPayload;
  /** A student who is a Student Voice member, with co-proposers from the group. */
  proposeStudentVoiceEvent: StudentVoiceProposalPayload;
  /** The coordinator or a member of the meeting's group. */
  recordAttendance: MeetingPayload;
  /** The coordinator or a member of the meeting's group; anyone else gets NOT_A_GROUP_MEMBER. */
  recordDecision: DecisionPayload;
  /** The coordinator or a member of the meeting's group. */
  recordMinutes: MeetingPayload;
  /** The coordinator or a member of the group. Announces MeetingScheduled. */
  scheduleMeeting: MeetingPayload;
  /** The coordinator, a member of the group, or the action's owner. Announces ActionItemChanged. */
  setActionItemStatus: ActionItemPayload;
  /** Coordinator only: changes the quorum rule a group's meetings are counted against. */
  setGroupQuorumRule: GovernanceGroupPayload;
};


export type MutationAddActionItemArgs = {
  input: AddActionItemInput;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAddGroupMemberArgs = {
  input: AddGroupMemberInput;
};


export type MutationCreateGovernanceGroupArgs = {
  input: CreateGovernanceGroupInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationDecideStudentVoiceProposalArgs = {
  input: DecideStudentVoiceProposalInput;
};


export type MutationEndGroupMembershipArgs = {
  input: EndGroupMembershipInput;
};


export type MutationProposeStudentVoiceEventArgs = {
  input: ProposeStudentVoiceEventInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordDecisionArgs = {
  input: RecordDecisionInput;
};


export type MutationRecordMinutesArgs = {
  input: RecordMinutesInput;
};


export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


export type MutationSetActionItemStatusArgs = {
  input: SetActionItemStatusInput;
};


export type MutationSetGroupQuorumRuleArgs = {
  groupId: Scalars['ID']['input'];
  quorumRule: QuorumRuleInput;
};

/**
 * A member of the partnership: a school, the university, or an associate partner from the community.
 * Owned by partners-governance; other subgraphs contribute fields to it.
 */
export type Partner = {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
  /** ISO date (YYYY-MM-DD) the partner joined. */
  joinedOn: Scalars['String']['output'];
  kind: PartnerKind;
  latitude?: Maybe<Scalars['Float']['output']>;
  /** ISO date the partner left, if it has. */
  leftOn?: Maybe<Scalars['String']['output']>;
  /** The site as one point, null when not recorded: teacher swaps measure travel distance from it. */
  location?: Maybe<GeoPoint>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Derived from kind: teacher swaps pair state and independent sectors. */
  sector: Sector;
  status: PartnerStatus;
  town: Scalars['String']['output'];
};

export type PartnerKind =
  | 'ASSOCIATE'
  | 'INDEPENDENT'
  | 'SELECTIVE'
  | 'STATE'
  | 'UNIVERSITY';

export type PartnerStatus =
  | 'ACTIVE'
  | 'LEFT';

/** A person, owned by people: governance holds ids only and the graph resolves names there. */
export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
};

/** The Management Group's answer to a proposal. */
export type ProposalDecision =
  /** Becomes a draft event. */
  | 'APPROVED'
  /** Refused, with a reason. */
  | 'REJECTED';

/** Where a Student Voice proposal stands. */
export type ProposalStatus =
  /** Approved: the events service creates a draft event from it. */
  | 'APPROVED'
  /** Waiting for the Management Group. */
  | 'PROPOSED'
  /** Rejected, with a reason. */
  | 'REJECTED';

export type ProposeStudentVoiceEventInput = {
  /** At least one aim it serves. */
  aims: Array<Aim>;
  /** Who it is for. */
  audience: Audience;
  /** Other Student Voice members proposing it with the caller. */
  coProposerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The kind of event. */
  kind: EventKind;
  /** Why, 10–2000 characters. */
  rationale: Scalars['String']['input'];
  /** What students will help organise, 3–1000 characters. */
  studentsWillHelpWith: Scalars['String']['input'];
  /** The event's working title, 3–200 characters. */
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One group, or null. Same readers as governanceGroups. */
  governanceGroup?: Maybe<GovernanceGroup>;
  /** The governance groups. Coordinator, heads, champions and finance members. */
  governanceGroups: Array<GovernanceGroup>;
  /** One meeting, or null. Same readers as governanceGroups. */
  meeting?: Maybe<Meeting>;
  partner?: Maybe<Partner>;
  /** Partners, by name. Visible to every signed-in caller: it is organisational, not personal, data. */
  partners: Array<Partner>;
  /** Student Voice proposals the caller may see (a student: their own and their school's Student Voice ones), newest first. */
  studentVoiceProposals: Array<StudentVoiceProposal>;
};


export type QueryGovernanceGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  status?: InputMaybe<PartnerStatus>;
};


export type QueryStudentVoiceProposalsArgs = {
  status?: InputMaybe<ProposalStatus>;
};

/** A group's stored quorum rule. */
export type QuorumRule = {
  __typename?: 'QuorumRule';
  /** Which way the rule counts. */
  kind: QuorumRuleKind;
  /** The number of partners, or the percentage. */
  value: Scalars['Int']['output'];
};

/** A quorum rule to store. */
export type QuorumRuleInput = {
  /** Which way the rule counts. */
  kind: QuorumRuleKind;
  /** At least 1; a percentage at most 100. */
  value: Scalars['Int']['input'];
};

/** How a group's quorum is counted: always in partners represented, never in people. */
export type QuorumRuleKind =
  /** At least `value` partners represented. */
  | 'MIN_PARTNERS'
  /** At least `value` percent (rounded up) of the partners that have members in the group. */
  | 'PERCENT_OF_MEMBER_PARTNERS';

export type RecordAttendanceInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** The attendee; their partner is the one people knows them by. */
  personId: Scalars['ID']['input'];
  /** Present or apologies. */
  status: AttendanceStatus;
};

export type RecordDecisionInput = {
  /** Abstentions, if counted. */
  abstentions?: InputMaybe<Scalars['Int']['input']>;
  /** The agenda item, if any (of the same meeting). */
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** The motion put. */
  motion: Scalars['String']['input'];
  /** What happened. */
  outcome: DecisionOutcome;
  /** Votes against, if counted. */
  votesAgainst?: InputMaybe<Scalars['Int']['input']>;
  /** Votes for, if counted. */
  votesFor?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordMinutesInput = {
  /** The agenda item. */
  agendaItemId: Scalars['ID']['input'];
  /** What was said (replaces earlier minutes). */
  minutes: Scalars['String']['input'];
};

export type ScheduleMeetingInput = {
  /** Agenda item titles, in order. */
  agenda?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The group that meets. */
  groupId: Scalars['ID']['input'];
  /** The link, if online. */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Where, if in person (a place or an online link is required). */
  place?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 date-time with offset. */
  startsAt: Scalars['String']['input'];
};

export type Sector =
  | 'COMMUNITY'
  | 'HIGHER_EDUCATION'
  | 'INDEPENDENT'
  | 'STATE';

export type SetActionItemStatusInput = {
  /** The action. */
  actionItemId: Scalars['ID']['input'];
  /** Its new status. */
  status: ActionItemStatus;
};

/**
 * An event a Student Voice member proposes; the Management Group decides it at a meeting. Students
 * see their own and their school's Student Voice proposals; heads, champions and the coordinator all.
 */
export type StudentVoiceProposal = {
  __typename?: 'StudentVoiceProposal';
  /** The aims it serves. */
  aims: Array<Aim>;
  /** Who it is for. */
  audience: Audience;
  /** ISO date it was decided. */
  decidedOn?: Maybe<Scalars['String']['output']>;
  /** Why it was rejected (or a note on approval). */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The proposal's id (the draft event carries it as `proposalId`). */
  id: Scalars['ID']['output'];
  /** The kind of event. */
  kind: EventKind;
  /** The id of the Management meeting that decided it. */
  meetingId?: Maybe<Scalars['ID']['output']>;
  /** The proposer's school. */
  partner?: Maybe<Partner>;
  /** The proposer first, then co-proposers (resolved by people; an entry is null when the caller may not see that person). */
  proposers?: Maybe<Array<Maybe<Person>>>;
  /** Why the students want it. */
  rationale: Scalars['String']['output'];
  /** Where it stands. */
  status: ProposalStatus;
  /** What students will help organise. */
  studentsWillHelpWith: Scalars['String']['output'];
  /** The event's working title. */
  title: Scalars['String']['output'];
};

export type StudentVoiceProposalPayload = {
  __typename?: 'StudentVoiceProposalPayload';
  /** Why nothing changed. */
  errors: Array<UserError>;
  /** The proposal, on success. */
  proposal?: Maybe<StudentVoiceProposal>;
};

/** A problem with a mutation's input, returned as data so a client can show it by the field. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/**
 * Why partners-governance refused a mutation's input. Every subgraph declares the codes it returns
 * under this one name; the graph's enum is their union.
 */
export type UserErrorCode =
  /** The proposal has already been approved or rejected. */
  | 'ALREADY_DECIDED'
  /** The Management Group already has two champions of this partner: one must leave before another joins. */
  | 'CHAMPION_LIMIT'
  /** A partner with this name (ignoring case) already exists. */
  | 'DUPLICATE'
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** Only a member of the group (or the coordinator) may do this: decide at its meetings, or propose as a Student Voice member. */
  | 'NOT_A_GROUP_MEMBER'
  /** Student Voice proposals are decided at a meeting of the Management Group. */
  | 'NOT_A_MANAGEMENT_MEETING'
  /** This person cannot sit in this group: students sit in the Student Voice Group only, and only students do. */
  | 'NOT_ELIGIBLE'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** The person already belongs to this group for part of these dates: end the current membership first, or start after it ended. */
  | 'OVERLAPPING_MEMBERSHIP'
  /** An action item needs an owner: the id of the person who will do it. */
  | 'OWNER_REQUIRED';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionItem: ResolverTypeWrapper<ActionItemEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActionItemPayload: ResolverTypeWrapper<Omit<ActionItemPayload, 'actionItem'> & { actionItem?: Maybe<ResolversTypes['ActionItem']> }>;
  ActionItemStatus: ActionItemStatus;
  AddActionItemInput: AddActionItemInput;
  AddAgendaItemInput: AddAgendaItemInput;
  AddGroupMemberInput: AddGroupMemberInput;
  AgendaItem: ResolverTypeWrapper<AgendaItemEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Aim: Aim;
  AttendanceStatus: AttendanceStatus;
  Audience: Audience;
  CreateGovernanceGroupInput: CreateGovernanceGroupInput;
  CreatePartnerInput: CreatePartnerInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreatePartnerPayload: ResolverTypeWrapper<Omit<CreatePartnerPayload, 'partner'> & { partner?: Maybe<ResolversTypes['Partner']> }>;
  DecideStudentVoiceProposalInput: DecideStudentVoiceProposalInput;
  Decision: ResolverTypeWrapper<MeetingDecisionEntity>;
  DecisionOutcome: DecisionOutcome;
  DecisionPayload: ResolverTypeWrapper<Omit<DecisionPayload, 'decision'> & { decision?: Maybe<ResolversTypes['Decision']> }>;
  EndGroupMembershipInput: EndGroupMembershipInput;
  EventKind: EventKind;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GovernanceGroup: ResolverTypeWrapper<GovernanceGroupEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  GovernanceGroupPayload: ResolverTypeWrapper<Omit<GovernanceGroupPayload, 'group'> & { group?: Maybe<ResolversTypes['GovernanceGroup']> }>;
  GroupKind: GroupKind;
  GroupMembership: ResolverTypeWrapper<GroupMembershipEntity>;
  GroupMembershipPayload: ResolverTypeWrapper<Omit<GroupMembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['GroupMembership']> }>;
  Meeting: ResolverTypeWrapper<MeetingEntity>;
  MeetingAttendance: ResolverTypeWrapper<MeetingAttendanceEntity>;
  MeetingPayload: ResolverTypeWrapper<Omit<MeetingPayload, 'meeting'> & { meeting?: Maybe<ResolversTypes['Meeting']> }>;
  MembershipRole: MembershipRole;
  Mutation: ResolverTypeWrapper<{}>;
  Partner: ResolverTypeWrapper<PartnerEntity>;
  PartnerKind: PartnerKind;
  PartnerStatus: PartnerStatus;
  Person: ResolverTypeWrapper<Person>;
  ProposalDecision: ProposalDecision;
  ProposalStatus: ProposalStatus;
  ProposeStudentVoiceEventInput: ProposeStudentVoiceEventInput;
  Query: ResolverTypeWrapper<{}>;
  QuorumRule: ResolverTypeWrapper<QuorumRule>;
  QuorumRuleInput: QuorumRuleInput;
  QuorumRuleKind: QuorumRuleKind;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordDecisionInput: RecordDecisionInput;
  RecordMinutesInput: RecordMinutesInput;
  ScheduleMeetingInput: ScheduleMeetingInput;
  Sector: Sector;
  SetActionItemStatusInput: SetActionItemStatusInput;
  StudentVoiceProposal: ResolverTypeWrapper<StudentVoiceProposalEntity>;
  StudentVoiceProposalPayload: ResolverTypeWrapper<Omit<StudentVoiceProposalPayload, 'proposal'> & { proposal?: Maybe<ResolversTypes['StudentVoiceProposal']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionItem: ActionItemEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ActionItemPayload: Omit<ActionItemPayload, 'actionItem'> & { actionItem?: Maybe<ResolversParentTypes['ActionItem']> };
  AddActionItemInput: AddActionItemInput;
  AddAgendaItemInput: AddAgendaItemInput;
  AddGroupMemberInput: AddGroupMemberInput;
  AgendaItem: AgendaItemEntity;
  Int: Scalars['Int']['output'];
  CreateGovernanceGroupInput: CreateGovernanceGroupInput;
  CreatePartnerInput: CreatePartnerInput;
  Float: Scalars['Float']['output'];
  CreatePartnerPayload: Omit<CreatePartnerPayload, 'partner'> & { partner?: Maybe<ResolversParentTypes['Partner']> };
  DecideStudentVoiceProposalInput: DecideStudentVoiceProposalInput;
  Decision: MeetingDecisionEntity;
  DecisionPayload: Omit<DecisionPayload, 'decision'> & { decision?: Maybe<ResolversParentTypes['Decision']> };
  EndGroupMembershipInput: EndGroupMembershipInput;
  GeoPoint: GeoPoint;
  GovernanceGroup: GovernanceGroupEntity;
  Boolean: Scalars['Boolean']['output'];
  GovernanceGroupPayload: Omit<GovernanceGroupPayload, 'group'> & { group?: Maybe<ResolversParentTypes['GovernanceGroup']> };
  GroupMembership: GroupMembershipEntity;
  GroupMembershipPayload: Omit<GroupMembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['GroupMembership']> };
  Meeting: MeetingEntity;
  MeetingAttendance: MeetingAttendanceEntity;
  MeetingPayload: Omit<MeetingPayload, 'meeting'> & { meeting?: Maybe<ResolversParentTypes['Meeting']> };
  Mutation: {};
  Partner: PartnerEntity;
  Person: Person;
  ProposeStudentVoiceEventInput: ProposeStudentVoiceEventInput;
  Query: {};
  QuorumRule: QuorumRule;
  QuorumRuleInput: QuorumRuleInput;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordDecisionInput: RecordDecisionInput;
  RecordMinutesInput: RecordMinutesInput;
  ScheduleMeetingInput: ScheduleMeetingInput;
  SetActionItemStatusInput: SetActionItemStatusInput;
  StudentVoiceProposal: StudentVoiceProposalEntity;
  StudentVoiceProposalPayload: Omit<StudentVoiceProposalPayload, 'proposal'> & { proposal?: Maybe<ResolversParentTypes['StudentVoiceProposal']> };
  UserError: UserError;
};

export type ActionItemResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['ActionItem'] = ResolversParentTypes['ActionItem']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionItemStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionItemPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['ActionItemPayload'] = ResolversParentTypes['ActionItemPayload']> = {
  actionItem?: Resolver<Maybe<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgendaItemResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreatePartnerPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['CreatePartnerPayload'] = ResolversParentTypes['CreatePartnerPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DecisionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = {
  abstentions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  agendaItemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  motion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['StudentVoiceProposal']>, ParentType, ContextType>;
  votesAgainst?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  votesFor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DecisionPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['DecisionPayload'] = ResolversParentTypes['DecisionPayload']> = {
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GovernanceGroupResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['GovernanceGroup'] = ResolversParentTypes['GovernanceGroup']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GroupKind'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['GroupMembership']>, ParentType, ContextType, RequireFields<GovernanceGroupMembershipsArgs, 'includePast'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openActions?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  quorumRule?: Resolver<ResolversTypes['QuorumRule'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GovernanceGroupPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['GovernanceGroupPayload'] = ResolversParentTypes['GovernanceGroupPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['GovernanceGroup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GroupMembershipResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['GroupMembership'] = ResolversParentTypes['GroupMembership']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['GovernanceGroup'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GroupMembershipPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['GroupMembershipPayload'] = ResolversParentTypes['GroupMembershipPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['GroupMembership']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  agenda?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['MeetingAttendance']>, ParentType, ContextType>;
  carriedOverActions?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['GovernanceGroup'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onlineUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnersNeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partnersRepresented?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quorate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingAttendanceResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['MeetingAttendance'] = ResolversParentTypes['MeetingAttendance']> = {
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttendanceStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['MeetingPayload'] = ResolversParentTypes['MeetingPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addActionItem?: Resolver<ResolversTypes['ActionItemPayload'], ParentType, ContextType, RequireFields<MutationAddActionItemArgs, 'input'>>;
  addAgendaItem?: Resolver<ResolversTypes['MeetingPayload'], ParentType, ContextType, RequireFields<MutationAddAgendaItemArgs, 'input'>>;
  addGroupMember?: Resolver<ResolversTypes['GroupMembershipPayload'], ParentType, ContextType, RequireFields<MutationAddGroupMemberArgs, 'input'>>;
  createGovernanceGroup?: Resolver<ResolversTypes['GovernanceGroupPayload'], ParentType, ContextType, RequireFields<MutationCreateGovernanceGroupArgs, 'input'>>;
  createPartner?: Resolver<ResolversTypes['CreatePartnerPayload'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'input'>>;
  decideStudentVoiceProposal?: Resolver<ResolversTypes['StudentVoiceProposalPayload'], ParentType, ContextType, RequireFields<MutationDecideStudentVoiceProposalArgs, 'input'>>;
  endGroupMembership?: Resolver<ResolversTypes['GroupMembershipPayload'], ParentType, ContextType, RequireFields<MutationEndGroupMembershipArgs, 'input'>>;
  proposeStudentVoiceEvent?: Resolver<ResolversTypes['StudentVoiceProposalPayload'], ParentType, ContextType, RequireFields<MutationProposeStudentVoiceEventArgs, 'input'>>;
  recordAttendance?: Resolver<ResolversTypes['MeetingPayload'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'input'>>;
  recordDecision?: Resolver<ResolversTypes['DecisionPayload'], ParentType, ContextType, RequireFields<MutationRecordDecisionArgs, 'input'>>;
  recordMinutes?: Resolver<ResolversTypes['MeetingPayload'], ParentType, ContextType, RequireFields<MutationRecordMinutesArgs, 'input'>>;
  scheduleMeeting?: Resolver<ResolversTypes['MeetingPayload'], ParentType, ContextType, RequireFields<MutationScheduleMeetingArgs, 'input'>>;
  setActionItemStatus?: Resolver<ResolversTypes['ActionItemPayload'], ParentType, ContextType, RequireFields<MutationSetActionItemStatusArgs, 'input'>>;
  setGroupQuorumRule?: Resolver<ResolversTypes['GovernanceGroupPayload'], ParentType, ContextType, RequireFields<MutationSetGroupQuorumRuleArgs, 'groupId' | 'quorumRule'>>;
};

export type PartnerResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']>, { __typename: 'Partner' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnerStatus'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  governanceGroup?: Resolver<Maybe<ResolversTypes['GovernanceGroup']>, ParentType, ContextType, RequireFields<QueryGovernanceGroupArgs, 'id'>>;
  governanceGroups?: Resolver<Array<ResolversTypes['GovernanceGroup']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType, Partial<QueryPartnersArgs>>;
  studentVoiceProposals?: Resolver<Array<ResolversTypes['StudentVoiceProposal']>, ParentType, ContextType, Partial<QueryStudentVoiceProposalsArgs>>;
};

export type QuorumRuleResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['QuorumRule'] = ResolversParentTypes['QuorumRule']> = {
  kind?: Resolver<ResolversTypes['QuorumRuleKind'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StudentVoiceProposalResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['StudentVoiceProposal'] = ResolversParentTypes['StudentVoiceProposal']> = {
  aims?: Resolver<Array<ResolversTypes['Aim']>, ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  meetingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  proposers?: Resolver<Maybe<Array<Maybe<ResolversTypes['Person']>>>, ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  studentsWillHelpWith?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StudentVoiceProposalPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['StudentVoiceProposalPayload'] = ResolversParentTypes['StudentVoiceProposalPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['StudentVoiceProposal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = PartnersContext> = {
  ActionItem?: ActionItemResolvers<ContextType>;
  ActionItemPayload?: ActionItemPayloadResolvers<ContextType>;
  AgendaItem?: AgendaItemResolvers<ContextType>;
  CreatePartnerPayload?: CreatePartnerPayloadResolvers<ContextType>;
  Decision?: DecisionResolvers<ContextType>;
  DecisionPayload?: DecisionPayloadResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GovernanceGroup?: GovernanceGroupResolvers<ContextType>;
  GovernanceGroupPayload?: GovernanceGroupPayloadResolvers<ContextType>;
  GroupMembership?: GroupMembershipResolvers<ContextType>;
  GroupMembershipPayload?: GroupMembershipPayloadResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingAttendance?: MeetingAttendanceResolvers<ContextType>;
  MeetingPayload?: MeetingPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuorumRule?: QuorumRuleResolvers<ContextType>;
  StudentVoiceProposal?: StudentVoiceProposalResolvers<ContextType>;
  StudentVoiceProposalPayload?: StudentVoiceProposalPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

