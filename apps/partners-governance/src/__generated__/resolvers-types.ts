import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PartnerEntity } from '../entities/partner.entity';
import type { MouVersionEntity, MouSignatureEntity } from '../entities/mou.entity';
import type { AssociateApplicationEntity, ContributionEntity } from '../entities/associate.entity';
import type { PriorityEntity, AimEntity } from '../entities/priority.entity';
import type { GovernanceGroupEntity } from '../entities/governance-group.entity';
import type { GroupMembershipEntity } from '../entities/group-membership.entity';
import type { MeetingEntity } from '../entities/meeting.entity';
import type { AgendaItemEntity } from '../entities/agenda-item.entity';
import type { MeetingAttendanceEntity } from '../entities/meeting-attendance.entity';
import type { MeetingDecisionEntity } from '../entities/meeting-decision.entity';
import type { ActionItemEntity } from '../entities/action-item.entity';
import type { StudentVoiceProposalEntity } from '../entities/student-voice-proposal.entity';
import type { FinancePeriodEntity } from '../entities/finance-period.entity';
import type { BudgetLineView, LevyInvoiceView, OtherIncomeView, ExpenseView, FinanceReportView, BudgetLineFiguresView, FinanceAuditEntryView } from '../use-cases/finance/finance-views';
import type { FinanceLevyPaymentEntity } from '../entities/finance-levy-payment.entity';
import type { LevyFigures } from '../domain/finance/finance-report';
import type { ApiKeyEntity } from '../entities/api-key.entity';
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
  /**
   * Money: whole pence as a JSON number (1250 is £12.50), never a float. An input that is not a whole
   * number, is negative (or zero where an amount must be positive), or is above 1000000000 (£10m) is
   * refused with `INVALID` naming its field, and nothing is written. A scalar rather than `Int` so
   * such input reaches the rules and comes back as a typed `UserError` with its field (an `Int`
   * variable would fail the whole request before any rule runs), and so totals are not capped at
   * `Int`'s 2^31 − 1.
   */
  Pence: { input: number; output: number; }
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

/** The result of a change to an action item. */
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

/** An action set at a meeting for a named person. */
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

/** An item appended to a meeting's agenda. */
export type AddAgendaItemInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** The item, appended at the end. */
  title: Scalars['String']['input'];
};

/** A person joining a governance group. */
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

/**
 * The partnership's aims. partners-governance owns this list (the `aims` query); events and
 * evaluation keep the same values in their schema enum, which stays stable.
 */
export type Aim =
  /** A sense of community among students across the partners. */
  | 'COMMUNITY'
  /** Students' confidence. */
  | 'CONFIDENCE'
  /** Raising aspirations: one of the two aims agreed at the outset. */
  | 'RAISING_ASPIRATIONS'
  /** Students' resilience. */
  | 'RESILIENCE'
  /** Students' well-being. */
  | 'WELLBEING'
  /** Widening horizons: one of the two aims agreed at the outset. */
  | 'WIDENING_HORIZONS';

/**
 * An associate partner's API key as listed: never its secret or the hash it is stored as. The
 * coordinator sees every partner's keys; people of the associate partner see their own partner's.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** ISO date-time with offset. */
  createdAt: Scalars['String']['output'];
  /** ISO date-time with offset after which the key is refused; null: no expiry. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** The key's id (a UUID); the key's prefix carries it in lower case without hyphens. */
  id: Scalars['ID']['output'];
  /** ISO date-time with offset of the last request made with it (updated at most once a minute); null if never used. */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  /** What the partner calls it (e.g. the system that uses it). */
  name: Scalars['String']['output'];
  /** The associate partner the key belongs to. */
  partnerId: Scalars['ID']['output'];
  /** The start of the key (`ekst_live_<id>`), to recognise it; the secret part is never shown again. */
  prefix: Scalars['String']['output'];
  /** ISO date-time with offset it was revoked; null while not revoked. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** What the key may read. */
  scopes: Array<ApiKeyScope>;
  /** Whether the key still works now. */
  state: ApiKeyState;
  /** SHA-256 hashes of the only operations the key may run; null: any operation of the public contract. */
  trustedOperations?: Maybe<Array<Scalars['String']['output']>>;
};

/** What an associate partner's API key may read through the public contract. */
export type ApiKeyScope =
  /** Published impact summaries. */
  | 'IMPACT_READ'
  /** Partners' names and kinds. */
  | 'PARTNERS_READ'
  /** The published programme: events and their public details. */
  | 'PROGRAMME_READ';

/** Whether an API key still works. */
export type ApiKeyState =
  /** Accepted by the gateway. */
  | 'ACTIVE'
  /** Past its expiry: refused. */
  | 'EXPIRED'
  /** Revoked by the coordinator: refused. */
  | 'REVOKED';

/** An organisation's application to become an associate partner, decided by the Heads Group. */
export type AssociateApplication = {
  __typename?: 'AssociateApplication';
  /** The contact's role in the organisation (no personal name is kept). */
  contactRole: Scalars['String']['output'];
  /** ISO date of the decision, once decided. */
  decidedOn?: Maybe<Scalars['String']['output']>;
  /** Why it was approved or rejected. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The application's id. */
  id: Scalars['ID']['output'];
  /** What the organisation offers the partnership. */
  offer: Scalars['String']['output'];
  /** The applying organisation's name; it becomes the partner's name on approval. */
  organisationName: Scalars['String']['output'];
  /** The ASSOCIATE partner created on approval. */
  partner?: Maybe<Partner>;
  /** ISO date the application was received. */
  receivedOn: Scalars['String']['output'];
  /** Pending, approved or rejected. */
  status: AssociateApplicationStatus;
  /** The town the organisation is in. */
  town: Scalars['String']['output'];
};

/** An organisation's application to become an associate partner, as received. No personal name is kept. */
export type AssociateApplicationInput = {
  /** The contact's role in the organisation, not their name. */
  contactRole: Scalars['String']['input'];
  /** What the organisation offers. */
  offer: Scalars['String']['input'];
  /** 2 to 200 characters. */
  organisationName: Scalars['String']['input'];
  /** 2 to 100 characters. */
  town: Scalars['String']['input'];
};

/** The result of recording or deciding an associate-partner application. */
export type AssociateApplicationPayload = {
  __typename?: 'AssociateApplicationPayload';
  /** The application as recorded; null when refused. */
  application?: Maybe<AssociateApplication>;
  /** Why it was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
};

/** Where an associate-partner application stands. */
export type AssociateApplicationStatus =
  /** Approved: the organisation is an ASSOCIATE partner. */
  | 'APPROVED'
  /** Waiting for the Heads Group. */
  | 'PENDING'
  /** Rejected, with a reason. */
  | 'REJECTED';

/** Whether an attendee came. */
export type AttendanceStatus =
  /** Sent apologies: does not count. */
  | 'APOLOGIES'
  /** At the meeting: counts towards quorum for their partner. */
  | 'PRESENT';

/** Who an event is for (the same values as events' Audience). */
export type Audience =
  /** Students and teachers. */
  | 'BOTH'
  /** Students. */
  | 'STUDENTS'
  /** Teachers. */
  | 'TEACHERS';

/** A heading of the year's budget (coordinator salary, transport, ...). */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** The year the line belongs to. */
  academicYear: Scalars['String']['output'];
  /** What the year's budget sets aside for it. */
  budgetedPence: Scalars['Pence']['output'];
  /** Short and unique within the year, e.g. TRANSPORT. */
  code: Scalars['String']['output'];
  /** The budget line's id. */
  id: Scalars['ID']['output'];
  /** What the line is for, 2 to 120 characters, e.g. Coordinator salary. */
  name: Scalars['String']['output'];
};

/** One budget line's figures. */
export type BudgetLineFigures = {
  __typename?: 'BudgetLineFigures';
  /** Its PAID expenses. */
  actualPence: Scalars['Pence']['output'];
  /** The budget line. */
  budgetLine: BudgetLine;
  /** What the budget sets aside for it. */
  budgetedPence: Scalars['Pence']['output'];
  /** Its COMMITTED expenses: ordered, not yet paid. */
  committedPence: Scalars['Pence']['output'];
  /** budgeted − committed − actual; negative when overspent. */
  remainingPence: Scalars['Pence']['output'];
};

/** The result of a change to a budget line. */
export type BudgetLinePayload = {
  __typename?: 'BudgetLinePayload';
  /** The budget line as saved; null when refused. */
  budgetLine?: Maybe<BudgetLine>;
  /** Why it was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
};

/** The budget lines added up. */
export type BudgetTotals = {
  __typename?: 'BudgetTotals';
  /** All PAID expenses. */
  actualPence: Scalars['Pence']['output'];
  /** All lines' budgets. */
  budgetedPence: Scalars['Pence']['output'];
  /** All COMMITTED expenses. */
  committedPence: Scalars['Pence']['output'];
  /** budgeted − committed − actual; negative when overspent. */
  remainingPence: Scalars['Pence']['output'];
};

/** Something an associate partner contributed, to one event or to an academic year. */
export type Contribution = {
  __typename?: 'Contribution';
  /** The academic year it was for, when not for one event. */
  academicYear?: Maybe<Scalars['String']['output']>;
  /** Sponsorship only: integer pence. */
  amountPence?: Maybe<Scalars['Int']['output']>;
  /** What it was, 2 to 1000 characters. */
  description: Scalars['String']['output'];
  /** The event it was for (owned by events), when it was for one. */
  eventId?: Maybe<Scalars['ID']['output']>;
  /** The contribution's id. */
  id: Scalars['ID']['output'];
  /** What was given: a venue, a speaker, sponsorship or something in kind. */
  kind: ContributionKind;
  /** The associate partner that contributed. */
  partner: Partner;
  /** ISO date it was recorded. */
  recordedOn: Scalars['String']['output'];
};

/** What an associate partner gives. */
export type ContributionKind =
  /** Goods or services. */
  | 'IN_KIND'
  /** A speaker. */
  | 'SPEAKER'
  /** Money (amountPence). */
  | 'SPONSORSHIP'
  /** A venue for an event. */
  | 'VENUE';

/** The result of recording a contribution. */
export type ContributionPayload = {
  __typename?: 'ContributionPayload';
  /** The contribution recorded; null when refused. */
  contribution?: Maybe<Contribution>;
  /** Why it was refused (nothing was recorded); empty on success. */
  errors: Array<UserError>;
};

/** A new budget line in an open year. */
export type CreateBudgetLineInput = {
  /** An OPEN period's academic year. */
  academicYear: Scalars['String']['input'];
  /** Zero or more. */
  budgetedPence: Scalars['Pence']['input'];
  /** 1–20 capital letters, digits, - or _; unique within the year. */
  code: Scalars['String']['input'];
  /** 2–120 characters. */
  name: Scalars['String']['input'];
};

/** A new academic year of the accounts; its dates may not overlap another period's. */
export type CreateFinancePeriodInput = {
  /** e.g. 2026-27 (the second year follows the first). */
  academicYear: Scalars['String']['input'];
  /** ISO date, after startsOn. */
  endsOn: Scalars['String']['input'];
  /** ISO date. */
  startsOn: Scalars['String']['input'];
};

/** A new working group (kind OTHER): its name and quorum rule. */
export type CreateGovernanceGroupInput = {
  /** 2–100 characters. */
  name: Scalars['String']['input'];
  /** How its meetings are quorate. */
  quorumRule: QuorumRuleInput;
};

/** A partner's levy invoice for an open year. */
export type CreateLevyInvoiceInput = {
  /** An OPEN period's academic year. */
  academicYear: Scalars['String']['input'];
  /** More than zero. */
  amountPence: Scalars['Pence']['input'];
  /** ISO date, on or after issuedOn. */
  dueOn: Scalars['String']['input'];
  /** ISO date. */
  issuedOn: Scalars['String']['input'];
  /** The partner invoiced (NOT_FOUND if there is none). */
  partnerId: Scalars['ID']['input'];
  /** 1–40 characters, unique (ignoring case). */
  reference: Scalars['String']['input'];
};

/** A new member of the partnership; its first membership period opens on joinedOn. */
export type CreatePartnerInput = {
  /** ISO date; defaults to today. */
  joinedOn?: InputMaybe<Scalars['String']['input']>;
  /** What kind of member it is; decides its sector. */
  kind: PartnerKind;
  /** Degrees, within the UK (49.8 to 60.9); give both or neither. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Degrees, within the UK (-8.7 to 1.8); give both or neither. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 2 to 200 characters, unique ignoring case (DUPLICATE otherwise). */
  name: Scalars['String']['input'];
  /** 2 to 100 characters. */
  town: Scalars['String']['input'];
};

/** The result of createPartner: the partner, or the errors and nothing created. */
export type CreatePartnerPayload = {
  __typename?: 'CreatePartnerPayload';
  /** Why the input was refused (nothing was created); empty on success. */
  errors: Array<UserError>;
  /** The new partner; null when refused. */
  partner?: Maybe<Partner>;
};

/**
 * A person as the subject of their personal data (UK GDPR): every service that holds personal data
 * contributes what it holds about them, one field per service. Keyed by the person's id only, so
 * what other services still hold is shown even when people no longer knows the person (erased).
 * Only the coordinator or the data protection lead may read the held data (FORBIDDEN otherwise).
 */
export type DataSubject = {
  __typename?: 'DataSubject';
  /** What partners-governance: group memberships, meeting attendance, actions, decisions, proposals holds about this person, one part per table (parts with no records included). */
  heldByPartnersGovernance: Array<HeldDataPart>;
  /** The person's id (a UUID). */
  id: Scalars['ID']['output'];
};

/** How an inbox consumer classified the failure that dead-lettered a message. */
export type DeadLetterFailureKind =
  /** Can never be applied as it is (malformed, breaks its contract, a deterministic domain error). */
  | 'POISON'
  /** Database or network unavailable; normally retried until it clears, never dead-lettered. */
  | 'TRANSIENT'
  /** Neither: retried a few times, then dead-lettered. */
  | 'UNKNOWN';

/** Pending dead letters sharing an event type, failure kind and error. */
export type DeadLetterReason = {
  __typename?: 'DeadLetterReason';
  /** How many pending dead letters share it. */
  count: Scalars['Int']['output'];
  /** The error it failed with (at most 300 characters). */
  error: Scalars['String']['output'];
  /** The event type (e.g. `PersonErased`), or null when the message was not even a valid envelope. */
  eventType?: Maybe<Scalars['String']['output']>;
  /** How the failure was classified. */
  kind: DeadLetterFailureKind;
};

/**
 * The dead letters of one service's inbox consumer: events it could not apply and set aside for
 * redrive (`npm run dlq`). Counts, age and reasons only, never the message content.
 */
export type DeadLetterSummary = {
  __typename?: 'DeadLetterSummary';
  /** When the oldest pending dead letter was set aside (ISO 8601), or null when none is pending. */
  oldestPendingAt?: Maybe<Scalars['String']['output']>;
  /** Dead letters not yet redriven. */
  pending: Scalars['Int']['output'];
  /** Why pending dead letters failed, grouped by event type, kind and error, most frequent first (at most 20). */
  reasons: Array<DeadLetterReason>;
  /** Dead letters already redriven (kept for the record). */
  redriven: Scalars['Int']['output'];
  /** The service whose dead letters these are (its name, e.g. `people`). */
  service: Scalars['String']['output'];
};

/** The Heads Group's decision on a PENDING application. */
export type DecideAssociateApplicationInput = {
  /** The application (ALREADY_DECIDED if it is not PENDING). */
  applicationId: Scalars['ID']['input'];
  /** True to approve (creates the ASSOCIATE partner), false to reject. */
  approve: Scalars['Boolean']['input'];
  /** Why, as recorded by the Heads Group. */
  reason: Scalars['String']['input'];
};

/** The Management Group's decision on a PROPOSED Student Voice proposal, taken at one of its meetings. */
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

/** The result of recording a decision. */
export type DecisionPayload = {
  __typename?: 'DecisionPayload';
  /** The decision, on success. */
  decision?: Maybe<Decision>;
  /** Why nothing changed. */
  errors: Array<UserError>;
};

/** The result of deleting a finance record. */
export type DeleteFinanceRecordPayload = {
  __typename?: 'DeleteFinanceRecordPayload';
  /** The id of the record deleted; null when refused. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why it was refused (nothing was deleted); empty on success. */
  errors: Array<UserError>;
};

/** The end of a person's membership of a group. */
export type EndGroupMembershipInput = {
  /** The open membership to end. */
  membershipId: Scalars['ID']['input'];
  /** ISO date it ends; defaults to today. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** The kinds of event in the programme (the same values as events' EventKind). */
export type EventKind =
  /** A bake-off. */
  | 'BAKE_OFF'
  /** The partnership choir. */
  | 'CHOIR'
  /** Continuing professional development for teachers. */
  | 'CPD'
  /** Any other kind of event. */
  | 'OTHER'
  /** Outdoor learning. */
  | 'OUTDOOR_LEARNING'
  /** A sports event. */
  | 'SPORT'
  /** An event of the Student Voice Group. */
  | 'STUDENT_VOICE'
  /** A meeting of a subject cluster: teachers of one subject across partners. */
  | 'SUBJECT_CLUSTER'
  /** A teacher swap visit: a teacher spends time at another partner school. */
  | 'TEACHER_SWAP_VISIT'
  /** A TeachMeet: teachers from across the partners share practice. */
  | 'TEACHMEET'
  /** A well-being event. */
  | 'WELLBEING';

/** Spending against a budget line. */
export type Expense = {
  __typename?: 'Expense';
  /** The academic year it belongs to: its budget line's. */
  academicYear: Scalars['String']['output'];
  /** The amount, in pence. */
  amountPence: Scalars['Pence']['output'];
  /** The budget line it is spent against. */
  budgetLine: BudgetLine;
  /** What it was for, 2 to 200 characters. */
  description: Scalars['String']['output'];
  /** The expense's id. */
  id: Scalars['ID']['output'];
  /** ISO date it was ordered or paid. */
  incurredOn: Scalars['String']['output'];
  /** The organisation paid (a coach company, a venue), never a private individual's name. */
  payee: Scalars['String']['output'];
  /** COMMITTED (ordered) or PAID. */
  status: ExpenseStatus;
};

/** The result of a change to an expense. */
export type ExpensePayload = {
  __typename?: 'ExpensePayload';
  /** Why it was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
  /** The expense as saved; null when refused. */
  expense?: Maybe<Expense>;
};

/** Whether an expense is only ordered or already paid. */
export type ExpenseStatus =
  /** Ordered, not yet paid: counts as committed. */
  | 'COMMITTED'
  /** Paid: counts as actual spending. */
  | 'PAID';

/** What a finance audit entry records. */
export type FinanceAuditAction =
  /** A period was closed. */
  | 'CLOSE'
  /** A record was created. */
  | 'CREATE'
  /** A record was deleted (its last state is in before). */
  | 'DELETE'
  /** A period was reopened. */
  | 'REOPEN'
  /** A record was changed. */
  | 'UPDATE';

/**
 * One change to finance data, from the append-only audit log: the database refuses to update or
 * delete it (kept seven years, the statutory six after the end of its financial year).
 */
export type FinanceAuditEntry = {
  __typename?: 'FinanceAuditEntry';
  /** The academic year of the record changed. */
  academicYear: Scalars['String']['output'];
  /** What was done. */
  action: FinanceAuditAction;
  /**
   * The person who made the change, resolved by people (their name is never copied into finance);
   * null for an API key, and null from people once the person is erased or hidden from the caller.
   */
  actor?: Maybe<Person>;
  /** The person (or API key) who made the change: an id, never a name; it stays after erasure. */
  actorId: Scalars['ID']['output'];
  /** The actor's roles at the time. */
  actorRoles: Array<Scalars['String']['output']>;
  /** The record after the change as JSON text; null for DELETE. */
  after?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 timestamp, set by the database. */
  at: Scalars['String']['output'];
  /** The record before the change as JSON text; null for CREATE. */
  before?: Maybe<Scalars['String']['output']>;
  /** The id of the record changed (it may since have been deleted). */
  entityId: Scalars['ID']['output'];
  /** The kind of record changed. */
  entityType: FinanceEntityType;
  /** A sequence number: the log reads in the order it was written. */
  id: Scalars['ID']['output'];
};

/** A page of the finance audit log. */
export type FinanceAuditEntryConnection = {
  __typename?: 'FinanceAuditEntryConnection';
  /** The entries on this page, in the order they were written. */
  edges: Array<FinanceAuditEntryEdge>;
  /** Whether more entries follow, and the cursor to continue from. */
  pageInfo: PageInfo;
};

/** One audit entry on a page. */
export type FinanceAuditEntryEdge = {
  __typename?: 'FinanceAuditEntryEdge';
  /** Opaque; pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The audit entry. */
  node: FinanceAuditEntry;
};

/** The kinds of finance record. */
export type FinanceEntityType =
  /** A budget line. */
  | 'BUDGET_LINE'
  /** An expense. */
  | 'EXPENSE'
  /** A levy invoice. */
  | 'LEVY_INVOICE'
  /** A payment against a levy invoice. */
  | 'LEVY_PAYMENT'
  /** Other income. */
  | 'OTHER_INCOME'
  /** An academic-year period. */
  | 'PERIOD';

/**
 * An academic year of the partnership's finance, e.g. 2026-27. Visible to the Finance Group
 * (FINANCE role), heads and the coordinator only.
 */
export type FinancePeriod = {
  __typename?: 'FinancePeriod';
  /** e.g. 2026-27 */
  academicYear: Scalars['String']['output'];
  /** By code. */
  budgetLines: Array<BudgetLine>;
  /** ISO 8601 timestamp of the last close, null while open. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** ISO date, the last day of the year's accounts. */
  endsOn: Scalars['String']['output'];
  /** Newest first; optionally of one budget line or status. */
  expenses: Array<Expense>;
  /** The period's id. */
  id: Scalars['ID']['output'];
  /** By reference. */
  levyInvoices: Array<LevyInvoice>;
  /** Newest first. */
  otherIncome: Array<OtherIncome>;
  /** The year's figures. */
  report: FinanceReport;
  /** ISO date, the first day of the year's accounts. */
  startsOn: Scalars['String']['output'];
  /** OPEN, or CLOSED and read-only. */
  status: FinancePeriodStatus;
};


/**
 * An academic year of the partnership's finance, e.g. 2026-27. Visible to the Finance Group
 * (FINANCE role), heads and the coordinator only.
 */
export type FinancePeriodExpensesArgs = {
  budgetLineId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ExpenseStatus>;
};

/** The result of a change to a finance period. */
export type FinancePeriodPayload = {
  __typename?: 'FinancePeriodPayload';
  /** Why it was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
  /** The period as changed; null when refused. */
  period?: Maybe<FinancePeriod>;
};

/** Whether a finance period's records can still change. */
export type FinancePeriodStatus =
  /** Read-only: every change is refused with PERIOD_CLOSED until the coordinator reopens it. */
  | 'CLOSED'
  /** Records can be created, changed and deleted. */
  | 'OPEN';

/**
 * A year's figures. Committed is spending ordered but not paid (COMMITTED expenses), actual is
 * spending paid (PAID); remaining is budgeted − committed − actual (negative when overspent).
 * Income counts when received. The balance is income received (levy payments + other income) −
 * expenses paid.
 */
export type FinanceReport = {
  __typename?: 'FinanceReport';
  /** The academic year reported, e.g. 2026-27. */
  academicYear: Scalars['String']['output'];
  /** incomeReceivedPence − expensesPaidPence. */
  balancePence: Scalars['Pence']['output'];
  /**
   * The report as CSV (RFC 4180, header row): columns section, key, name, measure, pence, pounds;
   * one row per figure, so every number above is in it once.
   */
  csv: Scalars['String']['output'];
  /** Expenses COMMITTED (ordered, not yet paid), shown beside the balance, not taken from it. */
  expensesCommittedPence: Scalars['Pence']['output'];
  /** Expenses PAID. */
  expensesPaidPence: Scalars['Pence']['output'];
  /** Levy payments + other income. */
  incomeReceivedPence: Scalars['Pence']['output'];
  /** Per partner invoiced, by partner id. */
  levies: Array<PartnerLevyFigures>;
  /** The levies added up. */
  levyTotals: LevyTotals;
  /** One row per budget line, by code. */
  lines: Array<BudgetLineFigures>;
  /** Income other than levies, by source and by restriction. */
  otherIncome: OtherIncomeFigures;
  /** Whether the year is OPEN (its figures can still change) or CLOSED. */
  periodStatus: FinancePeriodStatus;
  /** The lines added up. */
  totals: BudgetTotals;
};

/** A point in WGS84 degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Latitude in degrees. */
  lat: Scalars['Float']['output'];
  /** Longitude in degrees. */
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

/** The result of creating a group or changing its quorum rule. */
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

/** The result of adding a member to a group or ending a membership. */
export type GroupMembershipPayload = {
  __typename?: 'GroupMembershipPayload';
  /** Why nothing changed. */
  errors: Array<UserError>;
  /** The membership, on success. */
  membership?: Maybe<GroupMembership>;
};

/** What one table of one service holds about a person, why, and for how long (from its data policy). */
export type HeldDataPart = {
  __typename?: 'HeldDataPart';
  /** What the retention job does when the period is over: delete, anonymise, or keep (with a reason). */
  action: Scalars['String']['output'];
  /** What kind of data it is, in plain words. */
  kind: Scalars['String']['output'];
  /** Why it is held (the data policy's basis or reason). */
  purpose: Scalars['String']['output'];
  /** The person's records in this table; empty when nothing is held here. */
  records: Array<HeldRecord>;
  /** Days it is kept after its age column; null when it is kept while the person takes part. */
  retainDays?: Maybe<Scalars['Int']['output']>;
  /** The retention period in words. */
  retention: Scalars['String']['output'];
  /** The service that holds it. */
  service: Scalars['String']['output'];
  /** The table it is kept in. */
  table: Scalars['String']['output'];
};

/** One field of a held record, as text (dates in ISO 8601, lists and JSON as JSON). */
export type HeldField = {
  __typename?: 'HeldField';
  /** The column's name. */
  name: Scalars['String']['output'];
  /** The value as text; null when empty. */
  value?: Maybe<Scalars['String']['output']>;
};

/** One record held about a person: its fields by name (secret hashes are left out). */
export type HeldRecord = {
  __typename?: 'HeldRecord';
  /** The record's fields, in the table's column order. */
  fields: Array<HeldField>;
};

/** Other income of one source. */
export type IncomeBySource = {
  __typename?: 'IncomeBySource';
  /** The year's income from it. */
  amountPence: Scalars['Pence']['output'];
  /** The source. */
  source: IncomeSource;
};

/** Where income other than the levy came from. */
export type IncomeSource =
  /** Raised by the partnership's own fundraising. */
  | 'FUNDRAISING'
  /** A grant from a funder. */
  | 'GRANT'
  /** Anything else. */
  | 'OTHER'
  /** A sponsor's contribution. */
  | 'SPONSORSHIP';

/** A key for an associate partner's system. */
export type IssueApiKeyInput = {
  /** ISO date-time with offset, in the future; null: no expiry. */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  /** 2 to 100 characters, e.g. the system that will use it. */
  name: Scalars['String']['input'];
  /** The associate partner (kind ASSOCIATE, not left) the key is for. */
  partnerId: Scalars['ID']['input'];
  /** At least one. */
  scopes: Array<ApiKeyScope>;
  /** SHA-256 hashes (hex) of the only operations the key may run (persisted queries), at most 100; null: any operation of the public contract. */
  trustedOperations?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The issued key: `secret` is the whole key, shown this once and never again. */
export type IssueApiKeyPayload = {
  __typename?: 'IssueApiKeyPayload';
  /** The key as it will be listed. */
  apiKey?: Maybe<ApiKey>;
  /** Why the key was not issued (nothing was created); empty on success. */
  errors: Array<UserError>;
  /** The full key (`ekst_live_<id>_<secret>`): give it to the partner now; it cannot be read again. */
  secret?: Maybe<Scalars['String']['output']>;
};

/** A partner's levy for an academic year. */
export type LevyInvoice = {
  __typename?: 'LevyInvoice';
  /** The academic year the levy is for, e.g. 2026-27. */
  academicYear: Scalars['String']['output'];
  /** The amount invoiced, in pence. */
  amountPence: Scalars['Pence']['output'];
  /** ISO date, on or after issuedOn. */
  dueOn: Scalars['String']['output'];
  /** The invoice's id. */
  id: Scalars['ID']['output'];
  /** ISO date. */
  issuedOn: Scalars['String']['output'];
  /** amountPence − paidPence. */
  outstandingPence: Scalars['Pence']['output'];
  /** Sum of the payments. */
  paidPence: Scalars['Pence']['output'];
  /** The partner invoiced. */
  partner: Partner;
  /** Oldest first. */
  payments: Array<LevyPayment>;
  /** The invoice's reference, unique across years (ignoring case). */
  reference: Scalars['String']['output'];
  /** Unpaid, part paid or paid, from its payments. */
  status: LevyInvoiceStatus;
};

/** The result of a change to a levy invoice. */
export type LevyInvoicePayload = {
  __typename?: 'LevyInvoicePayload';
  /** Why it was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
  /** The invoice as saved; null when refused. */
  levyInvoice?: Maybe<LevyInvoice>;
};

/** Derived from an invoice's payments. */
export type LevyInvoiceStatus =
  /** Paid in full. */
  | 'PAID'
  /** Paid in part. */
  | 'PART_PAID'
  /** Nothing paid yet. */
  | 'UNPAID';

/** A payment against a levy invoice; together they never exceed the invoice's amount. */
export type LevyPayment = {
  __typename?: 'LevyPayment';
  /** The amount paid, in pence. */
  amountPence: Scalars['Pence']['output'];
  /** The payment's id. */
  id: Scalars['ID']['output'];
  /** The levy invoice it pays. */
  invoiceId: Scalars['ID']['output'];
  /** How it was paid. */
  method: PaymentMethod;
  /** ISO date the money arrived. */
  paidOn: Scalars['String']['output'];
};

/** The result of a change to a levy payment. */
export type LevyPaymentPayload = {
  __typename?: 'LevyPaymentPayload';
  /** Why it was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
  /** The payment as saved; null when refused. */
  levyPayment?: Maybe<LevyPayment>;
};

/** All partners' levies for the year. */
export type LevyTotals = {
  __typename?: 'LevyTotals';
  /** All levy invoices of the year. */
  invoicedPence: Scalars['Pence']['output'];
  /** invoiced − received. */
  outstandingPence: Scalars['Pence']['output'];
  /** All levy payments of the year. */
  receivedPence: Scalars['Pence']['output'];
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

/** The result of a change to a meeting (scheduling, agenda, attendance or minutes). */
export type MeetingPayload = {
  __typename?: 'MeetingPayload';
  /** Why nothing changed. */
  errors: Array<UserError>;
  /** The meeting, on success. */
  meeting?: Maybe<Meeting>;
};

/** One stretch of a partner's membership of the partnership. */
export type MembershipPeriod = {
  __typename?: 'MembershipPeriod';
  /** ISO date the period began. */
  joinedOn: Scalars['String']['output'];
  /** Why the partner left. Coordinator, heads and champions only; null for anyone else. */
  leavingReason?: Maybe<Scalars['String']['output']>;
  /** ISO date of its last day; null while it is open. */
  leftOn?: Maybe<Scalars['String']['output']>;
};

/** A person's role within a group. */
export type MembershipRole =
  /** Chairs the group's meetings. */
  | 'CHAIR'
  /** A Partnership Champion (Management Group): at most two per partner. */
  | 'CHAMPION'
  /** An ordinary member. */
  | 'MEMBER';

/** A partner's signature on an MoU version. */
export type MouSignature = {
  __typename?: 'MouSignature';
  /** The signature's id. */
  id: Scalars['ID']['output'];
  /** The MoU version signed. */
  mouVersion: MouVersion;
  /** The partner that signed. */
  partner: Partner;
  /** Who signed; resolved by people under its own visibility rules (null when the caller may not see that person). */
  signedBy?: Maybe<Person>;
  /** ISO date of the signature. */
  signedOn: Scalars['String']['output'];
  /** The signer's role for the partner (e.g. Headteacher, Chair of Governors). */
  signerRole: Scalars['String']['output'];
};

/** The result of signing the MoU. */
export type MouSignaturePayload = {
  __typename?: 'MouSignaturePayload';
  /** Why it was refused (nothing was recorded); empty on success. */
  errors: Array<UserError>;
  /** The signature recorded; null when refused. */
  signature?: Maybe<MouSignature>;
};

/** A version of the partnership's Memorandum of Understanding. */
export type MouVersion = {
  __typename?: 'MouVersion';
  /** The agreement's text, when it is held here. */
  body?: Maybe<Scalars['String']['output']>;
  /** Where the signed document is kept (a file reference or URL), when it is held elsewhere. */
  documentRef?: Maybe<Scalars['String']['output']>;
  /** ISO date the version takes effect. */
  effectiveFrom: Scalars['String']['output'];
  /** ISO date it ends, if set. */
  effectiveTo?: Maybe<Scalars['String']['output']>;
  /** The version's id. */
  id: Scalars['ID']['output'];
  /** Exactly one version is current: the latest published. */
  isCurrent: Scalars['Boolean']['output'];
  /** ISO date by which the partnership should renew it, if set. */
  renewalDueOn?: Maybe<Scalars['String']['output']>;
  /** Partners' signatures on this version, by date. */
  signatures: Array<MouSignature>;
  /** The version's title, 2 to 200 characters. */
  title: Scalars['String']['output'];
};

/** The result of publishing an MoU version. */
export type MouVersionPayload = {
  __typename?: 'MouVersionPayload';
  /** Why it was refused (nothing was published); empty on success. */
  errors: Array<UserError>;
  /** The version published, now the current one; null when refused. */
  mouVersion?: Maybe<MouVersion>;
};

/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** The coordinator or a member of the meeting's group. Announces ActionItemChanged. */
  addActionItem: ActionItemPayload;
  /** The coordinator or a member of the meeting's group. */
  addAgendaItem: MeetingPayload;
  /** Coordinator any group; a head their partner's people to Management or Student Voice; a champion to Student Voice. Announces GroupMembershipChanged (people follows it with the governing role). */
  addGroupMember: GroupMembershipPayload;
  /** Makes every record of the year read-only. */
  closeFinancePeriod: FinancePeriodPayload;
  /** Adds a budget line. Like every finance change: the Finance Group and the coordinator only, PERIOD_CLOSED in a closed period, audited. */
  createBudgetLine: BudgetLinePayload;
  /** Opens the accounts of an academic year (FINANCE_DUPLICATE if it exists). */
  createFinancePeriod: FinancePeriodPayload;
  /** Coordinator only: a working group of kind OTHER (the four standing groups exist already). */
  createGovernanceGroup: GovernanceGroupPayload;
  /** Issues a partner's levy invoice. */
  createLevyInvoice: LevyInvoicePayload;
  /** Coordinator only. Announces PartnerJoined to every service. */
  createPartner: CreatePartnerPayload;
  /** A head or the coordinator records the Heads Group's decision; approval creates the partner (PartnerJoined). */
  decideAssociateApplication: AssociateApplicationPayload;
  /** A Management Group member or the coordinator, at a Management meeting; recorded as the meeting's decision. Approval announces StudentVoiceProposalApproved. */
  decideStudentVoiceProposal: StudentVoiceProposalPayload;
  /** Deletes a budget line with no expenses (IN_USE otherwise). */
  deleteBudgetLine: DeleteFinanceRecordPayload;
  /** Deletes an expense. */
  deleteExpense: DeleteFinanceRecordPayload;
  /** Deletes a levy invoice with no payments (IN_USE otherwise). */
  deleteLevyInvoice: DeleteFinanceRecordPayload;
  /** Deletes a payment recorded in error. */
  deleteLevyPayment: DeleteFinanceRecordPayload;
  /** Deletes other income. */
  deleteOtherIncome: DeleteFinanceRecordPayload;
  /** Same callers as addGroupMember. Sets `to`; announces GroupMembershipChanged (the role goes when no membership grants it). */
  endGroupMembership: GroupMembershipPayload;
  /** Coordinator only. Issues a key to an associate partner; the full key is in the payload this once. */
  issueApiKey: IssueApiKeyPayload;
  /** A student who is a Student Voice member, with co-proposers from the group. */
  proposeStudentVoiceEvent: StudentVoiceProposalPayload;
  /** Coordinator only. The new version becomes the current one; announces MouVersionPublished. */
  publishMouVersion: MouVersionPayload;
  /** Coordinator only: records an application received from an organisation. */
  recordAssociateApplication: AssociateApplicationPayload;
  /** The coordinator or a member of the meeting's group. */
  recordAttendance: MeetingPayload;
  /** Coordinator only: records what an associate partner contributed. */
  recordContribution: ContributionPayload;
  /** The coordinator or a member of the meeting's group; anyone else gets NOT_A_GROUP_MEMBER. */
  recordDecision: DecisionPayload;
  /** Records an expense against a budget line. */
  recordExpense: ExpensePayload;
  /** Records a payment against a levy invoice; an overpayment is refused (OVERPAYMENT). */
  recordLevyPayment: LevyPaymentPayload;
  /** The coordinator or a member of the meeting's group. */
  recordMinutes: MeetingPayload;
  /** Records income other than the levy. */
  recordOtherIncome: OtherIncomePayload;
  /** Coordinator only. Closes the open membership period; announces PartnerLeft. */
  recordPartnerLeaving: PartnerChangePayload;
  /** Coordinator only. Opens a new membership period after the last one; announces PartnerJoined again. */
  recordPartnerRejoining: PartnerChangePayload;
  /** Coordinator only: reopens a closed year; the reason (2–500 characters) is kept in the audit log. */
  reopenFinancePeriod: FinancePeriodPayload;
  /** Coordinator only. The key is refused at once (every gateway within seconds) and ApiKeyRevoked is announced. Revoking a revoked key changes nothing. */
  revokeApiKey: RevokeApiKeyPayload;
  /** The coordinator or a member of the group. Announces MeetingScheduled. */
  scheduleMeeting: MeetingPayload;
  /** The coordinator, a member of the group, or the action's owner. Announces ActionItemChanged. */
  setActionItemStatus: ActionItemPayload;
  /** Coordinator only: changes the quorum rule a group's meetings are counted against. */
  setGroupQuorumRule: GovernanceGroupPayload;
  /** A head or the coordinator sets the Heads Group's priorities for a year. */
  setPriorities: PrioritiesPayload;
  /** The coordinator, or a head or champion of that partner. Announces TermCalendarChanged. */
  setTermCalendar: TermCalendarPayload;
  /** A head for their own partner, or the coordinator for any. Signs the current version; announces MouSigned. */
  signMou: MouSignaturePayload;
  /** Changes a budget line. */
  updateBudgetLine: BudgetLinePayload;
  /** Changes an expense (e.g. COMMITTED to PAID). */
  updateExpense: ExpensePayload;
  /** Changes a levy invoice. */
  updateLevyInvoice: LevyInvoicePayload;
  /** Corrects a payment (OVERPAYMENT as recordLevyPayment). */
  updateLevyPayment: LevyPaymentPayload;
  /** Changes other income. */
  updateOtherIncome: OtherIncomePayload;
  /** Coordinator only. Changes name, kind, town or site; announces PartnerUpdated. */
  updatePartner: PartnerChangePayload;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAddActionItemArgs = {
  input: AddActionItemInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAddGroupMemberArgs = {
  input: AddGroupMemberInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCloseFinancePeriodArgs = {
  academicYear: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateBudgetLineArgs = {
  input: CreateBudgetLineInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateFinancePeriodArgs = {
  input: CreateFinancePeriodInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateGovernanceGroupArgs = {
  input: CreateGovernanceGroupInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateLevyInvoiceArgs = {
  input: CreateLevyInvoiceInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationDecideAssociateApplicationArgs = {
  input: DecideAssociateApplicationInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationDecideStudentVoiceProposalArgs = {
  input: DecideStudentVoiceProposalInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationDeleteBudgetLineArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationDeleteExpenseArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationDeleteLevyInvoiceArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationDeleteLevyPaymentArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationDeleteOtherIncomeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationEndGroupMembershipArgs = {
  input: EndGroupMembershipInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationIssueApiKeyArgs = {
  input: IssueApiKeyInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationProposeStudentVoiceEventArgs = {
  input: ProposeStudentVoiceEventInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationPublishMouVersionArgs = {
  input: PublishMouVersionInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordAssociateApplicationArgs = {
  input: AssociateApplicationInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordContributionArgs = {
  input: RecordContributionInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordDecisionArgs = {
  input: RecordDecisionInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordExpenseArgs = {
  input: RecordExpenseInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordLevyPaymentArgs = {
  input: RecordLevyPaymentInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordMinutesArgs = {
  input: RecordMinutesInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordOtherIncomeArgs = {
  input: RecordOtherIncomeInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordPartnerLeavingArgs = {
  leftOn: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordPartnerRejoiningArgs = {
  joinedOn: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationReopenFinancePeriodArgs = {
  academicYear: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetActionItemStatusArgs = {
  input: SetActionItemStatusInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetGroupQuorumRuleArgs = {
  groupId: Scalars['ID']['input'];
  quorumRule: QuorumRuleInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetPrioritiesArgs = {
  input: SetPrioritiesInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetTermCalendarArgs = {
  input: SetTermCalendarInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSignMouArgs = {
  input: SignMouInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationUpdateBudgetLineArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBudgetLineInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationUpdateExpenseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateExpenseInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationUpdateLevyInvoiceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLevyInvoiceInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationUpdateLevyPaymentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLevyPaymentInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationUpdateOtherIncomeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOtherIncomeInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationUpdatePartnerArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnerInput;
};

/**
 * What the platform's operators watch, for the coordinator only (FORBIDDEN for anyone else): one
 * record, to which every service adds its own field.
 */
export type Operations = {
  __typename?: 'Operations';
  /** Always `platform`: there is one operations record. */
  id: Scalars['ID']['output'];
  /** The dead letters of the partners-governance service's inbox consumer (coordinator only). */
  partnersGovernanceDeadLetters: DeadLetterSummary;
};

/** Income other than levies. A restricted fund may be spent only on its stated purpose. */
export type OtherIncome = {
  __typename?: 'OtherIncome';
  /** The academic year it belongs to, e.g. 2026-27. */
  academicYear: Scalars['String']['output'];
  /** The amount received, in pence. */
  amountPence: Scalars['Pence']['output'];
  /** What it is (the funder or appeal): organisations, never a private individual's name. */
  description: Scalars['String']['output'];
  /** The income's id. */
  id: Scalars['ID']['output'];
  /** ISO date. */
  receivedOn: Scalars['String']['output'];
  /** True for a restricted fund. */
  restricted: Scalars['Boolean']['output'];
  /** What a restricted fund may be spent on; null when unrestricted. */
  restrictedPurpose?: Maybe<Scalars['String']['output']>;
  /** Where it came from. */
  source: IncomeSource;
};

/** Other income for the year. */
export type OtherIncomeFigures = {
  __typename?: 'OtherIncomeFigures';
  /** Per source present, by source. */
  bySource: Array<IncomeBySource>;
  /** In restricted funds. */
  restrictedPence: Scalars['Pence']['output'];
  /** All other income of the year: restricted + unrestricted. */
  totalPence: Scalars['Pence']['output'];
  /** Not restricted. */
  unrestrictedPence: Scalars['Pence']['output'];
};

/** The result of a change to other income. */
export type OtherIncomePayload = {
  __typename?: 'OtherIncomePayload';
  /** Why it was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
  /** The income as saved; null when refused. */
  otherIncome?: Maybe<OtherIncome>;
};

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of this page's last item: pass it as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A member of the partnership: a school, the university, or an associate partner from the community.
 * Owned by partners-governance; other subgraphs contribute fields to it.
 */
export type Partner = {
  __typename?: 'Partner';
  /**
   * What an associate partner contributed, newest first. Coordinator, heads, champions, and the
   * associate partner's own contacts; FORBIDDEN otherwise.
   */
  contributions?: Maybe<Array<Contribution>>;
  /** The partner's id (a UUID), used by every subgraph to refer to it. */
  id: Scalars['ID']['output'];
  /** ISO date (YYYY-MM-DD) the partner joined. */
  joinedOn: Scalars['String']['output'];
  /** What kind of member it is (a state, selective or independent school, the university, or an associate partner). */
  kind: PartnerKind;
  /** The site's latitude in WGS84 degrees (within the UK), or null when not recorded; given together with longitude. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** ISO date the partner left, if it has. */
  leftOn?: Maybe<Scalars['String']['output']>;
  /** The site as one point, null when not recorded: teacher swaps measure travel distance from it. */
  location?: Maybe<GeoPoint>;
  /** The site's longitude in WGS84 degrees (within the UK), or null when not recorded; given together with latitude. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** Every stretch of membership, oldest first; joinedOn, leftOn and status are the latest one's. */
  membershipPeriods: Array<MembershipPeriod>;
  /**
   * The partner's signature on the current MoU version, or null. Coordinator, heads and champions;
   * a FORBIDDEN error on this field for anyone else.
   */
  mouSignature?: Maybe<MouSignature>;
  /** Whether the partner has signed the current MoU version (false when none is published). */
  mouSigned: Scalars['Boolean']['output'];
  /** The partner's name, 2 to 200 characters, unique ignoring case. */
  name: Scalars['String']['output'];
  /** Derived from kind: teacher swaps pair state and independent sectors. */
  sector: Sector;
  /** ACTIVE while its latest membership period is open, LEFT once a leaving date is recorded. */
  status: PartnerStatus;
  /**
   * The partner's term dates, holidays, INSET days and exam periods for an academic year
   * ("2026-27"), by start date. Coordinator, heads, champions and teachers; FORBIDDEN otherwise.
   */
  termCalendar?: Maybe<Array<TermDate>>;
  /** The town the partner is in, 2 to 100 characters. */
  town: Scalars['String']['output'];
};


/**
 * A member of the partnership: a school, the university, or an associate partner from the community.
 * Owned by partners-governance; other subgraphs contribute fields to it.
 */
export type PartnerTermCalendarArgs = {
  academicYear: Scalars['String']['input'];
};

/** A partner after a change of its details or membership. */
export type PartnerChangePayload = {
  __typename?: 'PartnerChangePayload';
  /** Why the change was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
  /** The partner as changed; null when refused. */
  partner?: Maybe<Partner>;
};

/** What kind of member a partner is; it decides the partner's sector. */
export type PartnerKind =
  /** An associate partner: a local organisation that shares the aims, approved by the Heads Group (sector COMMUNITY). */
  | 'ASSOCIATE'
  /** An independent school (sector INDEPENDENT). */
  | 'INDEPENDENT'
  /** A selective (grammar) school: a state school, so sector STATE. */
  | 'SELECTIVE'
  /** A state school (sector STATE). */
  | 'STATE'
  /** The university, the higher-education partner (sector HIGHER_EDUCATION). */
  | 'UNIVERSITY';

/** One partner's levies for the year. */
export type PartnerLevyFigures = {
  __typename?: 'PartnerLevyFigures';
  /** The partner's levy invoices for the year added up. */
  invoicedPence: Scalars['Pence']['output'];
  /** invoiced − received. */
  outstandingPence: Scalars['Pence']['output'];
  /** The partner invoiced. */
  partner: Partner;
  /** The payments against them. */
  receivedPence: Scalars['Pence']['output'];
};

/** Whether a partner is a member today. */
export type PartnerStatus =
  /** A member: its latest membership period is open. */
  | 'ACTIVE'
  /** It has left: its latest membership period has a leaving date (it may rejoin later). */
  | 'LEFT';

/** One of the partnership's aims: reference data owned by partners-governance. */
export type PartnershipAim = {
  __typename?: 'PartnershipAim';
  /** The code used by events and evaluation (their `Aim` enum has the same values). */
  code: Aim;
  /** What the aim means for the partnership. */
  description: Scalars['String']['output'];
  /** The aim's name, e.g. Widening horizons. */
  title: Scalars['String']['output'];
};

/** How a levy was paid. */
export type PaymentMethod =
  /** A bank transfer (BACS). */
  | 'BANK_TRANSFER'
  /** A card payment. */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** A cheque. */
  | 'CHEQUE'
  /** Anything else. */
  | 'OTHER';

export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
};

/** The result of setting a year's priorities. */
export type PrioritiesPayload = {
  __typename?: 'PrioritiesPayload';
  /** Why it was refused (the list was left as it was); empty on success. */
  errors: Array<UserError>;
  /** The year's priorities as saved, in order; null when refused. */
  priorities?: Maybe<Array<Priority>>;
};

/** One of the Heads Group's priorities for an academic year. */
export type Priority = {
  __typename?: 'Priority';
  /** Academic year, e.g. 2026-27. */
  academicYear: Scalars['String']['output'];
  /** The aims this priority serves. */
  aims: Array<Aim>;
  /** What it means in practice, up to 2000 characters (may be empty). */
  description: Scalars['String']['output'];
  /** The priority's id. */
  id: Scalars['ID']['output'];
  /** Order within the year, from 1. */
  position: Scalars['Int']['output'];
  /** The priority, 2 to 200 characters. */
  title: Scalars['String']['output'];
};

/** One priority, in its place in the list. */
export type PriorityInput = {
  /** The aims it serves (may be empty). */
  aims: Array<Aim>;
  /** Up to 2000 characters; may be empty. */
  description: Scalars['String']['input'];
  /** 2 to 200 characters. */
  title: Scalars['String']['input'];
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

/** An event a Student Voice member proposes, with any co-proposers, for the Management Group to decide. */
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

/** A new MoU version: its text or where the document is kept, and its dates. */
export type PublishMouVersionInput = {
  /** The text; give it or documentRef (or both). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Where the document is kept. */
  documentRef?: InputMaybe<Scalars['String']['input']>;
  /** ISO date. */
  effectiveFrom: Scalars['String']['input'];
  /** ISO date, not before effectiveFrom. */
  effectiveTo?: InputMaybe<Scalars['String']['input']>;
  /** ISO date the renewal is due. */
  renewalDueOn?: InputMaybe<Scalars['String']['input']>;
  /** 2 to 200 characters. */
  title: Scalars['String']['input'];
};

/** Entry points for reading the graph. */
export type Query = {
  __typename?: 'Query';
  /** The partnership's aims, in order. Every signed-in caller. */
  aims: Array<PartnershipAim>;
  /** A partner's API keys, newest first. The coordinator: any partner; the partner's own people: theirs. Null, with a FORBIDDEN error for this field only, for anyone else. */
  apiKeys?: Maybe<Array<ApiKey>>;
  /** Associate-partner applications, newest first, optionally by status. Coordinator, heads and champions. */
  associateApplications: Array<AssociateApplication>;
  /** The current MoU version, if one is published. Coordinator, heads and champions. */
  currentMou?: Maybe<MouVersion>;
  /**
   * The finance audit log of one academic year in the order it was written, optionally of one kind
   * of record. The Finance Group, heads and the coordinator; others get null with FORBIDDEN.
   * `first` defaults to 50 and `first` is capped at 200; `after` is the `endCursor` of the previous
   * page.
   */
  financeAuditLog?: Maybe<FinanceAuditEntryConnection>;
  /** One academic year's finance (null when there is no such period); FORBIDDEN as financePeriods. */
  financePeriod?: Maybe<FinancePeriod>;
  /** Finance periods, newest first. The Finance Group, heads and the coordinator; others get null with FORBIDDEN. */
  financePeriods?: Maybe<Array<FinancePeriod>>;
  /** One academic year's figures (null when there is no such period); FORBIDDEN as financePeriods. */
  financeReport?: Maybe<FinanceReport>;
  /** One group, or null. Same readers as governanceGroups. */
  governanceGroup?: Maybe<GovernanceGroup>;
  /** The governance groups. Coordinator, heads, champions and finance members. */
  governanceGroups: Array<GovernanceGroup>;
  /** One meeting, or null. Same readers as governanceGroups. */
  meeting?: Maybe<Meeting>;
  /** The current MoU version, when its renewal is due within `withinDays` (default 60) or overdue; an empty list otherwise. Coordinator only. */
  mouRenewalsDue: Array<MouVersion>;
  /** MoU versions, newest first. Coordinator, heads and champions. */
  mouVersions: Array<MouVersion>;
  /**
   * What the platform's operators watch (dead letters per service), for the coordinator only:
   * FORBIDDEN for anyone else.
   */
  operations: Operations;
  /** One partner, or null when there is no partner with this id. Visible to every signed-in caller. */
  partner?: Maybe<Partner>;
  /** Partners, by name. Visible to every signed-in caller: it is organisational, not personal, data. */
  partners: Array<Partner>;
  /** Active partners without a signature on the current MoU version (all of them when none is published). Coordinator only. */
  partnersWithoutMouSignature: Array<Partner>;
  /** The Heads Group's priorities for an academic year (e.g. 2026-27), in order. Every signed-in caller. */
  priorities: Array<Priority>;
  /** Student Voice proposals the caller may see (a student: their own and their school's Student Voice ones), newest first. */
  studentVoiceProposals: Array<StudentVoiceProposal>;
};


/** Entry points for reading the graph. */
export type QueryApiKeysArgs = {
  partnerId: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryAssociateApplicationsArgs = {
  status?: InputMaybe<AssociateApplicationStatus>;
};


/** Entry points for reading the graph. */
export type QueryFinanceAuditLogArgs = {
  academicYear: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<FinanceEntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the graph. */
export type QueryFinancePeriodArgs = {
  academicYear: Scalars['String']['input'];
};


/** Entry points for reading the graph. */
export type QueryFinanceReportArgs = {
  academicYear: Scalars['String']['input'];
};


/** Entry points for reading the graph. */
export type QueryGovernanceGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryMouRenewalsDueArgs = {
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the graph. */
export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryPartnersArgs = {
  status?: InputMaybe<PartnerStatus>;
};


/** Entry points for reading the graph. */
export type QueryPrioritiesArgs = {
  academicYear: Scalars['String']['input'];
};


/** Entry points for reading the graph. */
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

/** Whether one person came to a meeting; recording them again replaces their line. */
export type RecordAttendanceInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** The attendee; their partner is the one people knows them by. */
  personId: Scalars['ID']['input'];
  /** Present or apologies. */
  status: AttendanceStatus;
};

/** What an associate partner contributed, to one event or to an academic year (not both). */
export type RecordContributionInput = {
  /** The academic year it was for, e.g. 2026-27; give this or eventId. */
  academicYear?: InputMaybe<Scalars['String']['input']>;
  /** Sponsorship only (and required for it): integer pence, not negative. */
  amountPence?: InputMaybe<Scalars['Int']['input']>;
  /** 2 to 1000 characters. */
  description: Scalars['String']['input'];
  /** The event it was for; give this or academicYear. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** What was given; SPONSORSHIP needs amountPence and the other kinds must leave it out. */
  kind: ContributionKind;
  /** An ASSOCIATE partner. */
  partnerId: Scalars['ID']['input'];
};

/** A decision taken at a meeting. */
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

/** Spending against a budget line of an open year. */
export type RecordExpenseInput = {
  /** More than zero. */
  amountPence: Scalars['Pence']['input'];
  /** A budget line of an OPEN period; the expense belongs to that line's year. */
  budgetLineId: Scalars['ID']['input'];
  /** 2–200 characters. */
  description: Scalars['String']['input'];
  /** ISO date. */
  incurredOn: Scalars['String']['input'];
  /** 2–120 characters: the organisation paid. */
  payee: Scalars['String']['input'];
  /** COMMITTED when ordered, PAID when paid. */
  status: ExpenseStatus;
};

/** A payment received against a levy invoice. */
export type RecordLevyPaymentInput = {
  /** More than zero; with earlier payments, at most the invoice's amount. */
  amountPence: Scalars['Pence']['input'];
  /** An invoice in an OPEN period. */
  invoiceId: Scalars['ID']['input'];
  /** How it was paid. */
  method: PaymentMethod;
  /** ISO date the money arrived. */
  paidOn: Scalars['String']['input'];
};

/** The minutes of one agenda item. */
export type RecordMinutesInput = {
  /** The agenda item. */
  agendaItemId: Scalars['ID']['input'];
  /** What was said (replaces earlier minutes). */
  minutes: Scalars['String']['input'];
};

/** Income other than the levy, received in an open year. */
export type RecordOtherIncomeInput = {
  /** An OPEN period's academic year. */
  academicYear: Scalars['String']['input'];
  /** More than zero. */
  amountPence: Scalars['Pence']['input'];
  /** 2–200 characters: the funder or appeal, never a private individual's name. */
  description: Scalars['String']['input'];
  /** ISO date. */
  receivedOn: Scalars['String']['input'];
  /** True for a restricted fund, which then needs restrictedPurpose. */
  restricted: Scalars['Boolean']['input'];
  /** 2–200 characters; required for a restricted fund, absent otherwise. */
  restrictedPurpose?: InputMaybe<Scalars['String']['input']>;
  /** Where it came from. */
  source: IncomeSource;
};

/** One table's data policy and the last run of the retention job over it. */
export type RetentionEntry = {
  __typename?: 'RetentionEntry';
  /** What the retention job does when the period is over: delete, anonymise, keep (with a reason), or none (no personal data). */
  action: Scalars['String']['output'];
  /** The column a row's age is measured from; null when kept or not personal. */
  ageColumn?: Maybe<Scalars['String']['output']>;
  /** Rows that run deleted or anonymised in this table; null when not personal or no run yet. */
  lastRunAffected?: Maybe<Scalars['Int']['output']>;
  /** When the retention job last ran in this service (ISO 8601); null when it has not run yet. */
  lastRunAt?: Maybe<Scalars['String']['output']>;
  /** What erasure on request does to the table: delete, anonymise, keep or none; null when not personal. */
  onErasure?: Maybe<Scalars['String']['output']>;
  /** Whether it holds personal data. */
  personalData: Scalars['Boolean']['output'];
  /** Why it is held and why that long (or why it holds no personal data). */
  reason: Scalars['String']['output'];
  /** Days rows are kept after `ageColumn`; null when kept or not personal. */
  retainDays?: Maybe<Scalars['Int']['output']>;
  /** The service that keeps the table. */
  service: Scalars['String']['output'];
  /** The table. */
  table: Scalars['String']['output'];
};

/**
 * The partnership's data policy as data, for the coordinator and the data protection lead: every
 * service lists each of its tables (one field per service) with the retention period, what the
 * retention job does, why, and the job's last run. FORBIDDEN for anyone else.
 */
export type RetentionRecord = {
  __typename?: 'RetentionRecord';
  /** Always `partnership`: there is one record. */
  id: Scalars['ID']['output'];
  /** partners-governance's tables, in the order of its data policy. */
  partnersGovernance: Array<RetentionEntry>;
};

/** Which key to revoke. */
export type RevokeApiKeyInput = {
  /** The key's id. */
  id: Scalars['ID']['input'];
};

/** The revoked key. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The key, now REVOKED. */
  apiKey?: Maybe<ApiKey>;
  /** Why it was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
};

/** A new meeting of a group: when and where (a place, an online link or both), and its agenda. */
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

/** The sector a partner belongs to, derived from its kind; teacher swaps pair the state and independent sectors. */
export type Sector =
  /** Associate partners: organisations from the community. */
  | 'COMMUNITY'
  /** The university. */
  | 'HIGHER_EDUCATION'
  /** Independent schools. */
  | 'INDEPENDENT'
  /** State schools, selective (grammar) schools included. */
  | 'STATE';

/** A change of an action item's status. */
export type SetActionItemStatusInput = {
  /** The action. */
  actionItemId: Scalars['ID']['input'];
  /** Its new status. */
  status: ActionItemStatus;
};

/** The Heads Group's priorities for one academic year, at most 20, in order. */
export type SetPrioritiesInput = {
  /** e.g. 2026-27 */
  academicYear: Scalars['String']['input'];
  /** The whole ordered list for the year; replaces what was there. */
  priorities: Array<PriorityInput>;
};

/** A partner's whole calendar for one academic year, at most 100 ranges. */
export type SetTermCalendarInput = {
  /** e.g. 2026-27 (1 August to 31 July); every range must lie inside it. */
  academicYear: Scalars['String']['input'];
  /** The whole calendar for the year; replaces what was there. */
  entries: Array<TermDateInput>;
  /** The partner whose calendar it is. */
  partnerId: Scalars['ID']['input'];
};

/** A partner's signature on the current MoU version. */
export type SignMouInput = {
  /** The partner signing the current version. */
  partnerId: Scalars['ID']['input'];
  /** The person who signed; defaults to the caller. */
  signedByPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO date; defaults to today. */
  signedOn?: InputMaybe<Scalars['String']['input']>;
  /** Their role for the partner, e.g. Headteacher. */
  signerRole: Scalars['String']['input'];
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

/** The result of proposing or deciding a Student Voice proposal. */
export type StudentVoiceProposalPayload = {
  __typename?: 'StudentVoiceProposalPayload';
  /** Why nothing changed. */
  errors: Array<UserError>;
  /** The proposal, on success. */
  proposal?: Maybe<StudentVoiceProposal>;
};

/** The result of setting a term calendar. */
export type TermCalendarPayload = {
  __typename?: 'TermCalendarPayload';
  /** The calendar as saved, by start date. */
  entries?: Maybe<Array<TermDate>>;
  /** Why it was refused (the calendar was left as it was); empty on success. */
  errors: Array<UserError>;
};

/** A date range in a partner's calendar. */
export type TermDate = {
  __typename?: 'TermDate';
  /** ISO date, inclusive. */
  endsOn: Scalars['String']['output'];
  /** What the range is: term, holiday, INSET day or exam period. */
  kind: TermDateKind;
  /** A label such as 'Autumn half term'. */
  label?: Maybe<Scalars['String']['output']>;
  /** ISO date, inclusive. */
  startsOn: Scalars['String']['output'];
};

/** One date range of a partner's calendar. */
export type TermDateInput = {
  /** ISO date, inclusive, not before startsOn. */
  endsOn: Scalars['String']['input'];
  /** What the range is. */
  kind: TermDateKind;
  /** A label such as 'Autumn half term', up to 200 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** ISO date, inclusive. */
  startsOn: Scalars['String']['input'];
};

/** What a dated range in a school's calendar is. */
export type TermDateKind =
  /** Examination period. */
  | 'EXAM_PERIOD'
  /** School holiday. */
  | 'HOLIDAY'
  /** Staff training day: no students in school. */
  | 'INSET_DAY'
  /** Teaching term (school open). */
  | 'TERM';

/** Fields left out keep their value. */
export type UpdateBudgetLineInput = {
  /** Zero or more. */
  budgetedPence?: InputMaybe<Scalars['Pence']['input']>;
  /** 1–20 capital letters, digits, - or _; unique within the year. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 2–120 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value; a COMMITTED expense becomes PAID with status PAID. */
export type UpdateExpenseInput = {
  /** More than zero. */
  amountPence?: InputMaybe<Scalars['Pence']['input']>;
  /** Another budget line of the same year. */
  budgetLineId?: InputMaybe<Scalars['ID']['input']>;
  /** 2–200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO date. */
  incurredOn?: InputMaybe<Scalars['String']['input']>;
  /** 2–120 characters. */
  payee?: InputMaybe<Scalars['String']['input']>;
  /** COMMITTED or PAID. */
  status?: InputMaybe<ExpenseStatus>;
};

/** Fields left out keep their value. The amount may not fall below what has been paid. */
export type UpdateLevyInvoiceInput = {
  /** More than zero, and at least what has been paid. */
  amountPence?: InputMaybe<Scalars['Pence']['input']>;
  /** ISO date, on or after issuedOn. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** ISO date. */
  issuedOn?: InputMaybe<Scalars['String']['input']>;
  /** The partner to invoice instead (NOT_FOUND if there is none). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–40 characters, unique (ignoring case). */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value. */
export type UpdateLevyPaymentInput = {
  /** More than zero; with the other payments, at most the invoice's amount. */
  amountPence?: InputMaybe<Scalars['Pence']['input']>;
  /** How it was paid. */
  method?: InputMaybe<PaymentMethod>;
  /** ISO date. */
  paidOn?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value; to make a fund unrestricted send restricted false and restrictedPurpose null. */
export type UpdateOtherIncomeInput = {
  /** More than zero. */
  amountPence?: InputMaybe<Scalars['Pence']['input']>;
  /** 2–200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO date. */
  receivedOn?: InputMaybe<Scalars['String']['input']>;
  /** True for a restricted fund, which then needs restrictedPurpose. */
  restricted?: InputMaybe<Scalars['Boolean']['input']>;
  /** 2–200 characters; required for a restricted fund, null otherwise. */
  restrictedPurpose?: InputMaybe<Scalars['String']['input']>;
  /** Where it came from. */
  source?: InputMaybe<IncomeSource>;
};

/** A change to a partner's details; fields left out keep their value. */
export type UpdatePartnerInput = {
  /** The new kind (its sector follows). */
  kind?: InputMaybe<PartnerKind>;
  /** Degrees within the UK; give both coordinates, or both null to clear them. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Degrees within the UK; give both coordinates, or both null to clear them. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 2 to 200 characters, unique ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 2 to 100 characters. */
  town?: InputMaybe<Scalars['String']['input']>;
};

/** A problem with a mutation's input, returned as data so a client can show it by the field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is, for a client to act on. */
  code: UserErrorCode;
  /** The input field at fault as a dotted path (e.g. `name`, `entries.2.startsOn`); null when the problem is not one field's. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in plain words, to show beside the field. */
  message: Scalars['String']['output'];
};

/**
 * Why partners-governance refused a mutation's input. Every subgraph declares the codes it returns
 * under this one name; the graph's enum is their union.
 */
export type UserErrorCode =
  /** The associate-partner application or the Student Voice proposal has already been decided. */
  | 'ALREADY_DECIDED'
  /** The partner has already left (its last membership period is closed), so it cannot leave again. */
  | 'ALREADY_LEFT'
  /** The partner has already signed this MoU version. */
  | 'ALREADY_SIGNED'
  /** The Management Group already has two champions of this partner: one must leave before another joins. */
  | 'CHAMPION_LIMIT'
  /** A partner with this name (ignoring case) already exists. */
  | 'DUPLICATE'
  /** A finance record with this natural key already exists (a period for the academic year, a budget line code in the year, an invoice reference). */
  | 'FINANCE_DUPLICATE'
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** The record is still used by others (a budget line with expenses, an invoice with payments): remove those first. */
  | 'IN_USE'
  /** Only a member of the group (or the coordinator) may do this: decide at its meetings, or propose as a Student Voice member. */
  | 'NOT_A_GROUP_MEMBER'
  /** Student Voice proposals are decided at a meeting of the Management Group. */
  | 'NOT_A_MANAGEMENT_MEETING'
  /** This person cannot sit in this group: students sit in the Student Voice Group only, and only students do. */
  | 'NOT_ELIGIBLE'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** No MoU version has been published yet, so there is nothing to sign. */
  | 'NO_CURRENT_MOU'
  /** The person already belongs to this group for part of these dates: end the current membership first, or start after it ended. */
  | 'OVERLAPPING_MEMBERSHIP'
  /** The membership period would overlap one the partner already has (rejoining before the last leaving date, or while still a member). */
  | 'OVERLAPPING_PERIOD'
  /** The payment would take the levy invoice past its amount; `message` says by how much. */
  | 'OVERPAYMENT'
  /** An action item needs an owner: the id of the person who will do it. */
  | 'OWNER_REQUIRED'
  /** The finance period (academic year) is closed: its records are read-only until the coordinator reopens it. */
  | 'PERIOD_CLOSED';



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
  ApiKey: ResolverTypeWrapper<ApiKeyEntity>;
  ApiKeyScope: ApiKeyScope;
  ApiKeyState: ApiKeyState;
  AssociateApplication: ResolverTypeWrapper<AssociateApplicationEntity>;
  AssociateApplicationInput: AssociateApplicationInput;
  AssociateApplicationPayload: ResolverTypeWrapper<Omit<AssociateApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['AssociateApplication']> }>;
  AssociateApplicationStatus: AssociateApplicationStatus;
  AttendanceStatus: AttendanceStatus;
  Audience: Audience;
  BudgetLine: ResolverTypeWrapper<BudgetLineView>;
  BudgetLineFigures: ResolverTypeWrapper<BudgetLineFiguresView>;
  BudgetLinePayload: ResolverTypeWrapper<Omit<BudgetLinePayload, 'budgetLine'> & { budgetLine?: Maybe<ResolversTypes['BudgetLine']> }>;
  BudgetTotals: ResolverTypeWrapper<BudgetTotals>;
  Contribution: ResolverTypeWrapper<ContributionEntity>;
  ContributionKind: ContributionKind;
  ContributionPayload: ResolverTypeWrapper<Omit<ContributionPayload, 'contribution'> & { contribution?: Maybe<ResolversTypes['Contribution']> }>;
  CreateBudgetLineInput: CreateBudgetLineInput;
  CreateFinancePeriodInput: CreateFinancePeriodInput;
  CreateGovernanceGroupInput: CreateGovernanceGroupInput;
  CreateLevyInvoiceInput: CreateLevyInvoiceInput;
  CreatePartnerInput: CreatePartnerInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreatePartnerPayload: ResolverTypeWrapper<Omit<CreatePartnerPayload, 'partner'> & { partner?: Maybe<ResolversTypes['Partner']> }>;
  DataSubject: ResolverTypeWrapper<DataSubject>;
  DeadLetterFailureKind: DeadLetterFailureKind;
  DeadLetterReason: ResolverTypeWrapper<DeadLetterReason>;
  DeadLetterSummary: ResolverTypeWrapper<DeadLetterSummary>;
  DecideAssociateApplicationInput: DecideAssociateApplicationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DecideStudentVoiceProposalInput: DecideStudentVoiceProposalInput;
  Decision: ResolverTypeWrapper<MeetingDecisionEntity>;
  DecisionOutcome: DecisionOutcome;
  DecisionPayload: ResolverTypeWrapper<Omit<DecisionPayload, 'decision'> & { decision?: Maybe<ResolversTypes['Decision']> }>;
  DeleteFinanceRecordPayload: ResolverTypeWrapper<DeleteFinanceRecordPayload>;
  EndGroupMembershipInput: EndGroupMembershipInput;
  EventKind: EventKind;
  Expense: ResolverTypeWrapper<ExpenseView>;
  ExpensePayload: ResolverTypeWrapper<Omit<ExpensePayload, 'expense'> & { expense?: Maybe<ResolversTypes['Expense']> }>;
  ExpenseStatus: ExpenseStatus;
  FinanceAuditAction: FinanceAuditAction;
  FinanceAuditEntry: ResolverTypeWrapper<FinanceAuditEntryView>;
  FinanceAuditEntryConnection: ResolverTypeWrapper<Omit<FinanceAuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['FinanceAuditEntryEdge']> }>;
  FinanceAuditEntryEdge: ResolverTypeWrapper<Omit<FinanceAuditEntryEdge, 'node'> & { node: ResolversTypes['FinanceAuditEntry'] }>;
  FinanceEntityType: FinanceEntityType;
  FinancePeriod: ResolverTypeWrapper<FinancePeriodEntity>;
  FinancePeriodPayload: ResolverTypeWrapper<Omit<FinancePeriodPayload, 'period'> & { period?: Maybe<ResolversTypes['FinancePeriod']> }>;
  FinancePeriodStatus: FinancePeriodStatus;
  FinanceReport: ResolverTypeWrapper<FinanceReportView>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GovernanceGroup: ResolverTypeWrapper<GovernanceGroupEntity>;
  GovernanceGroupPayload: ResolverTypeWrapper<Omit<GovernanceGroupPayload, 'group'> & { group?: Maybe<ResolversTypes['GovernanceGroup']> }>;
  GroupKind: GroupKind;
  GroupMembership: ResolverTypeWrapper<GroupMembershipEntity>;
  GroupMembershipPayload: ResolverTypeWrapper<Omit<GroupMembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['GroupMembership']> }>;
  HeldDataPart: ResolverTypeWrapper<HeldDataPart>;
  HeldField: ResolverTypeWrapper<HeldField>;
  HeldRecord: ResolverTypeWrapper<HeldRecord>;
  IncomeBySource: ResolverTypeWrapper<IncomeBySource>;
  IncomeSource: IncomeSource;
  IssueApiKeyInput: IssueApiKeyInput;
  IssueApiKeyPayload: ResolverTypeWrapper<Omit<IssueApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  LevyInvoice: ResolverTypeWrapper<LevyInvoiceView>;
  LevyInvoicePayload: ResolverTypeWrapper<Omit<LevyInvoicePayload, 'levyInvoice'> & { levyInvoice?: Maybe<ResolversTypes['LevyInvoice']> }>;
  LevyInvoiceStatus: LevyInvoiceStatus;
  LevyPayment: ResolverTypeWrapper<FinanceLevyPaymentEntity>;
  LevyPaymentPayload: ResolverTypeWrapper<Omit<LevyPaymentPayload, 'levyPayment'> & { levyPayment?: Maybe<ResolversTypes['LevyPayment']> }>;
  LevyTotals: ResolverTypeWrapper<LevyTotals>;
  Meeting: ResolverTypeWrapper<MeetingEntity>;
  MeetingAttendance: ResolverTypeWrapper<MeetingAttendanceEntity>;
  MeetingPayload: ResolverTypeWrapper<Omit<MeetingPayload, 'meeting'> & { meeting?: Maybe<ResolversTypes['Meeting']> }>;
  MembershipPeriod: ResolverTypeWrapper<MembershipPeriod>;
  MembershipRole: MembershipRole;
  MouSignature: ResolverTypeWrapper<MouSignatureEntity>;
  MouSignaturePayload: ResolverTypeWrapper<Omit<MouSignaturePayload, 'signature'> & { signature?: Maybe<ResolversTypes['MouSignature']> }>;
  MouVersion: ResolverTypeWrapper<MouVersionEntity>;
  MouVersionPayload: ResolverTypeWrapper<Omit<MouVersionPayload, 'mouVersion'> & { mouVersion?: Maybe<ResolversTypes['MouVersion']> }>;
  Mutation: ResolverTypeWrapper<{}>;
  Operations: ResolverTypeWrapper<Operations>;
  OtherIncome: ResolverTypeWrapper<OtherIncomeView>;
  OtherIncomeFigures: ResolverTypeWrapper<OtherIncomeFigures>;
  OtherIncomePayload: ResolverTypeWrapper<Omit<OtherIncomePayload, 'otherIncome'> & { otherIncome?: Maybe<ResolversTypes['OtherIncome']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerEntity>;
  PartnerChangePayload: ResolverTypeWrapper<Omit<PartnerChangePayload, 'partner'> & { partner?: Maybe<ResolversTypes['Partner']> }>;
  PartnerKind: PartnerKind;
  PartnerLevyFigures: ResolverTypeWrapper<LevyFigures>;
  PartnerStatus: PartnerStatus;
  PartnershipAim: ResolverTypeWrapper<AimEntity>;
  PaymentMethod: PaymentMethod;
  Pence: ResolverTypeWrapper<Scalars['Pence']['output']>;
  Person: ResolverTypeWrapper<Person>;
  PrioritiesPayload: ResolverTypeWrapper<Omit<PrioritiesPayload, 'priorities'> & { priorities?: Maybe<Array<ResolversTypes['Priority']>> }>;
  Priority: ResolverTypeWrapper<PriorityEntity>;
  PriorityInput: PriorityInput;
  ProposalDecision: ProposalDecision;
  ProposalStatus: ProposalStatus;
  ProposeStudentVoiceEventInput: ProposeStudentVoiceEventInput;
  PublishMouVersionInput: PublishMouVersionInput;
  Query: ResolverTypeWrapper<{}>;
  QuorumRule: ResolverTypeWrapper<QuorumRule>;
  QuorumRuleInput: QuorumRuleInput;
  QuorumRuleKind: QuorumRuleKind;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordContributionInput: RecordContributionInput;
  RecordDecisionInput: RecordDecisionInput;
  RecordExpenseInput: RecordExpenseInput;
  RecordLevyPaymentInput: RecordLevyPaymentInput;
  RecordMinutesInput: RecordMinutesInput;
  RecordOtherIncomeInput: RecordOtherIncomeInput;
  RetentionEntry: ResolverTypeWrapper<RetentionEntry>;
  RetentionRecord: ResolverTypeWrapper<RetentionRecord>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  ScheduleMeetingInput: ScheduleMeetingInput;
  Sector: Sector;
  SetActionItemStatusInput: SetActionItemStatusInput;
  SetPrioritiesInput: SetPrioritiesInput;
  SetTermCalendarInput: SetTermCalendarInput;
  SignMouInput: SignMouInput;
  StudentVoiceProposal: ResolverTypeWrapper<StudentVoiceProposalEntity>;
  StudentVoiceProposalPayload: ResolverTypeWrapper<Omit<StudentVoiceProposalPayload, 'proposal'> & { proposal?: Maybe<ResolversTypes['StudentVoiceProposal']> }>;
  TermCalendarPayload: ResolverTypeWrapper<TermCalendarPayload>;
  TermDate: ResolverTypeWrapper<TermDate>;
  TermDateInput: TermDateInput;
  TermDateKind: TermDateKind;
  UpdateBudgetLineInput: UpdateBudgetLineInput;
  UpdateExpenseInput: UpdateExpenseInput;
  UpdateLevyInvoiceInput: UpdateLevyInvoiceInput;
  UpdateLevyPaymentInput: UpdateLevyPaymentInput;
  UpdateOtherIncomeInput: UpdateOtherIncomeInput;
  UpdatePartnerInput: UpdatePartnerInput;
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
  ApiKey: ApiKeyEntity;
  AssociateApplication: AssociateApplicationEntity;
  AssociateApplicationInput: AssociateApplicationInput;
  AssociateApplicationPayload: Omit<AssociateApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['AssociateApplication']> };
  BudgetLine: BudgetLineView;
  BudgetLineFigures: BudgetLineFiguresView;
  BudgetLinePayload: Omit<BudgetLinePayload, 'budgetLine'> & { budgetLine?: Maybe<ResolversParentTypes['BudgetLine']> };
  BudgetTotals: BudgetTotals;
  Contribution: ContributionEntity;
  ContributionPayload: Omit<ContributionPayload, 'contribution'> & { contribution?: Maybe<ResolversParentTypes['Contribution']> };
  CreateBudgetLineInput: CreateBudgetLineInput;
  CreateFinancePeriodInput: CreateFinancePeriodInput;
  CreateGovernanceGroupInput: CreateGovernanceGroupInput;
  CreateLevyInvoiceInput: CreateLevyInvoiceInput;
  CreatePartnerInput: CreatePartnerInput;
  Float: Scalars['Float']['output'];
  CreatePartnerPayload: Omit<CreatePartnerPayload, 'partner'> & { partner?: Maybe<ResolversParentTypes['Partner']> };
  DataSubject: DataSubject;
  DeadLetterReason: DeadLetterReason;
  DeadLetterSummary: DeadLetterSummary;
  DecideAssociateApplicationInput: DecideAssociateApplicationInput;
  Boolean: Scalars['Boolean']['output'];
  DecideStudentVoiceProposalInput: DecideStudentVoiceProposalInput;
  Decision: MeetingDecisionEntity;
  DecisionPayload: Omit<DecisionPayload, 'decision'> & { decision?: Maybe<ResolversParentTypes['Decision']> };
  DeleteFinanceRecordPayload: DeleteFinanceRecordPayload;
  EndGroupMembershipInput: EndGroupMembershipInput;
  Expense: ExpenseView;
  ExpensePayload: Omit<ExpensePayload, 'expense'> & { expense?: Maybe<ResolversParentTypes['Expense']> };
  FinanceAuditEntry: FinanceAuditEntryView;
  FinanceAuditEntryConnection: Omit<FinanceAuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['FinanceAuditEntryEdge']> };
  FinanceAuditEntryEdge: Omit<FinanceAuditEntryEdge, 'node'> & { node: ResolversParentTypes['FinanceAuditEntry'] };
  FinancePeriod: FinancePeriodEntity;
  FinancePeriodPayload: Omit<FinancePeriodPayload, 'period'> & { period?: Maybe<ResolversParentTypes['FinancePeriod']> };
  FinanceReport: FinanceReportView;
  GeoPoint: GeoPoint;
  GovernanceGroup: GovernanceGroupEntity;
  GovernanceGroupPayload: Omit<GovernanceGroupPayload, 'group'> & { group?: Maybe<ResolversParentTypes['GovernanceGroup']> };
  GroupMembership: GroupMembershipEntity;
  GroupMembershipPayload: Omit<GroupMembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['GroupMembership']> };
  HeldDataPart: HeldDataPart;
  HeldField: HeldField;
  HeldRecord: HeldRecord;
  IncomeBySource: IncomeBySource;
  IssueApiKeyInput: IssueApiKeyInput;
  IssueApiKeyPayload: Omit<IssueApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  LevyInvoice: LevyInvoiceView;
  LevyInvoicePayload: Omit<LevyInvoicePayload, 'levyInvoice'> & { levyInvoice?: Maybe<ResolversParentTypes['LevyInvoice']> };
  LevyPayment: FinanceLevyPaymentEntity;
  LevyPaymentPayload: Omit<LevyPaymentPayload, 'levyPayment'> & { levyPayment?: Maybe<ResolversParentTypes['LevyPayment']> };
  LevyTotals: LevyTotals;
  Meeting: MeetingEntity;
  MeetingAttendance: MeetingAttendanceEntity;
  MeetingPayload: Omit<MeetingPayload, 'meeting'> & { meeting?: Maybe<ResolversParentTypes['Meeting']> };
  MembershipPeriod: MembershipPeriod;
  MouSignature: MouSignatureEntity;
  MouSignaturePayload: Omit<MouSignaturePayload, 'signature'> & { signature?: Maybe<ResolversParentTypes['MouSignature']> };
  MouVersion: MouVersionEntity;
  MouVersionPayload: Omit<MouVersionPayload, 'mouVersion'> & { mouVersion?: Maybe<ResolversParentTypes['MouVersion']> };
  Mutation: {};
  Operations: Operations;
  OtherIncome: OtherIncomeView;
  OtherIncomeFigures: OtherIncomeFigures;
  OtherIncomePayload: Omit<OtherIncomePayload, 'otherIncome'> & { otherIncome?: Maybe<ResolversParentTypes['OtherIncome']> };
  PageInfo: PageInfo;
  Partner: PartnerEntity;
  PartnerChangePayload: Omit<PartnerChangePayload, 'partner'> & { partner?: Maybe<ResolversParentTypes['Partner']> };
  PartnerLevyFigures: LevyFigures;
  PartnershipAim: AimEntity;
  Pence: Scalars['Pence']['output'];
  Person: Person;
  PrioritiesPayload: Omit<PrioritiesPayload, 'priorities'> & { priorities?: Maybe<Array<ResolversParentTypes['Priority']>> };
  Priority: PriorityEntity;
  PriorityInput: PriorityInput;
  ProposeStudentVoiceEventInput: ProposeStudentVoiceEventInput;
  PublishMouVersionInput: PublishMouVersionInput;
  Query: {};
  QuorumRule: QuorumRule;
  QuorumRuleInput: QuorumRuleInput;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordContributionInput: RecordContributionInput;
  RecordDecisionInput: RecordDecisionInput;
  RecordExpenseInput: RecordExpenseInput;
  RecordLevyPaymentInput: RecordLevyPaymentInput;
  RecordMinutesInput: RecordMinutesInput;
  RecordOtherIncomeInput: RecordOtherIncomeInput;
  RetentionEntry: RetentionEntry;
  RetentionRecord: RetentionRecord;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  ScheduleMeetingInput: ScheduleMeetingInput;
  SetActionItemStatusInput: SetActionItemStatusInput;
  SetPrioritiesInput: SetPrioritiesInput;
  SetTermCalendarInput: SetTermCalendarInput;
  SignMouInput: SignMouInput;
  StudentVoiceProposal: StudentVoiceProposalEntity;
  StudentVoiceProposalPayload: Omit<StudentVoiceProposalPayload, 'proposal'> & { proposal?: Maybe<ResolversParentTypes['StudentVoiceProposal']> };
  TermCalendarPayload: TermCalendarPayload;
  TermDate: TermDate;
  TermDateInput: TermDateInput;
  UpdateBudgetLineInput: UpdateBudgetLineInput;
  UpdateExpenseInput: UpdateExpenseInput;
  UpdateLevyInvoiceInput: UpdateLevyInvoiceInput;
  UpdateLevyPaymentInput: UpdateLevyPaymentInput;
  UpdateOtherIncomeInput: UpdateOtherIncomeInput;
  UpdatePartnerInput: UpdatePartnerInput;
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

export type ApiKeyResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiKeyScope']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ApiKeyState'], ParentType, ContextType>;
  trustedOperations?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssociateApplicationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['AssociateApplication'] = ResolversParentTypes['AssociateApplication']> = {
  contactRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssociateApplicationStatus'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssociateApplicationPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['AssociateApplicationPayload'] = ResolversParentTypes['AssociateApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['AssociateApplication']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BudgetLineResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['BudgetLine'] = ResolversParentTypes['BudgetLine']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  budgetedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BudgetLineFiguresResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['BudgetLineFigures'] = ResolversParentTypes['BudgetLineFigures']> = {
  actualPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  budgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
  budgetedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  committedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  remainingPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BudgetLinePayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['BudgetLinePayload'] = ResolversParentTypes['BudgetLinePayload']> = {
  budgetLine?: Resolver<Maybe<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BudgetTotalsResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['BudgetTotals'] = ResolversParentTypes['BudgetTotals']> = {
  actualPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  budgetedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  committedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  remainingPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContributionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Contribution'] = ResolversParentTypes['Contribution']> = {
  academicYear?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amountPence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContributionKind'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContributionPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['ContributionPayload'] = ResolversParentTypes['ContributionPayload']> = {
  contribution?: Resolver<Maybe<ResolversTypes['Contribution']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreatePartnerPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['CreatePartnerPayload'] = ResolversParentTypes['CreatePartnerPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataSubjectResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['DataSubject'] = ResolversParentTypes['DataSubject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataSubject']>, { __typename: 'DataSubject' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  heldByPartnersGovernance?: Resolver<Array<ResolversTypes['HeldDataPart']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterReasonResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['DeadLetterReason'] = ResolversParentTypes['DeadLetterReason']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeadLetterFailureKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterSummaryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['DeadLetterSummary'] = ResolversParentTypes['DeadLetterSummary']> = {
  oldestPendingAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DeadLetterReason']>, ParentType, ContextType>;
  redriven?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type DeleteFinanceRecordPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['DeleteFinanceRecordPayload'] = ResolversParentTypes['DeleteFinanceRecordPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExpenseResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Expense'] = ResolversParentTypes['Expense']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  budgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incurredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExpenseStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExpensePayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['ExpensePayload'] = ResolversParentTypes['ExpensePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  expense?: Resolver<Maybe<ResolversTypes['Expense']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinanceAuditEntryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinanceAuditEntry'] = ResolversParentTypes['FinanceAuditEntry']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['FinanceAuditAction'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['FinanceEntityType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinanceAuditEntryConnectionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinanceAuditEntryConnection'] = ResolversParentTypes['FinanceAuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FinanceAuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinanceAuditEntryEdgeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinanceAuditEntryEdge'] = ResolversParentTypes['FinanceAuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FinanceAuditEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinancePeriodResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinancePeriod'] = ResolversParentTypes['FinancePeriod']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  budgetLines?: Resolver<Array<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['Expense']>, ParentType, ContextType, Partial<FinancePeriodExpensesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levyInvoices?: Resolver<Array<ResolversTypes['LevyInvoice']>, ParentType, ContextType>;
  otherIncome?: Resolver<Array<ResolversTypes['OtherIncome']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['FinanceReport'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FinancePeriodStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinancePeriodPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinancePeriodPayload'] = ResolversParentTypes['FinancePeriodPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['FinancePeriod']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinanceReportResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinanceReport'] = ResolversParentTypes['FinanceReport']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  balancePence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expensesCommittedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  expensesPaidPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  incomeReceivedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  levies?: Resolver<Array<ResolversTypes['PartnerLevyFigures']>, ParentType, ContextType>;
  levyTotals?: Resolver<ResolversTypes['LevyTotals'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['BudgetLineFigures']>, ParentType, ContextType>;
  otherIncome?: Resolver<ResolversTypes['OtherIncomeFigures'], ParentType, ContextType>;
  periodStatus?: Resolver<ResolversTypes['FinancePeriodStatus'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['BudgetTotals'], ParentType, ContextType>;
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

export type HeldDataPartResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['HeldDataPart'] = ResolversParentTypes['HeldDataPart']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['HeldRecord']>, ParentType, ContextType>;
  retainDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retention?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldFieldResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['HeldField'] = ResolversParentTypes['HeldField']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldRecordResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['HeldRecord'] = ResolversParentTypes['HeldRecord']> = {
  fields?: Resolver<Array<ResolversTypes['HeldField']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IncomeBySourceResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['IncomeBySource'] = ResolversParentTypes['IncomeBySource']> = {
  amountPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IncomeSource'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IssueApiKeyPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['IssueApiKeyPayload'] = ResolversParentTypes['IssueApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyInvoiceResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['LevyInvoice'] = ResolversParentTypes['LevyInvoice']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outstandingPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  paidPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['LevyPayment']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LevyInvoiceStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyInvoicePayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['LevyInvoicePayload'] = ResolversParentTypes['LevyInvoicePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  levyInvoice?: Resolver<Maybe<ResolversTypes['LevyInvoice']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyPaymentResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['LevyPayment'] = ResolversParentTypes['LevyPayment']> = {
  amountPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyPaymentPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['LevyPaymentPayload'] = ResolversParentTypes['LevyPaymentPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  levyPayment?: Resolver<Maybe<ResolversTypes['LevyPayment']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyTotalsResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['LevyTotals'] = ResolversParentTypes['LevyTotals']> = {
  invoicedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  outstandingPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  receivedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
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

export type MembershipPeriodResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['MembershipPeriod'] = ResolversParentTypes['MembershipPeriod']> = {
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leavingReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MouSignatureResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['MouSignature'] = ResolversParentTypes['MouSignature']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mouVersion?: Resolver<ResolversTypes['MouVersion'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signerRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MouSignaturePayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['MouSignaturePayload'] = ResolversParentTypes['MouSignaturePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['MouSignature']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MouVersionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['MouVersion'] = ResolversParentTypes['MouVersion']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCurrent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  renewalDueOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signatures?: Resolver<Array<ResolversTypes['MouSignature']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MouVersionPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['MouVersionPayload'] = ResolversParentTypes['MouVersionPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  mouVersion?: Resolver<Maybe<ResolversTypes['MouVersion']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addActionItem?: Resolver<ResolversTypes['ActionItemPayload'], ParentType, ContextType, RequireFields<MutationAddActionItemArgs, 'input'>>;
  addAgendaItem?: Resolver<ResolversTypes['MeetingPayload'], ParentType, ContextType, RequireFields<MutationAddAgendaItemArgs, 'input'>>;
  addGroupMember?: Resolver<ResolversTypes['GroupMembershipPayload'], ParentType, ContextType, RequireFields<MutationAddGroupMemberArgs, 'input'>>;
  closeFinancePeriod?: Resolver<ResolversTypes['FinancePeriodPayload'], ParentType, ContextType, RequireFields<MutationCloseFinancePeriodArgs, 'academicYear'>>;
  createBudgetLine?: Resolver<ResolversTypes['BudgetLinePayload'], ParentType, ContextType, RequireFields<MutationCreateBudgetLineArgs, 'input'>>;
  createFinancePeriod?: Resolver<ResolversTypes['FinancePeriodPayload'], ParentType, ContextType, RequireFields<MutationCreateFinancePeriodArgs, 'input'>>;
  createGovernanceGroup?: Resolver<ResolversTypes['GovernanceGroupPayload'], ParentType, ContextType, RequireFields<MutationCreateGovernanceGroupArgs, 'input'>>;
  createLevyInvoice?: Resolver<ResolversTypes['LevyInvoicePayload'], ParentType, ContextType, RequireFields<MutationCreateLevyInvoiceArgs, 'input'>>;
  createPartner?: Resolver<ResolversTypes['CreatePartnerPayload'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'input'>>;
  decideAssociateApplication?: Resolver<ResolversTypes['AssociateApplicationPayload'], ParentType, ContextType, RequireFields<MutationDecideAssociateApplicationArgs, 'input'>>;
  decideStudentVoiceProposal?: Resolver<ResolversTypes['StudentVoiceProposalPayload'], ParentType, ContextType, RequireFields<MutationDecideStudentVoiceProposalArgs, 'input'>>;
  deleteBudgetLine?: Resolver<ResolversTypes['DeleteFinanceRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteBudgetLineArgs, 'id'>>;
  deleteExpense?: Resolver<ResolversTypes['DeleteFinanceRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteExpenseArgs, 'id'>>;
  deleteLevyInvoice?: Resolver<ResolversTypes['DeleteFinanceRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteLevyInvoiceArgs, 'id'>>;
  deleteLevyPayment?: Resolver<ResolversTypes['DeleteFinanceRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteLevyPaymentArgs, 'id'>>;
  deleteOtherIncome?: Resolver<ResolversTypes['DeleteFinanceRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteOtherIncomeArgs, 'id'>>;
  endGroupMembership?: Resolver<ResolversTypes['GroupMembershipPayload'], ParentType, ContextType, RequireFields<MutationEndGroupMembershipArgs, 'input'>>;
  issueApiKey?: Resolver<ResolversTypes['IssueApiKeyPayload'], ParentType, ContextType, RequireFields<MutationIssueApiKeyArgs, 'input'>>;
  proposeStudentVoiceEvent?: Resolver<ResolversTypes['StudentVoiceProposalPayload'], ParentType, ContextType, RequireFields<MutationProposeStudentVoiceEventArgs, 'input'>>;
  publishMouVersion?: Resolver<ResolversTypes['MouVersionPayload'], ParentType, ContextType, RequireFields<MutationPublishMouVersionArgs, 'input'>>;
  recordAssociateApplication?: Resolver<ResolversTypes['AssociateApplicationPayload'], ParentType, ContextType, RequireFields<MutationRecordAssociateApplicationArgs, 'input'>>;
  recordAttendance?: Resolver<ResolversTypes['MeetingPayload'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'input'>>;
  recordContribution?: Resolver<ResolversTypes['ContributionPayload'], ParentType, ContextType, RequireFields<MutationRecordContributionArgs, 'input'>>;
  recordDecision?: Resolver<ResolversTypes['DecisionPayload'], ParentType, ContextType, RequireFields<MutationRecordDecisionArgs, 'input'>>;
  recordExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationRecordExpenseArgs, 'input'>>;
  recordLevyPayment?: Resolver<ResolversTypes['LevyPaymentPayload'], ParentType, ContextType, RequireFields<MutationRecordLevyPaymentArgs, 'input'>>;
  recordMinutes?: Resolver<ResolversTypes['MeetingPayload'], ParentType, ContextType, RequireFields<MutationRecordMinutesArgs, 'input'>>;
  recordOtherIncome?: Resolver<ResolversTypes['OtherIncomePayload'], ParentType, ContextType, RequireFields<MutationRecordOtherIncomeArgs, 'input'>>;
  recordPartnerLeaving?: Resolver<ResolversTypes['PartnerChangePayload'], ParentType, ContextType, RequireFields<MutationRecordPartnerLeavingArgs, 'leftOn' | 'partnerId' | 'reason'>>;
  recordPartnerRejoining?: Resolver<ResolversTypes['PartnerChangePayload'], ParentType, ContextType, RequireFields<MutationRecordPartnerRejoiningArgs, 'joinedOn' | 'partnerId'>>;
  reopenFinancePeriod?: Resolver<ResolversTypes['FinancePeriodPayload'], ParentType, ContextType, RequireFields<MutationReopenFinancePeriodArgs, 'academicYear' | 'reason'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  scheduleMeeting?: Resolver<ResolversTypes['MeetingPayload'], ParentType, ContextType, RequireFields<MutationScheduleMeetingArgs, 'input'>>;
  setActionItemStatus?: Resolver<ResolversTypes['ActionItemPayload'], ParentType, ContextType, RequireFields<MutationSetActionItemStatusArgs, 'input'>>;
  setGroupQuorumRule?: Resolver<ResolversTypes['GovernanceGroupPayload'], ParentType, ContextType, RequireFields<MutationSetGroupQuorumRuleArgs, 'groupId' | 'quorumRule'>>;
  setPriorities?: Resolver<ResolversTypes['PrioritiesPayload'], ParentType, ContextType, RequireFields<MutationSetPrioritiesArgs, 'input'>>;
  setTermCalendar?: Resolver<ResolversTypes['TermCalendarPayload'], ParentType, ContextType, RequireFields<MutationSetTermCalendarArgs, 'input'>>;
  signMou?: Resolver<ResolversTypes['MouSignaturePayload'], ParentType, ContextType, RequireFields<MutationSignMouArgs, 'input'>>;
  updateBudgetLine?: Resolver<ResolversTypes['BudgetLinePayload'], ParentType, ContextType, RequireFields<MutationUpdateBudgetLineArgs, 'id' | 'input'>>;
  updateExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationUpdateExpenseArgs, 'id' | 'input'>>;
  updateLevyInvoice?: Resolver<ResolversTypes['LevyInvoicePayload'], ParentType, ContextType, RequireFields<MutationUpdateLevyInvoiceArgs, 'id' | 'input'>>;
  updateLevyPayment?: Resolver<ResolversTypes['LevyPaymentPayload'], ParentType, ContextType, RequireFields<MutationUpdateLevyPaymentArgs, 'id' | 'input'>>;
  updateOtherIncome?: Resolver<ResolversTypes['OtherIncomePayload'], ParentType, ContextType, RequireFields<MutationUpdateOtherIncomeArgs, 'id' | 'input'>>;
  updatePartner?: Resolver<ResolversTypes['PartnerChangePayload'], ParentType, ContextType, RequireFields<MutationUpdatePartnerArgs, 'id' | 'input'>>;
};

export type OperationsResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Operations'] = ResolversParentTypes['Operations']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Operations']>, { __typename: 'Operations' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partnersGovernanceDeadLetters?: Resolver<ResolversTypes['DeadLetterSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OtherIncomeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OtherIncome'] = ResolversParentTypes['OtherIncome']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  restrictedPurpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IncomeSource'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OtherIncomeFiguresResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OtherIncomeFigures'] = ResolversParentTypes['OtherIncomeFigures']> = {
  bySource?: Resolver<Array<ResolversTypes['IncomeBySource']>, ParentType, ContextType>;
  restrictedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  totalPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  unrestrictedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OtherIncomePayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OtherIncomePayload'] = ResolversParentTypes['OtherIncomePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  otherIncome?: Resolver<Maybe<ResolversTypes['OtherIncome']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']>, { __typename: 'Partner' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  contributions?: Resolver<Maybe<Array<ResolversTypes['Contribution']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  membershipPeriods?: Resolver<Array<ResolversTypes['MembershipPeriod']>, ParentType, ContextType>;
  mouSignature?: Resolver<Maybe<ResolversTypes['MouSignature']>, ParentType, ContextType>;
  mouSigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnerStatus'], ParentType, ContextType>;
  termCalendar?: Resolver<Maybe<Array<ResolversTypes['TermDate']>>, ParentType, ContextType, RequireFields<PartnerTermCalendarArgs, 'academicYear'>>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerChangePayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnerChangePayload'] = ResolversParentTypes['PartnerChangePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerLevyFiguresResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnerLevyFigures'] = ResolversParentTypes['PartnerLevyFigures']> = {
  invoicedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  outstandingPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  receivedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnershipAimResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnershipAim'] = ResolversParentTypes['PartnershipAim']> = {
  code?: Resolver<ResolversTypes['Aim'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface PenceScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Pence'], any> {
  name: 'Pence';
}

export type PersonResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrioritiesPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PrioritiesPayload'] = ResolversParentTypes['PrioritiesPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  priorities?: Resolver<Maybe<Array<ResolversTypes['Priority']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PriorityResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Priority'] = ResolversParentTypes['Priority']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aims?: Resolver<Array<ResolversTypes['Aim']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  aims?: Resolver<Array<ResolversTypes['PartnershipAim']>, ParentType, ContextType>;
  apiKeys?: Resolver<Maybe<Array<ResolversTypes['ApiKey']>>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'partnerId'>>;
  associateApplications?: Resolver<Array<ResolversTypes['AssociateApplication']>, ParentType, ContextType, Partial<QueryAssociateApplicationsArgs>>;
  currentMou?: Resolver<Maybe<ResolversTypes['MouVersion']>, ParentType, ContextType>;
  financeAuditLog?: Resolver<Maybe<ResolversTypes['FinanceAuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryFinanceAuditLogArgs, 'academicYear' | 'first'>>;
  financePeriod?: Resolver<Maybe<ResolversTypes['FinancePeriod']>, ParentType, ContextType, RequireFields<QueryFinancePeriodArgs, 'academicYear'>>;
  financePeriods?: Resolver<Maybe<Array<ResolversTypes['FinancePeriod']>>, ParentType, ContextType>;
  financeReport?: Resolver<Maybe<ResolversTypes['FinanceReport']>, ParentType, ContextType, RequireFields<QueryFinanceReportArgs, 'academicYear'>>;
  governanceGroup?: Resolver<Maybe<ResolversTypes['GovernanceGroup']>, ParentType, ContextType, RequireFields<QueryGovernanceGroupArgs, 'id'>>;
  governanceGroups?: Resolver<Array<ResolversTypes['GovernanceGroup']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  mouRenewalsDue?: Resolver<Array<ResolversTypes['MouVersion']>, ParentType, ContextType, Partial<QueryMouRenewalsDueArgs>>;
  mouVersions?: Resolver<Array<ResolversTypes['MouVersion']>, ParentType, ContextType>;
  operations?: Resolver<ResolversTypes['Operations'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType, Partial<QueryPartnersArgs>>;
  partnersWithoutMouSignature?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  priorities?: Resolver<Array<ResolversTypes['Priority']>, ParentType, ContextType, RequireFields<QueryPrioritiesArgs, 'academicYear'>>;
  studentVoiceProposals?: Resolver<Array<ResolversTypes['StudentVoiceProposal']>, ParentType, ContextType, Partial<QueryStudentVoiceProposalsArgs>>;
};

export type QuorumRuleResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['QuorumRule'] = ResolversParentTypes['QuorumRule']> = {
  kind?: Resolver<ResolversTypes['QuorumRuleKind'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RetentionEntryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['RetentionEntry'] = ResolversParentTypes['RetentionEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ageColumn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastRunAffected?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastRunAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onErasure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personalData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retainDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RetentionRecordResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['RetentionRecord'] = ResolversParentTypes['RetentionRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RetentionRecord']>, { __typename: 'RetentionRecord' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partnersGovernance?: Resolver<Array<ResolversTypes['RetentionEntry']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevokeApiKeyPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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

export type TermCalendarPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['TermCalendarPayload'] = ResolversParentTypes['TermCalendarPayload']> = {
  entries?: Resolver<Maybe<Array<ResolversTypes['TermDate']>>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TermDateResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['TermDate'] = ResolversParentTypes['TermDate']> = {
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TermDateKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  ApiKey?: ApiKeyResolvers<ContextType>;
  AssociateApplication?: AssociateApplicationResolvers<ContextType>;
  AssociateApplicationPayload?: AssociateApplicationPayloadResolvers<ContextType>;
  BudgetLine?: BudgetLineResolvers<ContextType>;
  BudgetLineFigures?: BudgetLineFiguresResolvers<ContextType>;
  BudgetLinePayload?: BudgetLinePayloadResolvers<ContextType>;
  BudgetTotals?: BudgetTotalsResolvers<ContextType>;
  Contribution?: ContributionResolvers<ContextType>;
  ContributionPayload?: ContributionPayloadResolvers<ContextType>;
  CreatePartnerPayload?: CreatePartnerPayloadResolvers<ContextType>;
  DataSubject?: DataSubjectResolvers<ContextType>;
  DeadLetterReason?: DeadLetterReasonResolvers<ContextType>;
  DeadLetterSummary?: DeadLetterSummaryResolvers<ContextType>;
  Decision?: DecisionResolvers<ContextType>;
  DecisionPayload?: DecisionPayloadResolvers<ContextType>;
  DeleteFinanceRecordPayload?: DeleteFinanceRecordPayloadResolvers<ContextType>;
  Expense?: ExpenseResolvers<ContextType>;
  ExpensePayload?: ExpensePayloadResolvers<ContextType>;
  FinanceAuditEntry?: FinanceAuditEntryResolvers<ContextType>;
  FinanceAuditEntryConnection?: FinanceAuditEntryConnectionResolvers<ContextType>;
  FinanceAuditEntryEdge?: FinanceAuditEntryEdgeResolvers<ContextType>;
  FinancePeriod?: FinancePeriodResolvers<ContextType>;
  FinancePeriodPayload?: FinancePeriodPayloadResolvers<ContextType>;
  FinanceReport?: FinanceReportResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GovernanceGroup?: GovernanceGroupResolvers<ContextType>;
  GovernanceGroupPayload?: GovernanceGroupPayloadResolvers<ContextType>;
  GroupMembership?: GroupMembershipResolvers<ContextType>;
  GroupMembershipPayload?: GroupMembershipPayloadResolvers<ContextType>;
  HeldDataPart?: HeldDataPartResolvers<ContextType>;
  HeldField?: HeldFieldResolvers<ContextType>;
  HeldRecord?: HeldRecordResolvers<ContextType>;
  IncomeBySource?: IncomeBySourceResolvers<ContextType>;
  IssueApiKeyPayload?: IssueApiKeyPayloadResolvers<ContextType>;
  LevyInvoice?: LevyInvoiceResolvers<ContextType>;
  LevyInvoicePayload?: LevyInvoicePayloadResolvers<ContextType>;
  LevyPayment?: LevyPaymentResolvers<ContextType>;
  LevyPaymentPayload?: LevyPaymentPayloadResolvers<ContextType>;
  LevyTotals?: LevyTotalsResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingAttendance?: MeetingAttendanceResolvers<ContextType>;
  MeetingPayload?: MeetingPayloadResolvers<ContextType>;
  MembershipPeriod?: MembershipPeriodResolvers<ContextType>;
  MouSignature?: MouSignatureResolvers<ContextType>;
  MouSignaturePayload?: MouSignaturePayloadResolvers<ContextType>;
  MouVersion?: MouVersionResolvers<ContextType>;
  MouVersionPayload?: MouVersionPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Operations?: OperationsResolvers<ContextType>;
  OtherIncome?: OtherIncomeResolvers<ContextType>;
  OtherIncomeFigures?: OtherIncomeFiguresResolvers<ContextType>;
  OtherIncomePayload?: OtherIncomePayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerChangePayload?: PartnerChangePayloadResolvers<ContextType>;
  PartnerLevyFigures?: PartnerLevyFiguresResolvers<ContextType>;
  PartnershipAim?: PartnershipAimResolvers<ContextType>;
  Pence?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  PrioritiesPayload?: PrioritiesPayloadResolvers<ContextType>;
  Priority?: PriorityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuorumRule?: QuorumRuleResolvers<ContextType>;
  RetentionEntry?: RetentionEntryResolvers<ContextType>;
  RetentionRecord?: RetentionRecordResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  StudentVoiceProposal?: StudentVoiceProposalResolvers<ContextType>;
  StudentVoiceProposalPayload?: StudentVoiceProposalPayloadResolvers<ContextType>;
  TermCalendarPayload?: TermCalendarPayloadResolvers<ContextType>;
  TermDate?: TermDateResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

