/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
};

/** One read of people's sensitive data, as the access log keeps it: never the data itself. */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** When it was read (ISO 8601). */
  at: Scalars['String']['output'];
  /** What kind of data: CONSENT, SAFEGUARDING, CONTACT, REGISTRATIONS or SUBJECT_ACCESS. */
  dataKind: Scalars['String']['output'];
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The GraphQL operation (field) it was read through. */
  operation: Scalars['String']['output'];
  /** The service that owns the data read. */
  service: Scalars['String']['output'];
  /** Everyone the read named: one entry for a whole register. */
  subjectIds: Array<Scalars['ID']['output']>;
  /** Who read it: a person's id (or an API key's id). */
  viewerId: Scalars['String']['output'];
  /** The reader's roles at the time. */
  viewerRoles: Array<Scalars['String']['output']>;
};

/** Something a named person must do, set at a meeting. */
export type ActionItem = {
  __typename?: 'ActionItem';
  /** What must be done. */
  description: Scalars['String']['output'];
  /** ISO date it is due, if set. */
  dueOn: Maybe<Scalars['String']['output']>;
  /** The action's id. */
  id: Scalars['ID']['output'];
  /** The id of the meeting that set it. */
  meetingId: Scalars['ID']['output'];
  /** Who does it (resolved by people; null when the caller may not see them). */
  owner: Maybe<Person>;
  /** Open, done or dropped. */
  status: ActionItemStatus;
};

/** The result of a change to an action item. */
export type ActionItemPayload = {
  __typename?: 'ActionItemPayload';
  /** The action, on success. */
  actionItem: Maybe<ActionItem>;
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

/** A resource to share in a cluster: a link or a file reference, not both. */
export type AddClusterResourceInput = {
  /** At most 120 characters. */
  examCourse?: InputMaybe<Scalars['String']['input']>;
  /** Where the file is held (at most 300 characters); give this or `url`, not both. */
  fileReference?: InputMaybe<Scalars['String']['input']>;
  /** At most 10 tags of 1–40 characters; stored lower-case, once each. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1–200 characters. */
  title: Scalars['String']['input'];
  /** An https:// link (at most 2000 characters); give this or `fileReference`, not both. */
  url?: InputMaybe<Scalars['String']['input']>;
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
  minutes: Maybe<Scalars['String']['output']>;
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

/** A time an ambassador can help at events. */
export type AmbassadorAvailability = {
  __typename?: 'AmbassadorAvailability';
  /** ISO date-time with offset. */
  endsAt: Scalars['String']['output'];
  /** The window's id. */
  id: Scalars['ID']['output'];
  /** ISO date-time with offset. */
  startsAt: Scalars['String']['output'];
};

/** The result of recordAmbassadorAvailability. */
export type AmbassadorAvailabilityPayload = {
  __typename?: 'AmbassadorAvailabilityPayload';
  /** The recorded window; null when refused. */
  availability: Maybe<AmbassadorAvailability>;
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
};

/** Hours one ambassador worked at one event. */
export type AmbassadorHoursEntry = {
  __typename?: 'AmbassadorHoursEntry';
  /** The event worked at. */
  event: Event;
  /** ISO date-time with offset. */
  loggedAt: Scalars['String']['output'];
  /** Minutes worked, 1–1440. */
  minutes: Scalars['Int']['output'];
};

/** The result of logAmbassadorHours. */
export type AmbassadorHoursPayload = {
  __typename?: 'AmbassadorHoursPayload';
  /** The entry as recorded (replacing any earlier figure for this ambassador and event); null when refused. */
  entry: Maybe<AmbassadorHoursEntry>;
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
};

/** An ambassador's hours in an academic year, by term (by the event's start). */
export type AmbassadorHoursSummary = {
  __typename?: 'AmbassadorHoursSummary';
  /** Starting year of the academic year: 2025 is 2025–26. */
  academicYear: Scalars['Int']['output'];
  /** Every term of the year, in order. */
  byTerm: Array<TermMinutes>;
  /** Each event worked at that starts in the year, by the event's start. */
  entries: Array<AmbassadorHoursEntry>;
  /** Minutes over the whole year. */
  totalMinutes: Scalars['Int']['output'];
};

/** An event's ambassador slot offered to one ambassador. */
export type AmbassadorOffer = {
  __typename?: 'AmbassadorOffer';
  /** ISO date-time with offset; null until accepted. */
  acceptedAt: Maybe<Scalars['String']['output']>;
  /** The event the slot is at. */
  event: Event;
  /** ISO date-time with offset. */
  offeredAt: Scalars['String']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  person: Maybe<Person>;
  /** Offered or accepted. */
  status: AmbassadorOfferStatus;
};

/** The result of offerAmbassadorSlot or acceptAmbassadorSlot. */
export type AmbassadorOfferPayload = {
  __typename?: 'AmbassadorOfferPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The offer (as it was, when already made or accepted); null when refused. */
  offer: Maybe<AmbassadorOffer>;
};

/** Where an offer of an ambassador slot stands. */
export type AmbassadorOfferStatus =
  /** Accepted: the ambassador holds the AMBASSADOR role at the event. */
  | 'ACCEPTED'
  /** Offered, not yet accepted. */
  | 'OFFERED';

/** The result of setAmbassadorSlots. */
export type AmbassadorSlotsPayload = {
  __typename?: 'AmbassadorSlotsPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The event, with its new ambassadorSlots; null when refused. */
  event: Maybe<Event>;
};

/** The coordinator's annotation of a quote; omitted fields keep their value. */
export type AnnotateStudentVoiceInput = {
  /** The quote's id. */
  id: Scalars['ID']['input'];
  /** Cleared for the annual report. */
  publishable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Theme tags (at most 10, each 1–40 characters), stored lower-case; replaces the existing tags (an empty list clears them). */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The result of annotateStudentVoice. */
export type AnnotateStudentVoicePayload = {
  __typename?: 'AnnotateStudentVoicePayload';
  /** Why nothing was written (NOT_FOUND, INVALID); empty on success. */
  errors: Array<UserError>;
  /** The quote as annotated; null when there are errors. */
  voice: Maybe<StudentVoice>;
};

/** A message from the coordinator, a head or a champion to many people at once. */
export type Announcement = {
  __typename?: 'Announcement';
  /** Its text, plain (1–5000 characters). */
  body: Scalars['String']['output'];
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** The announcement's id. */
  id: Scalars['ID']['output'];
  /** How many people it reached (in the app; adults also by e-mail). The author is not told their own. */
  recipientCount: Scalars['Int']['output'];
  /** Its one-line subject (1–200 characters). */
  subject: Scalars['String']['output'];
  /** Who it addresses. */
  target: AnnouncementTargetKind;
  /** The partner, event or group addressed; null for EVERYONE. */
  targetId: Maybe<Scalars['ID']['output']>;
};

/** Who an announcement addresses. */
export type AnnouncementTargetKind =
  /** Everyone holding a place at, or waiting for, one event (`targetId` is the event). */
  | 'EVENT'
  /** Everyone on the platform (coordinator and heads only). */
  | 'EVERYONE'
  /** A governance group (`targetId` is the group): refused with TARGET_NOT_SUPPORTED until governance publishes its groups. */
  | 'GROUP'
  /** Everyone of one partner (`targetId` is the partner); a champion addresses their own only. */
  | 'PARTNER';

/**
 * An associate partner's API key as listed: never its secret or the hash it is stored as. The
 * coordinator sees every partner's keys; people of the associate partner see their own partner's.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** ISO date-time with offset. */
  createdAt: Scalars['String']['output'];
  /** ISO date-time with offset after which the key is refused; null: no expiry. */
  expiresAt: Maybe<Scalars['String']['output']>;
  /** The key's id (a UUID); the key's prefix carries it in lower case without hyphens. */
  id: Scalars['ID']['output'];
  /** ISO date-time with offset of the last request made with it (updated at most once a minute); null if never used. */
  lastUsedAt: Maybe<Scalars['String']['output']>;
  /** What the partner calls it (e.g. the system that uses it). */
  name: Scalars['String']['output'];
  /** The associate partner the key belongs to. */
  partnerId: Scalars['ID']['output'];
  /** The start of the key (`ekst_live_<id>`), to recognise it; the secret part is never shown again. */
  prefix: Scalars['String']['output'];
  /** ISO date-time with offset it was revoked; null while not revoked. */
  revokedAt: Maybe<Scalars['String']['output']>;
  /** What the key may read. */
  scopes: Array<ApiKeyScope>;
  /** Whether the key still works now. */
  state: ApiKeyState;
  /** SHA-256 hashes of the only operations the key may run; null: any operation of the public contract. */
  trustedOperations: Maybe<Array<Scalars['String']['output']>>;
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

/** The result of assignEventRole. */
export type AssignEventRolePayload = {
  __typename?: 'AssignEventRolePayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The role, also when the person held it already; null when refused. */
  role: Maybe<EventRole>;
};

/** An organisation's application to become an associate partner, decided by the Heads Group. */
export type AssociateApplication = {
  __typename?: 'AssociateApplication';
  /** The contact's role in the organisation (no personal name is kept). */
  contactRole: Scalars['String']['output'];
  /** ISO date of the decision, once decided. */
  decidedOn: Maybe<Scalars['String']['output']>;
  /** Why it was approved or rejected. */
  decisionReason: Maybe<Scalars['String']['output']>;
  /** The application's id. */
  id: Scalars['ID']['output'];
  /** What the organisation offers the partnership. */
  offer: Scalars['String']['output'];
  /** The applying organisation's name; it becomes the partner's name on approval. */
  organisationName: Scalars['String']['output'];
  /** The ASSOCIATE partner created on approval. */
  partner: Maybe<Partner>;
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
  application: Maybe<AssociateApplication>;
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

/** The result of checkIn or checkOut. */
export type AttendancePayload = {
  __typename?: 'AttendancePayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The registration with its check-in or check-out time; null when refused. */
  registration: Maybe<Registration>;
  /** What whoever is at the door must know about this person; empty when refused or nothing to say. */
  warnings: Array<CheckInWarning>;
};

/** Whether an attendee came. */
export type AttendanceStatus =
  /** Sent apologies: does not count. */
  | 'APOLOGIES'
  /** At the meeting: counts towards quorum for their partner. */
  | 'PRESENT';

/** Who an event is for: it decides who may register. */
export type Audience =
  /** Students and teachers. */
  | 'BOTH'
  /** Students. */
  | 'STUDENTS'
  /** Teachers. */
  | 'TEACHERS';

/** Tokens for the gateway: send `accessToken` as a Bearer token; use `refreshToken` once to get new ones. */
export type AuthSession = {
  __typename?: 'AuthSession';
  /** A signed JWT (ES256) carrying the person, their roles, partner and session; valid 15 minutes. */
  accessToken: Scalars['String']['output'];
  /** ISO 8601 date-time the access token expires. */
  accessTokenExpiresAt: Scalars['String']['output'];
  /** The person signed in. */
  personId: Scalars['ID']['output'];
  /** A secret for refreshSession, valid once: keep it safe and never put it in a URL. */
  refreshToken: Scalars['String']['output'];
  /**
   * ISO 8601 date-time the session ends, after which the person signs in again: 12 hours after sign-in
   * for students (shared school computers), 14 days for adults. Refreshing does not extend it.
   */
  refreshTokenExpiresAt: Scalars['String']['output'];
  /** The roles the access token carries: what the person holds now. */
  roles: Array<Role>;
};

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
  budgetLine: Maybe<BudgetLine>;
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

/** A secret, revocable iCalendar subscription. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  /** ISO date-time with offset. */
  createdAt: Scalars['String']['output'];
  /** The feed's id, for revokeCalendarFeed. */
  id: Scalars['ID']['output'];
  /** ISO date-time with offset when it was revoked (its URL answers 404 from then on); null while live. */
  revokedAt: Maybe<Scalars['String']['output']>;
  /** What the feed shows. */
  scope: CalendarScope;
};

/**
 * What a calendar feed shows: PUBLISHED and COMPLETED events, and cancelled ones that had been
 * published (STATUS:CANCELLED) until 30 days after their end; never drafts.
 */
export type CalendarScope =
  /** A partner's programme: the events it hosts and those where its people hold a place. */
  | 'PARTNER'
  /** One person's events: those where they hold a place or a role. */
  | 'PERSON'
  /** The whole partnership's published programme (events only, no personal data); any signed-in person subscribes, and owns the feed. */
  | 'PROGRAMME';

/** Something whoever runs check-in must know about the person arriving or leaving. */
export type CheckInWarning =
  /** Photo/publicity consent is refused, withdrawn or not on record (photoConsent is not ALLOWED). */
  | 'NO_PHOTOS';

/** Whether an adult may work with children on one day, from the safeguarding checks on record. */
export type ChildrenClearance = {
  __typename?: 'ChildrenClearance';
  /** The kind of check that clears them (the one valid longest); null when not cleared. */
  basis: Maybe<SafeguardingCheckKind>;
  /** An enhanced DBS with barred list, or the employer's written confirmation, valid that day. */
  cleared: Scalars['Boolean']['output'];
  /** YYYY-MM-DD the answer is for */
  on: Scalars['String']['output'];
  /** The person the answer is about. */
  personId: Scalars['ID']['output'];
  /** YYYY-MM-DD, the last day that check holds (its review date); null when not cleared. */
  validUntil: Maybe<Scalars['String']['output']>;
};

/** What kind of day in a partner's calendar an event clashes with. */
export type ClashKind =
  /** An exam period. */
  | 'EXAM_PERIOD'
  /** A school holiday. */
  | 'HOLIDAY'
  /** A staff training (INSET) day: no students in school. */
  | 'INSET_DAY';

/** A resource a cluster shares: either an https link or a reference to a file held elsewhere. */
export type ClusterResource = {
  __typename?: 'ClusterResource';
  /** Resolved by people; null once erased or when the caller may not see them. */
  addedBy: Maybe<Person>;
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** The exam course it serves (e.g. an awarding body's specification), if any. */
  examCourse: Maybe<Scalars['String']['output']>;
  /** Where the file is held; null when the resource is a link. */
  fileReference: Maybe<Scalars['String']['output']>;
  /** The resource's id. */
  id: Scalars['ID']['output'];
  /** Lower-case. */
  tags: Array<Scalars['String']['output']>;
  /** What the resource is, 1–200 characters. */
  title: Scalars['String']['output'];
  /** An https:// link; null when the resource is a file reference. */
  url: Maybe<Scalars['String']['output']>;
};

/** A page of a cluster's resources. */
export type ClusterResourceConnection = {
  __typename?: 'ClusterResourceConnection';
  /** The resources of this page, newest first. */
  edges: Array<ClusterResourceEdge>;
  /** Whether another page follows, and where it starts. */
  pageInfo: PageInfo;
};

/** One resource and its cursor. */
export type ClusterResourceEdge = {
  __typename?: 'ClusterResourceEdge';
  /** Opaque; pass as `after` to continue after this resource. */
  cursor: Scalars['String']['output'];
  /** The resource. */
  node: ClusterResource;
};

/** The result of addClusterResource. */
export type ClusterResourcePayload = {
  __typename?: 'ClusterResourcePayload';
  /** The resource as shared; null when there are errors. */
  clusterResource: Maybe<ClusterResource>;
  /** Why nothing was written; empty on success. */
  errors: Array<UserError>;
};

/** What a consent record decides. */
export type ConsentDecision =
  /** Consent given. */
  | 'GRANTED'
  /** Consent refused (never given). */
  | 'REFUSED'
  /** Consent given earlier and now taken back. */
  | 'WITHDRAWN';

/** STUDENT: a student for themself. PARENT_CARER: for a student, named. SELF: an adult for themself. */
export type ConsentGiver =
  /** A parent or carer, for a student; the record names them (`giverName`). */
  | 'PARENT_CARER'
  /** An adult, for themself. */
  | 'SELF'
  /** The student, for themself. */
  | 'STUDENT';

/** What a consent record is about. */
export type ConsentKind =
  /** consent to the privacy notice of `noticeVersion` */
  | 'DATA_PROCESSING'
  /** Being photographed, and appearing in the partnership's publicity. No record means no photos. */
  | 'PHOTO_PUBLICITY'
  /** Going on trips away from the person's own school. */
  | 'TRIPS';

/** How a consent decision reached the school or the platform. */
export type ConsentMethod =
  /** Online, e.g. a decision the person records for themself here. */
  | 'ONLINE'
  /** A signed paper form. */
  | 'PAPER'
  /** Given by word of mouth and recorded by whoever heard it. */
  | 'VERBAL';

/**
 * One consent decision as it was recorded; a refusal and a withdrawal are records too. Records are
 * never changed: a new decision is a new record.
 */
export type ConsentRecord = {
  __typename?: 'ConsentRecord';
  /** Granted, refused or withdrawn. */
  decision: ConsentDecision;
  /** ISO 8601 date-time: when it was given (or refused, or withdrawn). */
  givenAt: Scalars['String']['output'];
  /** Who made the decision. */
  givenBy: ConsentGiver;
  /** The parent or carer's name, for PARENT_CARER. */
  giverName: Maybe<Scalars['String']['output']>;
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** What the decision is about. */
  kind: ConsentKind;
  /** How the decision was made known (paper, online, verbal). */
  method: ConsentMethod;
  /** For DATA_PROCESSING: the version of the privacy notice decided on; null for other kinds. */
  noticeVersion: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date-time. */
  recordedAt: Scalars['String']['output'];
};

/**
 * A person's current consent of one kind, derived from their records: the latest decision (by when it
 * was given, then when it was recorded) wins. No record means no consent.
 */
export type ConsentState = {
  __typename?: 'ConsentState';
  /** ISO 8601 date-time the latest decision was given (refused, withdrawn); null when there is no record. */
  decidedAt: Maybe<Scalars['String']['output']>;
  /** The latest record's decision; null when there is no record of this kind. */
  decision: Maybe<ConsentDecision>;
  /** Who made the latest decision; null when there is no record. */
  givenBy: Maybe<ConsentGiver>;
  /** True only while the latest record grants it; false with no record at all. */
  granted: Scalars['Boolean']['output'];
  /** What the consent is about. */
  kind: ConsentKind;
  /** For DATA_PROCESSING: the privacy notice version of the latest record; null otherwise. */
  noticeVersion: Maybe<Scalars['String']['output']>;
};

/** Something an associate partner contributed, to one event or to an academic year. */
export type Contribution = {
  __typename?: 'Contribution';
  /** The academic year it was for, when not for one event. */
  academicYear: Maybe<Scalars['String']['output']>;
  /** Sponsorship only: integer pence. */
  amountPence: Maybe<Scalars['Int']['output']>;
  /** What it was, 2 to 1000 characters. */
  description: Scalars['String']['output'];
  /** The event it was for (owned by events), when it was for one. */
  eventId: Maybe<Scalars['ID']['output']>;
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
  contribution: Maybe<Contribution>;
  /** Why it was refused (nothing was recorded); empty on success. */
  errors: Array<UserError>;
};

/** One line of a teacher's CPD record. */
export type CpdEntry = {
  __typename?: 'CpdEntry';
  /** ISO date-time with offset. */
  endsAt: Scalars['String']['output'];
  /** The event. */
  event: Event;
  /** minutes / 60, to two decimal places. */
  hours: Scalars['Float']['output'];
  /** The event's kind: CPD, TEACHMEET, SUBJECT_CLUSTER or TEACHER_SWAP_VISIT. */
  kind: EventKind;
  /**
   * From the event's start to its end; for an event over several days, each day from the start time
   * to the end time (UK local time), not the nights between.
   */
  minutes: Scalars['Int']['output'];
  /** Attended or led; LED when both. */
  participation: CpdParticipation;
  /** ISO date-time with offset. */
  startsAt: Scalars['String']['output'];
  /** The event's title. */
  title: Scalars['String']['output'];
};

/** How a teacher took part in a CPD event. */
export type CpdParticipation =
  /** Checked in as a participant. */
  | 'ATTENDED'
  /** Organiser or teacher in charge. */
  | 'LED';

/**
 * A teacher's CPD in an academic year: CPD events, TeachMeets, subject-cluster meetings and teacher
 * swap visits they attended (checked in) or led (organiser, teacher in charge).
 */
export type CpdRecord = {
  __typename?: 'CpdRecord';
  /** Starting year of the academic year: 2025 is 2025–26. */
  academicYear: Scalars['Int']['output'];
  /** Each event (not cancelled) starting in the year, by its start. */
  entries: Array<CpdEntry>;
  /** totalMinutes / 60, to two decimal places. */
  totalHours: Scalars['Float']['output'];
  /** The entries' minutes added up. */
  totalMinutes: Scalars['Int']['output'];
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

/** The result of createCalendarFeed. */
export type CreateCalendarFeedPayload = {
  __typename?: 'CreateCalendarFeedPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The new feed; null when refused. */
  feed: Maybe<CalendarFeed>;
  /** The secret, shown once: the feed URL is /calendars/<token>.ics */
  token: Maybe<Scalars['String']['output']>;
};

/** A new event, created as a DRAFT. */
export type CreateEventInput = {
  /** At least one aim the event serves. */
  aims: Array<Aim>;
  /** Who it is for: students need year groups, teachers only have none. */
  audience: Audience;
  /** Number of places, 1–5000. */
  capacity: Scalars['Int']['input'];
  /** ISO date-time with offset, after startsAt. */
  endsAt: Scalars['String']['input'];
  /** An ACTIVE partner; leave empty for an external venue. */
  hostPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of event it is. */
  kind: EventKind;
  /** Optional fair share: at most this many places for any one partner's people. */
  partnerQuota?: InputMaybe<Scalars['Int']['input']>;
  /** The Student Voice proposal the event comes from, if any. */
  proposalId?: InputMaybe<Scalars['ID']['input']>;
  /** Consents a student must have given (as people last recorded them) to register; none when empty. */
  requiredConsents?: InputMaybe<Array<ConsentKind>>;
  /** ISO date-time with offset, e.g. 2025-03-14T09:00:00+00:00. */
  startsAt: Scalars['String']['input'];
  /** 3–200 characters. */
  title: Scalars['String']['input'];
  /** Required when there is no host partner. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** Required (7–13) when the audience includes students; leave empty for teachers only. */
  yearGroups?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** The result of createEvent. */
export type CreateEventPayload = {
  __typename?: 'CreateEventPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The new DRAFT; null when refused. */
  event: Maybe<Event>;
  /** Clashes with participating partners' term calendars (never blocking); empty when refused. */
  warnings: Array<EventClash>;
};

/** A series: the same event on several dates (dates replace startsAt/endsAt of the input). */
export type CreateEventSeriesInput = {
  /** At least one aim the events serve. */
  aims: Array<Aim>;
  /** Who it is for: students need year groups, teachers only have none. */
  audience: Audience;
  /** Number of places at each event, 1–5000. */
  capacity: Scalars['Int']['input'];
  /**
   * 1 to 52 dates, one DRAFT each. All or nothing: a bad date refuses the whole series, its error's
   * field being `dates.<index>.startsAt` or `dates.<index>.endsAt`.
   */
  dates: Array<EventDateInput>;
  /** An ACTIVE partner; leave empty for an external venue. */
  hostPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of event it is. */
  kind: EventKind;
  /** Optional fair share at each event: at most this many places for any one partner's people. */
  partnerQuota?: InputMaybe<Scalars['Int']['input']>;
  /** Consents a student must have given to register; none when empty. */
  requiredConsents?: InputMaybe<Array<ConsentKind>>;
  /** 3–200 characters. */
  title: Scalars['String']['input'];
  /** Required when there is no host partner. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** Required (7–13) when the audience includes students; leave empty for teachers only. */
  yearGroups?: InputMaybe<Array<Scalars['Int']['input']>>;
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
  partner: Maybe<Partner>;
};

/** createSignInCode's answer. */
export type CreateSignInCodePayload = {
  __typename?: 'CreateSignInCodePayload';
  /** Shown once: give it to the person; it works once, within 15 minutes. */
  code: Maybe<Scalars['String']['output']>;
  /** Why no code was made (NOT_FOUND, PERSON_LEFT); empty when it was. */
  errors: Array<UserError>;
  /** ISO 8601 date-time the code stops working; null when refused. */
  expiresAt: Maybe<Scalars['String']['output']>;
};

/** A new standing group (no sessions or members yet). */
export type CreateStandingGroupInput = {
  /** The kind of its sessions. */
  kind: EventKind;
  /** 3 to 200 characters. */
  title: Scalars['String']['input'];
};

/** A new subject cluster. */
export type CreateSubjectClusterInput = {
  /** 1–120 characters. */
  name: Scalars['String']['input'];
  /** The phase it is for; omit for a cluster across phases. */
  phase?: InputMaybe<Phase>;
  /** 1–60 characters. */
  subject: Scalars['String']['input'];
};

/** A new survey for an event, created as DRAFT. */
export type CreateSurveyInput = {
  /** ISO date-time with offset, after opensAt. */
  closesAt: Scalars['String']['input'];
  /** The event, as evaluation has heard of it from events (UNKNOWN_EVENT otherwise). */
  eventId: Scalars['ID']['input'];
  /** Validated for at least one of the event's year groups (INSTRUMENT_OUTSIDE_AGE_BAND otherwise). */
  instrument: Instrument;
  /**
   * ISO date-time with offset, e.g. 2025-03-14T09:00:00+00:00. A PRE survey opens before the event
   * starts (TOO_LATE), a POST survey not before it ends (TOO_EARLY).
   */
  opensAt: Scalars['String']['input'];
  /** PRE or POST; an event has at most one survey of each phase per instrument (DUPLICATE_SURVEY). */
  phase: SurveyPhase;
};

/** The result of createSurvey. */
export type CreateSurveyPayload = {
  __typename?: 'CreateSurveyPayload';
  /** Why nothing was written; empty on success. */
  errors: Array<UserError>;
  /** The new DRAFT survey; null when there are errors. */
  survey: Maybe<Survey>;
};

/** A new offer to visit a school of the other sector, for the signed-in teacher. */
export type CreateSwapOfferInput = {
  /** ISO date, today or later (UK time). */
  availableFrom: Scalars['String']['input'];
  /** ISO date, on or after availableFrom. */
  availableTo: Scalars['String']['input'];
  /** 1–60. */
  maxTravelMiles: Scalars['Int']['input'];
  /** At most 1000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The phase or key stage the teacher teaches. */
  phase: Phase;
  /** 1–5 distinct subjects, each at most 60 characters. */
  subjects: Array<Scalars['String']['input']>;
};

/** The result of createSwapOffer. */
export type CreateSwapOfferPayload = {
  __typename?: 'CreateSwapOfferPayload';
  /** Why nothing was written; empty on success. */
  errors: Array<UserError>;
  /** The new OPEN offer; null when there are errors. */
  swapOffer: Maybe<SwapOffer>;
};

/** A new request to host a visitor from the other sector, for the signed-in teacher. */
export type CreateSwapRequestInput = {
  /** ISO date, today or later (UK time). */
  availableFrom: Scalars['String']['input'];
  /** ISO date, on or after availableFrom. */
  availableTo: Scalars['String']['input'];
  /** 1–60. */
  maxTravelMiles: Scalars['Int']['input'];
  /** At most 1000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The phase or key stage the teacher teaches. */
  phase: Phase;
  /** 1–5 distinct subjects, each at most 60 characters. */
  subjects: Array<Scalars['String']['input']>;
};

/** The result of createSwapRequest. */
export type CreateSwapRequestPayload = {
  __typename?: 'CreateSwapRequestPayload';
  /** Why nothing was written; empty on success. */
  errors: Array<UserError>;
  /** The new OPEN request; null when there are errors. */
  swapRequest: Maybe<SwapRequest>;
};

/**
 * A person as the subject of their personal data (UK GDPR): every service that holds personal data
 * contributes what it holds about them, one field per service. Keyed by the person's id only, so
 * what other services still hold is shown even when people no longer knows the person (erased).
 * Only the coordinator or the data protection lead may read the held data (FORBIDDEN otherwise).
 */
export type DataSubject = {
  __typename?: 'DataSubject';
  /** The access log in events: reads this person made of other people's data there. Newest first, at most 500; coordinator or data protection lead only. */
  eventsReadsBy: Array<AccessLogEntry>;
  /**
   * The access log in events: reads of this person's registrations (registers, check-in lists, exports) by
   * someone else — who, their roles, everyone the read named, the kind of data, when, which
   * operation (never the data). Newest first, at most 500. Coordinator or data protection lead only.
   */
  eventsReadsOf: Array<AccessLogEntry>;
  /** What communications: notifications, e-mail deliveries, notification preferences holds about this person, one part per table (parts with no records included). */
  heldByCommunications: Array<HeldDataPart>;
  /** What evaluation: survey invitations, the person's own survey responses (unlinkable in every report), attendance dose, teacher-swap reflections holds about this person, one part per table (parts with no records included). */
  heldByEvaluation: Array<HeldDataPart>;
  /** What events: registrations, attendance (check-in and check-out), roles at events, standing groups, ambassador offers and hours holds about this person, one part per table (parts with no records included). */
  heldByEvents: Array<HeldDataPart>;
  /** What partners-governance: group memberships, meeting attendance, actions, decisions, proposals holds about this person, one part per table (parts with no records included). */
  heldByPartnersGovernance: Array<HeldDataPart>;
  /** What people: profile, roles, contact details, consents, safeguarding check metadata, accounts and sessions holds about this person, one part per table (parts with no records included). */
  heldByPeople: Array<HeldDataPart>;
  /** What teacher-swap: offers, requests, swaps, reflections and subject cluster membership holds about this person, one part per table (parts with no records included). */
  heldByTeacherSwap: Array<HeldDataPart>;
  /** The person's id (a UUID). */
  id: Scalars['ID']['output'];
  /** The access log in people: reads this person made of other people's data there. Newest first, at most 500; coordinator or data protection lead only. */
  peopleReadsBy: Array<AccessLogEntry>;
  /**
   * The access log in people: reads of this person's consent records, consent state, safeguarding checks and contact details by
   * someone else — who, their roles, everyone the read named, the kind of data, when, which
   * operation (never the data). Newest first, at most 500. Coordinator or data protection lead only.
   */
  peopleReadsOf: Array<AccessLogEntry>;
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
  eventType: Maybe<Scalars['String']['output']>;
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
  oldestPendingAt: Maybe<Scalars['String']['output']>;
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
  abstentions: Maybe<Scalars['Int']['output']>;
  /** The agenda item it was taken under, if any. */
  agendaItemId: Maybe<Scalars['ID']['output']>;
  /** The decision's id. */
  id: Scalars['ID']['output'];
  /** The motion put. */
  motion: Scalars['String']['output'];
  /** What happened to it. */
  outcome: DecisionOutcome;
  /** The Student Voice proposal this decided, if any. */
  proposal: Maybe<StudentVoiceProposal>;
  /** Votes against, when counted. */
  votesAgainst: Maybe<Scalars['Int']['output']>;
  /** Votes for, when counted. */
  votesFor: Maybe<Scalars['Int']['output']>;
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
  decision: Maybe<Decision>;
  /** Why nothing changed. */
  errors: Array<UserError>;
};

/** The result of deleting a finance record. */
export type DeleteFinanceRecordPayload = {
  __typename?: 'DeleteFinanceRecordPayload';
  /** The id of the record deleted; null when refused. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why it was refused (nothing was deleted); empty on success. */
  errors: Array<UserError>;
};

/**
 * One e-mail in the delivery log, for the coordinator: who (as a person reference), what kind,
 * status, attempts and the last error. Never the message itself.
 */
export type Delivery = {
  __typename?: 'Delivery';
  /** How many times sending was tried (0 again after retryDelivery). */
  attempts: Scalars['Int']['output'];
  /** What the e-mail is about. */
  category: NotificationCategory;
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** The delivery's id (for retryDelivery); also in the e-mail's Message-ID. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed (no address or message content). */
  lastError: Maybe<Scalars['String']['output']>;
  /** Resolved by people; null when the caller may not see that person. */
  recipient: Maybe<Person>;
  /** ISO 8601 timestamp; null until sent. */
  sentAt: Maybe<Scalars['String']['output']>;
  /** Where it is in its delivery. */
  status: DeliveryStatus;
  /** The template's name, e.g. PLACE_OFFERED. */
  template: Scalars['String']['output'];
};

/** A page of the delivery log. */
export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  /** The deliveries on this page, newest first. */
  edges: Array<DeliveryEdge>;
  /** Whether another page follows, and the cursor to ask for it. */
  pageInfo: PageInfo;
};

/** A delivery and its cursor. */
export type DeliveryEdge = {
  __typename?: 'DeliveryEdge';
  /** Opaque; pass as `after` to continue after this delivery. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: Delivery;
};

/** How a category reaches you. */
export type DeliveryMode =
  /**
   * In the app as it happens; e-mails are held for a once-a-day digest. The digest sender is not
   * built yet: held e-mails (status DIGEST) are not sent.
   */
  | 'DAILY_DIGEST'
  /** In the app and by e-mail as it happens (adults; students are told in the app only). */
  | 'IMMEDIATE'
  /** In the app only, no e-mail. */
  | 'IN_APP_ONLY';

/** Where an e-mail is in its delivery. */
export type DeliveryStatus =
  /** Every attempt failed; the coordinator may retry it. */
  | 'DEAD'
  /** Held for the recipient's daily digest (the digest sender is not built yet, so it is not sent). */
  | 'DIGEST'
  /** Queued, not yet tried. */
  | 'PENDING'
  /** Tried and failed; another attempt is scheduled with backoff. */
  | 'RETRYING'
  /** Accepted by the SMTP server. */
  | 'SENT'
  /** Not sent: the person has no e-mail address on record (or, for a password reset, the request was used or has expired). */
  | 'SKIPPED';

/** Students by how many events they attended in the academic year (bands overlap: 4+ is within 2+). */
export type DoseBand =
  /** Every respondent, including those with no attendance recorded. */
  | 'ALL'
  /** Students who attended four or more events in the academic year (also counted in TWO_PLUS). */
  | 'FOUR_PLUS'
  /** Students who attended exactly one event in the academic year. */
  | 'ONE'
  /** Students who attended two or more events in the academic year (repeat attenders). */
  | 'TWO_PLUS';

/** The end of a person's membership of a group. */
export type EndGroupMembershipInput = {
  /** The open membership to end. */
  membershipId: Scalars['ID']['input'];
  /** ISO date it ends; defaults to today. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** erasePerson's answer. */
export type ErasePersonPayload = {
  __typename?: 'ErasePersonPayload';
  /** The id of the person erased; null when refused. */
  erasedId: Maybe<Scalars['ID']['output']>;
  /** Why the request was refused (NOT_FOUND); empty when the person was erased. */
  errors: Array<UserError>;
};

/** An event in the partnership's programme. Owned by events; evaluation contributes its surveys. */
export type Event = {
  __typename?: 'Event';
  /** The partnership aims the event serves; the annual report groups evidence by these. */
  aims: Array<Aim>;
  /**
   * Slots offered and accepted. Those who manage the event; null with a FORBIDDEN error for everyone
   * else.
   */
  ambassadorOffers: Maybe<Array<AmbassadorOffer>>;
  /** Ambassador slots the event wants (0 when none). Signed-in callers. */
  ambassadorSlots: Scalars['Int']['output'];
  /**
   * Who the event is for: it decides who may register. Students must be in one of the year groups;
   * teachers, heads and champions count as teachers; anyone else (ambassadors, finance, associates)
   * cannot register.
   */
  audience: Audience;
  /** Set when CANCELLED. */
  cancelReason: Maybe<Scalars['String']['output']>;
  /**
   * How many places the event has (1–5000). When they are all held (registeredCount), or a
   * partner's quota is used up, a new registrant joins the waitlist.
   */
  capacity: Scalars['Int']['output'];
  /**
   * Days of the event on which a participating partner (the host, and every partner whose people
   * hold or wait for a place) has a holiday, an INSET day or an exam period, from the term
   * calendars partners-governance publishes. Warnings only: nothing is refused.
   */
  clashWarnings: Array<EventClash>;
  /** The event this one was copied from. */
  copiedFrom: Maybe<Event>;
  /** ISO date-time with offset; always after startsAt. */
  endsAt: Scalars['String']['output'];
  /** Pre/post change of this event's respondents. Coordinator, heads and champions; null for others. */
  evaluation: Maybe<EventEvaluation>;
  /**
   * The partner hosting the event, resolved by partners-governance; null when it is held at an
   * external venue, or when partners-governance does not know the partner.
   */
  hostPartner: Maybe<Partner>;
  /** The event's id (a UUID). */
  id: Scalars['ID']['output'];
  /** What sort of event it is; CPD, TEACHMEET, SUBJECT_CLUSTER and TEACHER_SWAP_VISIT count as CPD. */
  kind: EventKind;
  /** At most this many places for the people of any one partner; null when there is no quota. */
  partnerQuota: Maybe<Scalars['Int']['output']>;
  /** The Student Voice proposal the event came from. */
  proposalId: Maybe<Scalars['ID']['output']>;
  /** Places held (registered, offered, attended or no-show). */
  registeredCount: Scalars['Int']['output'];
  /**
   * Coordinator, a teacher, champion or head of the host partner, or an organiser or teacher in
   * charge of this event (from any partner). Null, with a FORBIDDEN error for this field only, for
   * everyone else.
   */
  registrations: Maybe<Array<Registration>>;
  /** Consents a student must have given to take a place. */
  requiredConsents: Array<ConsentKind>;
  /** Organisers, student organisers, teachers in charge and ambassadors. Signed-in callers. */
  roles: Array<EventRole>;
  /** Events created together on several dates share a series id. */
  seriesId: Maybe<Scalars['ID']['output']>;
  /** The standing group this event is a session of; null for a one-off event. */
  standingGroup: Maybe<StandingGroup>;
  /** ISO date-time with offset. */
  startsAt: Scalars['String']['output'];
  /**
   * DRAFT → PUBLISHED → COMPLETED, or CANCELLED (from DRAFT or PUBLISHED). Drafts and cancelled
   * events are listed only to the coordinator and champions; by id the event's organisers and
   * student organisers see them too, and a registration always shows its own event.
   */
  status: EventStatus;
  /** Surveys of this event the caller may see, PRE first. */
  surveys: Array<Survey>;
  /** What the event is called in the programme (3–200 characters). */
  title: Scalars['String']['output'];
  /**
   * Per participating partner (with travel planned or students registered): mode, pick-up, seats,
   * registered students and distance to the venue. Those who manage the event and its teachers in
   * charge; null with a FORBIDDEN error for everyone else.
   */
  transportList: Maybe<Array<TransportListEntry>>;
  /**
   * The event's total travel cost in pence (0 when none is planned). Finance, and those who may read
   * the transport list; null with a FORBIDDEN error for everyone else.
   */
  travelCostPence: Maybe<Scalars['Int']['output']>;
  /** Where it happens: a room at the host, or the external venue's name. */
  venue: Maybe<Scalars['String']['output']>;
  /** People waiting for a place (WAITLISTED). */
  waitlistCount: Scalars['Int']['output'];
  /** School year groups (7–13) the event is for; empty when the audience is teachers only. */
  yearGroups: Array<Scalars['Int']['output']>;
};

/** An event falls on a participating partner's holiday, INSET day or exam period. */
export type EventClash = {
  __typename?: 'EventClash';
  /** ISO date it ends (inclusive). */
  endsOn: Scalars['String']['output'];
  /** What the clashing days are: a holiday, an INSET day or an exam period. */
  kind: ClashKind;
  /** A sentence to show the organiser. */
  message: Scalars['String']['output'];
  /** The participating partner whose calendar clashes; null when partners-governance does not know it. */
  partner: Maybe<Partner>;
  /** ISO date the clashing range begins (inclusive). */
  startsOn: Scalars['String']['output'];
};

/** A page of the programme, in start order. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events of this page, in start order. */
  edges: Array<EventEdge>;
  /** Where the page ends: pass its endCursor as `after` for the next page. */
  pageInfo: PageInfo;
};

/** One date of a series. */
export type EventDateInput = {
  /** ISO date-time with offset, after startsAt. */
  endsAt: Scalars['String']['input'];
  /** ISO date-time with offset. */
  startsAt: Scalars['String']['input'];
};

/** One event on a page, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque; pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** What the partnership's evaluation shows about one event. */
export type EventEvaluation = {
  __typename?: 'EventEvaluation';
  /** By instrument and dose band; respondents of the caller's partner for heads and champions. */
  cells: Array<ImpactCell>;
};

/** What sort of event it is. */
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

/** The result of updateEvent, cancelEvent, completeEvent or copyEvent. */
export type EventPayload = {
  __typename?: 'EventPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The event as changed (for copyEvent, the new copy); null when refused. */
  event: Maybe<Event>;
  /** Clashes with participating partners' term calendars (never blocking); empty when refused. */
  warnings: Array<EventClash>;
};

/** A person's role at an event. */
export type EventRole = {
  __typename?: 'EventRole';
  /**
   * Resolved by people; null when the caller may not see that person (people's rules: an event's
   * registrants see its adult organisers and teachers in charge, not its ambassadors).
   */
  person: Maybe<Person>;
  /** Which role the person holds. */
  role: EventRoleKind;
};

/** A role a person holds at one event, besides taking part in it. */
export type EventRoleKind =
  /** An undergraduate ambassador: needs a safeguarding check valid on the day. */
  | 'AMBASSADOR'
  /**
   * Runs the event (staff of any partner): manages it as the host's champions and head do (edit,
   * publish, cancel, complete, give roles), runs check-in and sees who is registered.
   */
  | 'ORGANISER'
  /**
   * A Student Voice student helping to organise (the proposers of an approved proposal): sees the
   * event, a draft too, and its roles; not a staff role, so never manages, publishes or edits the
   * event, nor sees who is registered.
   */
  | 'STUDENT_ORGANISER'
  /**
   * The teacher responsible at the event (staff): runs check-in, sees who is registered and plans
   * travel, but does not manage the event.
   */
  | 'TEACHER_IN_CHARGE';

/** The result of createEventSeries. */
export type EventSeriesPayload = {
  __typename?: 'EventSeriesPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The new drafts, one per date, in the order given; empty when refused. */
  events: Array<Event>;
};

/** Where an event is in its life. */
export type EventStatus =
  /** Called off (see cancelReason): its registrations stay as they were, and it cannot be changed. */
  | 'CANCELLED'
  /**
   * Over and closed by whoever manages it: everyone still REGISTERED became NO_SHOW. Check-in stays
   * open until a day after the end, to correct attendance.
   */
  | 'COMPLETED'
  /** Being prepared: not on the published programme, and nobody can register. */
  | 'DRAFT'
  /** On the programme for every signed-in caller; open for registration until it starts. */
  | 'PUBLISHED';

/** The result of setEventTravel. */
export type EventTravelPayload = {
  __typename?: 'EventTravelPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The partner's line of the transport list, as planned; null when refused. */
  travel: Maybe<TransportListEntry>;
};

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
  expense: Maybe<Expense>;
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
  actor: Maybe<Person>;
  /** The person (or API key) who made the change: an id, never a name; it stays after erasure. */
  actorId: Scalars['ID']['output'];
  /** The actor's roles at the time. */
  actorRoles: Array<Scalars['String']['output']>;
  /** The record after the change as JSON text; null for DELETE. */
  after: Maybe<Scalars['String']['output']>;
  /** ISO 8601 timestamp, set by the database. */
  at: Scalars['String']['output'];
  /** The record before the change as JSON text; null for CREATE. */
  before: Maybe<Scalars['String']['output']>;
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
  closedAt: Maybe<Scalars['String']['output']>;
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
  budgetLineId: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<ExpenseStatus>;
};

/** The result of a change to a finance period. */
export type FinancePeriodPayload = {
  __typename?: 'FinancePeriodPayload';
  /** Why it was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
  /** The period as changed; null when refused. */
  period: Maybe<FinancePeriod>;
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

/**
 * What a focus group said, in the facilitator's words, tagged with aims and themes. About a group:
 * a participant count, never names. Coordinator; the partner's own heads and champions.
 */
export type FocusGroupNote = {
  __typename?: 'FocusGroupNote';
  /** The aims the discussion bore on (at least one). */
  aims: Array<Aim>;
  /**
   * The event discussed, resolved by events; null for a note about a term or the programme, or when
   * the caller may not see that event.
   */
  event: Maybe<Event>;
  /** YYYY-MM-DD. */
  heldOn: Scalars['String']['output'];
  /** The note's id. */
  id: Scalars['ID']['output'];
  /** How many took part (at least 1); never who. */
  participantCount: Scalars['Int']['output'];
  /**
   * Whose students took part, resolved by partners-governance; null for a partnership-wide group,
   * or when partners-governance does not know the partner.
   */
  partner: Maybe<Partner>;
  /** ISO date-time with offset. */
  recordedAt: Scalars['String']['output'];
  /**
   * What the group said, in the facilitator's words (at most 5000 characters). Written to name no
   * one; deleted five years after it was recorded.
   */
  summary: Scalars['String']['output'];
  /** Lower-case free tags. */
  themes: Array<Scalars['String']['output']>;
};

/** A page of focus group notes. */
export type FocusGroupNoteConnection = {
  __typename?: 'FocusGroupNoteConnection';
  /** The notes of this page, most recently held first. */
  edges: Array<FocusGroupNoteEdge>;
  /** Whether another page follows, and where it starts. */
  pageInfo: PageInfo;
};

/** One focus group note and its cursor. */
export type FocusGroupNoteEdge = {
  __typename?: 'FocusGroupNoteEdge';
  /** Opaque; pass as `after` to continue after this note. */
  cursor: Scalars['String']['output'];
  /** The note. */
  node: FocusGroupNote;
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
  group: Maybe<GovernanceGroup>;
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
  partner: Maybe<Partner>;
  /** The member (resolved by people; null when the caller may not see them). */
  person: Maybe<Person>;
  /** Their role in the group. */
  role: MembershipRole;
  /** ISO date it ended; null while open. */
  to: Maybe<Scalars['String']['output']>;
};

/** The result of adding a member to a group or ending a membership. */
export type GroupMembershipPayload = {
  __typename?: 'GroupMembershipPayload';
  /** Why nothing changed. */
  errors: Array<UserError>;
  /** The membership, on success. */
  membership: Maybe<GroupMembership>;
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
  retainDays: Maybe<Scalars['Int']['output']>;
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
  value: Maybe<Scalars['String']['output']>;
};

/** One record held about a person: its fields by name (secret hashes are left out). */
export type HeldRecord = {
  __typename?: 'HeldRecord';
  /** The record's fields, in the table's column order. */
  fields: Array<HeldField>;
};

/**
 * Mean paired change (post − pre) of one group, instrument and dose band. Cells of fewer than 10
 * people are suppressed: n and every statistic are null. So is a cell that would let a suppressed
 * one be recovered by subtraction within the same report (ALL − ONE = TWO_PLUS): the smaller of its
 * published complements.
 */
export type ImpactCell = {
  __typename?: 'ImpactCell';
  /** Starting year of the academic year of the events answered about (2025 is 2025–26). */
  academicYear: Scalars['Int']['output'];
  /** Upper end of the 95% confidence interval of meanChange (Student's t); null when suppressed. */
  ciHigh: Maybe<Scalars['Float']['output']>;
  /** Lower end of the 95% confidence interval of meanChange (Student's t); null when suppressed. */
  ciLow: Maybe<Scalars['Float']['output']>;
  /** Which respondents the cell counts, by events attended in the academic year. */
  doseBand: DoseBand;
  /** Event id, aim, partner id, sector or academic year (2025 = 2025/26); null when unknown. */
  groupKey: Maybe<Scalars['String']['output']>;
  /** The group's readable name: event title, aim, partner name, sector or academic year (2025/26); null when unknown. */
  groupLabel: Maybe<Scalars['String']['output']>;
  /** The grouping of the report this cell belongs to. */
  grouping: ImpactGrouping;
  /** The instrument of this cell's scores; each instrument has its own cells. */
  instrument: Instrument;
  /** The instrument's copyright or citation line: show it with the figures. */
  licenceNotice: Maybe<Scalars['String']['output']>;
  /** Mean change (post − pre) on the instrument's own scale; null when suppressed. */
  meanChange: Maybe<Scalars['Float']['output']>;
  /** People in the cell, each counted once (with the mean of their changes); null when suppressed. */
  n: Maybe<Scalars['Int']['output']>;
  /** Sample standard deviation of the changes; null when suppressed. */
  sd: Maybe<Scalars['Float']['output']>;
  /** True when the cell is hidden: fewer than 10 people, or hidden so that such a cell cannot be worked out. */
  suppressed: Scalars['Boolean']['output'];
  /** Fewer than 30 people: too few to conclude. */
  tooFewToConclude: Scalars['Boolean']['output'];
};

/** How an impact report groups its cells. */
export type ImpactGrouping =
  /** One group per aim of the events (an event serving several aims counts under each). */
  | 'AIM'
  /** One group per event (key: the event id; label: its title). */
  | 'EVENT'
  /** One group per respondent's school (key: the partner id; label: its name). */
  | 'PARTNER'
  /** One group per sector of the respondent's school (STATE, INDEPENDENT, …). */
  | 'SECTOR'
  /** One group per academic year (key 2025, label 2025/26). */
  | 'YEAR';

/**
 * Pre/post change in students' scores, grouped one way, by academic year, instrument and dose band.
 * Aggregates only: no cell shows or points to a person (see ImpactCell for suppression).
 */
export type ImpactReport = {
  __typename?: 'ImpactReport';
  /** Null for every year. */
  academicYear: Maybe<Scalars['Int']['output']>;
  /** One cell per group, academic year, instrument and dose band, by year, group, instrument and band. */
  cells: Array<ImpactCell>;
  /** The cells as CSV (a suppressed cell shows n as <10, or as suppressed when it was hidden only to protect a smaller one). */
  csv: Scalars['String']['output'];
  /** How the cells are grouped. */
  grouping: ImpactGrouping;
  /** How the confidence interval is computed. */
  method: Scalars['String']['output'];
  /** Null for all partners. */
  partnerId: Maybe<Scalars['ID']['output']>;
};

/** A yearly impact summary (by aim); associates see it once published. */
export type ImpactSummary = {
  __typename?: 'ImpactSummary';
  /** Starting year of the academic year summarised (2025 is 2025–26). */
  academicYear: Scalars['Int']['output'];
  /** ISO date-time with offset; null while unpublished. */
  publishedAt: Maybe<Scalars['String']['output']>;
  /**
   * The year's impact report by aim, over every partner. Computed from the responses held when it is
   * read, not frozen at publication.
   */
  report: ImpactReport;
};

/** A roster CSV for importRoster. */
export type ImportRosterInput = {
  /** The CSV text: a header row first; UTF-8, a byte-order mark and CRLF line ends are fine; at most 3,000 rows and 1,000,000 characters. */
  csv: Scalars['String']['input'];
  /** True (the default): report what would happen and write nothing. False: apply it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the file lists students or staff (the columns differ). */
  kind: RosterKind;
  /** The school whose roster this is: a champion imports their own partner's only. */
  partnerId: Scalars['ID']['input'];
};

/** importRoster's answer. */
export type ImportRosterPayload = {
  __typename?: 'ImportRosterPayload';
  /** Why nothing was imported (the file as a whole, or the partner); a row's problem is in the report instead. Empty otherwise. */
  errors: Array<UserError>;
  /** What the import did or would do; null when refused. */
  report: Maybe<RosterImportReport>;
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

/**
 * A questionnaire in evaluation's registry (`instruments` gives each one's items, age band, scoring
 * rule and licence notice). Scores of different instruments are never pooled or compared.
 */
export type Instrument =
  /** Brief Resilience Scale: 6 items, 1–5 each, items 2, 4 and 6 reversed (6 − x); the mean, 1–5. No age band is enforced. */
  | 'BRIEF_RESILIENCE'
  /**
   * The partnership's own Likert confidence items (1–5 each; the mean, 1–5), for any age. Not a
   * validated scale: used for teachers' events and for year-group mixes no validated scale covers.
   */
  | 'CUSTOM'
  /** Stirling Children's Wellbeing Scale: 12 items, 1–5 each; the sum, 12–60. Validated for ages 8–15. */
  | 'STIRLING'
  /** Short Warwick-Edinburgh Mental Wellbeing Scale: 7 items, 1–5 each; the raw sum (7–35) converted to the metric score. Validated for ages 15–21. */
  | 'SWEMWBS'
  /** Warwick-Edinburgh Mental Wellbeing Scale: 14 items, 1–5 each; the sum, 14–70. Validated from age 13. */
  | 'WEMWBS';

/** A validated questionnaire in the registry. Never mix instruments in one trend line. */
export type InstrumentInfo = {
  __typename?: 'InstrumentInfo';
  /** The instrument's code, as surveys and reports name it. */
  code: Instrument;
  /**
   * Number of scored items, each answered on a 1–5 scale (CUSTOM has a fixed set of confidence
   * items too). The free-text reflection question every survey asks comes on top and is not counted.
   */
  itemCount: Maybe<Scalars['Int']['output']>;
  /** The copyright or citation line to show with the instrument. */
  licenceNotice: Maybe<Scalars['String']['output']>;
  /** Oldest age the instrument is validated for, when it has an upper bound. */
  maxAge: Maybe<Scalars['Int']['output']>;
  /** Youngest age the instrument is validated for, when it has a lower bound. */
  minAge: Maybe<Scalars['Int']['output']>;
  /** The instrument's full name, e.g. Short Warwick-Edinburgh Mental Wellbeing Scale. */
  name: Scalars['String']['output'];
  /** Highest possible score, on the instrument's own scale. */
  scoreMax: Scalars['Float']['output'];
  /** Lowest possible score, on the instrument's own scale. */
  scoreMin: Scalars['Float']['output'];
  /** How a response is scored. Incomplete responses get no score (never prorated). */
  scoringRule: Scalars['String']['output'];
};

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
  apiKey: Maybe<ApiKey>;
  /** Why the key was not issued (nothing was created); empty on success. */
  errors: Array<UserError>;
  /** The full key (`ekst_live_<id>_<secret>`): give it to the partner now; it cannot be read again. */
  secret: Maybe<Scalars['String']['output']>;
};

/** The result of leaveStandingGroup. */
export type LeaveStandingGroupPayload = {
  __typename?: 'LeaveStandingGroupPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The group; null when refused. */
  standingGroup: Maybe<StandingGroup>;
  /** Registrations for sessions that have not started, now CANCELLED. */
  withdrawn: Array<Registration>;
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
  levyInvoice: Maybe<LevyInvoice>;
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
  levyPayment: Maybe<LevyPayment>;
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

/** markNotificationsRead's answer. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** Why nothing was marked (INVALID, NOT_FOUND); empty when done. */
  errors: Array<UserError>;
  /** Unread notifications left in the caller's inbox; null when rejected. */
  unreadCount: Maybe<Scalars['Int']['output']>;
};

/** Which hard rules a pair passed and how its score was made. */
export type MatchExplanation = {
  __typename?: 'MatchExplanation';
  /** Date overlap: 25 × overlap days / 10 (capped at 1), 0–25 points. */
  datesScore: Scalars['Float']['output'];
  /** Straight-line (great-circle) distance between the two schools, in miles to one decimal place. */
  distanceMiles: Maybe<Scalars['Float']['output']>;
  /** Distance: 20 × (1 − miles / the tighter of the two travel limits), 0–20 points. */
  distanceScore: Scalars['Float']['output'];
  /** Days both date windows share, both ends included. */
  overlapDays: Scalars['Int']['output'];
  /** One sentence per hard rule the pair passed, in the order they are checked. */
  rules: Array<Scalars['String']['output']>;
  /** Subject fit: 40 × the share of the two subject lists in common (Jaccard), 0–40 points. */
  subjectScore: Scalars['Float']['output'];
  /** The sum of the four parts, out of 100; the matching round maximises the sum over all pairs. */
  total: Scalars['Float']['output'];
  /** How long the listings have waited: 15 × the mean of both waits, each as a share of 90 days (capped at 1), 0–15 points. */
  waitingScore: Scalars['Float']['output'];
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
  onlineUrl: Maybe<Scalars['String']['output']>;
  /** How many partners the group's quorum rule needs at this meeting. */
  partnersNeeded: Scalars['Int']['output'];
  /** The member partners with at least one person present: quorum counts these, not people. */
  partnersRepresented: Array<Partner>;
  /** Where, if in person. */
  place: Maybe<Scalars['String']['output']>;
  /** Whether enough member partners are represented under the group's quorum rule. */
  quorate: Scalars['Boolean']['output'];
  /** ISO 8601 date-time it starts. */
  startsAt: Scalars['String']['output'];
};

/** One line of a meeting's attendance. */
export type MeetingAttendance = {
  __typename?: 'MeetingAttendance';
  /** The partner they represented. */
  partner: Maybe<Partner>;
  /** The attendee (resolved by people; null when the caller may not see them). */
  person: Maybe<Person>;
  /** Present or apologies. */
  status: AttendanceStatus;
};

/** The result of a change to a meeting (scheduling, agenda, attendance or minutes). */
export type MeetingPayload = {
  __typename?: 'MeetingPayload';
  /** Why nothing changed. */
  errors: Array<UserError>;
  /** The meeting, on success. */
  meeting: Maybe<Meeting>;
};

/** One stretch of a partner's membership of the partnership. */
export type MembershipPeriod = {
  __typename?: 'MembershipPeriod';
  /** ISO date the period began. */
  joinedOn: Scalars['String']['output'];
  /** Why the partner left. Coordinator, heads and champions only; null for anyone else. */
  leavingReason: Maybe<Scalars['String']['output']>;
  /** ISO date of its last day; null while it is open. */
  leftOn: Maybe<Scalars['String']['output']>;
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
  signedBy: Maybe<Person>;
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
  signature: Maybe<MouSignature>;
};

/** A version of the partnership's Memorandum of Understanding. */
export type MouVersion = {
  __typename?: 'MouVersion';
  /** The agreement's text, when it is held here. */
  body: Maybe<Scalars['String']['output']>;
  /** Where the signed document is kept (a file reference or URL), when it is held elsewhere. */
  documentRef: Maybe<Scalars['String']['output']>;
  /** ISO date the version takes effect. */
  effectiveFrom: Scalars['String']['output'];
  /** ISO date it ends, if set. */
  effectiveTo: Maybe<Scalars['String']['output']>;
  /** The version's id. */
  id: Scalars['ID']['output'];
  /** Exactly one version is current: the latest published. */
  isCurrent: Scalars['Boolean']['output'];
  /** ISO date by which the partnership should renew it, if set. */
  renewalDueOn: Maybe<Scalars['String']['output']>;
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
  mouVersion: Maybe<MouVersion>;
};

/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The ambassador the slot was offered to (FORBIDDEN otherwise). Takes the AMBASSADOR role at the
   * event, if their safeguarding check is still valid on the day.
   */
  acceptAmbassadorSlot: AmbassadorOfferPayload;
  /** The coordinator or a member of the meeting's group. Announces ActionItemChanged. */
  addActionItem: ActionItemPayload;
  /** The coordinator or a member of the meeting's group. */
  addAgendaItem: MeetingPayload;
  /** A member or the coordinator shares a resource in the cluster. */
  addClusterResource: ClusterResourcePayload;
  /** Coordinator any group; a head their partner's people to Management or Student Voice; a champion to Student Voice. Announces GroupMembershipChanged (people follows it with the governing role). */
  addGroupMember: GroupMembershipPayload;
  /**
   * The coordinator (FORBIDDEN otherwise). Makes DRAFT or PUBLISHED events sessions of the group and
   * registers every current member for the PUBLISHED ones that have not started (a draft is reported
   * in `skipped`: add it again once published). Idempotent.
   */
  addStandingGroupSessions: StandingGroupRegistrationsPayload;
  /**
   * The coordinator or the cluster's lead adds a teacher (known to teacher swaps, with role
   * TEACHER); only the coordinator may make them a lead.
   */
  addSubjectClusterMember: SubjectClusterPayload;
  /**
   * Coordinator only: tag a quote with themes and clear it (or not) for the annual report. Errors:
   * NOT_FOUND, INVALID. Nothing is written when there is an error.
   */
  annotateStudentVoice: AnnotateStudentVoicePayload;
  /**
   * The data protection lead or the coordinator applies an open request: the person's record is
   * changed through updatePerson's rules (PersonUpdated is announced), and the request is APPLIED
   * with who and when, in one transaction. A request already handled is ALREADY_HANDLED and nothing
   * changes; a value that no longer passes the rules leaves the request open. FORBIDDEN for anyone else.
   */
  applyRectification: RectificationPayload;
  /** The head of the host or of the visiting school approves for their school; both make it APPROVED. */
  approveSwap: SwapPayload;
  /**
   * Who manages the event: the coordinator, the host partner's champions and head, or an organiser
   * of the event (FORBIDDEN otherwise).
   */
  assignEventRole: AssignEventRolePayload;
  /**
   * Who manages the event: the coordinator, the host partner's champions and head, or an organiser
   * of the event (FORBIDDEN otherwise). DRAFT or PUBLISHED → CANCELLED; announces EventCancelled.
   */
  cancelEvent: EventPayload;
  /** The person, their partner's teachers, champions and head, or the coordinator. Frees a place for the waitlist. */
  cancelRegistration: RegistrationPayload;
  /** The coordinator, or an organiser or teacher in charge of the event. By person or check-in code. */
  checkIn: AttendancePayload;
  /**
   * Records when someone checked in leaves. The same callers and opening hours as checkIn; not
   * announced (attendance is counted at check-in).
   */
  checkOut: AttendancePayload;
  /** Makes every record of the year read-only. */
  closeFinancePeriod: FinancePeriodPayload;
  /**
   * Who manages the event: the coordinator, the host partner's champions and head, or an organiser
   * of the event (FORBIDDEN otherwise); after the end. Marks no-shows; announces EventCompleted with
   * attendees.
   */
  completeEvent: EventPayload;
  /** The coordinator or the host head, once it has happened; emits SwapCompleted. */
  completeSwap: SwapPayload;
  /** Confirms an OFFERED place before its deadline. Same people as cancelRegistration. */
  confirmPlace: RegistrationPayload;
  /** The host school's head confirms in writing the visitor's checks; refused without a valid check (NO_VALID_CHECK). */
  confirmSwapChecks: SwapPayload;
  /**
   * Same callers as createEvent at the earlier event's host (FORBIDDEN otherwise). A new DRAFT like
   * the earlier event, on a new date.
   */
  copyEvent: EventPayload;
  /** Adds a budget line. Like every finance change: the Finance Group and the coordinator only, PERIOD_CLOSED in a closed period, audited. */
  createBudgetLine: BudgetLinePayload;
  /**
   * PERSON: the caller's own events; PARTNER: their partner's (staff) or any (coordinator); PROGRAMME:
   * every published event, for any signed-in person. The feed URL is /calendars/<token>.ics.
   */
  createCalendarFeed: CreateCalendarFeedPayload;
  /**
   * The coordinator (any host or external venue), or a champion for an event hosted by their own
   * partner (FORBIDDEN otherwise). Creates a DRAFT and announces EventScheduled.
   */
  createEvent: CreateEventPayload;
  /** Same callers as createEvent. One DRAFT per date, sharing a series id. */
  createEventSeries: EventSeriesPayload;
  /** Opens the accounts of an academic year (FINANCE_DUPLICATE if it exists). */
  createFinancePeriod: FinancePeriodPayload;
  /** Coordinator only: a working group of kind OTHER (the four standing groups exist already). */
  createGovernanceGroup: GovernanceGroupPayload;
  /** Issues a partner's levy invoice. */
  createLevyInvoice: LevyInvoicePayload;
  /** Coordinator only. Announces PartnerJoined to every service. */
  createPartner: CreatePartnerPayload;
  /**
   * The coordinator; heads and champions for their partner's people (never a coordinator's
   * account); teachers for their partner's students. NOT_FOUND for someone the caller cannot see;
   * PERSON_LEFT for a leaver. Makes any earlier unused code of the person stop working.
   */
  createSignInCode: CreateSignInCodePayload;
  /** The coordinator (FORBIDDEN otherwise). */
  createStandingGroup: StandingGroupPayload;
  /** The coordinator creates a subject cluster. */
  createSubjectCluster: SubjectClusterPayload;
  /**
   * Coordinator, heads and champions. One survey per event, phase and instrument; a POST survey opens
   * once the event has ended, a PRE survey before it starts. Created as DRAFT; the survey-windows job
   * opens it when its opensAt comes (or openSurvey opens it now) and closes it at closesAt.
   */
  createSurvey: CreateSurveyPayload;
  /** A teacher offers a swap for themself; their partner must be a state or independent school. */
  createSwapOffer: CreateSwapOfferPayload;
  /** A teacher asks to host a visitor, for themself; same rules as an offer. */
  createSwapRequest: CreateSwapRequestPayload;
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
  /** The coordinator only. Deletes the person everywhere (PersonErased), keeping only what the retention policy names. */
  erasePerson: ErasePersonPayload;
  /**
   * The coordinator, or a champion of the partner: a roster CSV, as a dry run (the default: a
   * report, nothing written) or applied in one transaction (refused rows left out; PersonRegistered
   * and PersonUpdated announced). Re-importing the same file changes nothing. Errors on `csv`:
   * DATE_OF_BIRTH_COLUMN (the whole file refused), INVALID (not CSV, too large, a column a roster
   * does not hold); UNKNOWN_PARTNER, PARTNER_LEFT.
   */
  importRoster: ImportRosterPayload;
  /** Coordinator only. Issues a key to an associate partner; the full key is in the payload this once. */
  issueApiKey: IssueApiKeyPayload;
  /**
   * The same callers as registerForEvent for this person. Joins the group once and registers the
   * person for every session that has not started, with the same capacity and eligibility rules as
   * registerForEvent (idempotent: joining again registers only what is missing).
   */
  joinStandingGroup: StandingGroupRegistrationsPayload;
  /** A teacher joins a cluster for themself (ALREADY_MEMBER if they have). */
  joinSubjectCluster: SubjectClusterPayload;
  /**
   * The same callers as cancelRegistration for this person. Leaves the group and cancels the
   * person's registrations for sessions that have not started; attended sessions stay.
   */
  leaveStandingGroup: LeaveStandingGroupPayload;
  /** A member leaves a cluster (NOT_A_MEMBER if they are not one). */
  leaveSubjectCluster: SubjectClusterPayload;
  /**
   * Those who manage the event (FORBIDDEN otherwise). Records (or corrects) the minutes an
   * ambassador at the event worked, 1 to 1440, once the event has started.
   */
  logAmbassadorHours: AmbassadorHoursPayload;
  /**
   * Marks the caller's own notifications read: those in `ids`, or all of them with `all: true`.
   * Ids that are not the caller's are NOT_FOUND and nothing is marked.
   */
  markNotificationsRead: MarkNotificationsReadPayload;
  /**
   * Those who manage the event (FORBIDDEN otherwise). Offers a slot to an ambassador who is available
   * for the whole event and whose safeguarding check is valid on its last day (idempotent).
   */
  offerAmbassadorSlot: AmbassadorOfferPayload;
  /**
   * Coordinator, heads and champions. Opens a DRAFT survey now: a PRE survey before its event
   * starts (anyone may then answer it), a POST survey once the event has ended (attendees are
   * invited when the event completes). Errors: NOT_FOUND, NOT_DRAFT, TOO_EARLY (POST before the
   * end), TOO_LATE (PRE after the start), EVENT_CANCELLED, WINDOW_ENDED (its closesAt has passed).
   * Nothing changes on error.
   */
  openSurvey: OpenSurveyPayload;
  /**
   * Posts an announcement: the coordinator and heads to anyone; a champion to their own partner
   * or their partner's events (TARGET_NOT_ALLOWED otherwise). Others are FORBIDDEN. A partner or
   * event this service does not know is NOT_FOUND, and nothing is posted.
   */
  postAnnouncement: PostAnnouncementPayload;
  /** A student who is a Student Voice member, with co-proposers from the group. */
  proposeStudentVoiceEvent: StudentVoiceProposalPayload;
  /** The coordinator pins a pair by hand; the hard rules still apply (HARD_RULE_BROKEN). */
  proposeSwap: SwapPayload;
  /**
   * Who manages the event: the coordinator, the host partner's champions and head, or an organiser
   * of the event (FORBIDDEN otherwise). DRAFT → PUBLISHED only; announces EventScheduled.
   */
  publishEvent: PublishEventPayload;
  /** Coordinator: publish (or republish) the summary of an academic year to associates. */
  publishImpactSummary: PublishImpactSummaryPayload;
  /** Coordinator only. The new version becomes the current one; announces MouVersionPublished. */
  publishMouVersion: MouVersionPayload;
  /** The ambassador themself or the coordinator (FORBIDDEN otherwise). */
  recordAmbassadorAvailability: AmbassadorAvailabilityPayload;
  /** Coordinator only: records an application received from an organisation. */
  recordAssociateApplication: AssociateApplicationPayload;
  /** The coordinator or a member of the meeting's group. */
  recordAttendance: MeetingPayload;
  /**
   * The coordinator, or a head or champion of the person's partner. The person themself may record
   * their own REFUSED or WITHDRAWN (givenBy STUDENT or SELF, method ONLINE, no givenAt), never
   * GRANTED (FORBIDDEN). Someone the caller may not see is NOT_FOUND, like an unknown id. Announces
   * ConsentChanged when the state changes.
   */
  recordConsent: RecordConsentPayload;
  /** Coordinator only: records what an associate partner contributed. */
  recordContribution: ContributionPayload;
  /** The coordinator or a member of the meeting's group; anyone else gets NOT_A_GROUP_MEMBER. */
  recordDecision: DecisionPayload;
  /** Records an expense against a budget line. */
  recordExpense: ExpensePayload;
  /**
   * Coordinator (any partner, or none for a partnership-wide group); heads and champions for their
   * own partner only (the default). Errors: INVALID (field rules), IN_THE_FUTURE, UNKNOWN_EVENT,
   * UNKNOWN_PARTNER. Nothing is written when there is an error.
   */
  recordFocusGroupNote: RecordFocusGroupNotePayload;
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
  /**
   * The coordinator, or a head or champion of the person's partner; adults only. Someone the caller
   * may not see is NOT_FOUND, like an unknown id.
   */
  recordSafeguardingCheck: RecordSafeguardingCheckPayload;
  /** No token needed. A code from the person's school; error INVALID_CODE. */
  redeemSignInCode: SignInPayload;
  /** Each teacher of a completed swap, once; emits SwapReflected (aims, not text). */
  reflectOnSwap: SwapPayload;
  /** No token needed. Rotates the refresh token; reusing an old one ends the session. */
  refreshSession: SignInPayload;
  /**
   * The data protection lead or the coordinator refuses an open request with a reason (3–1000
   * characters), recorded with who and when; the record is not changed. ALREADY_HANDLED when it was
   * handled before. FORBIDDEN for anyone else.
   */
  refuseRectification: RectificationPayload;
  /**
   * A student or teacher for themself; a teacher, champion or head for someone at their partner; or
   * the coordinator. When the event is full the person joins the waitlist.
   */
  registerForEvent: RegisterForEventPayload;
  /**
   * The coordinator, or a head or champion of the same partner (who may not grant COORDINATOR).
   * Only the coordinator may give CHAMPION, HEAD or FINANCE here (GOVERNING_ROLE_FOLLOWS_GROUP for
   * anyone else). Announces PersonRegistered (ids, roles and year group only) to every service.
   */
  registerPerson: RegisterPersonPayload;
  /** Coordinator only: reopens a closed year; the reason (2–500 characters) is kept in the audit log. */
  reopenFinancePeriod: FinancePeriodPayload;
  /**
   * No token needed. E-mails a reset link (valid one hour, once) when the address belongs to an
   * adult here; the answer is the same either way, so nobody can learn who has an account.
   */
  requestPasswordReset: RequestPasswordResetPayload;
  /**
   * Asks for a correction of a person's record: the person themself, or a head, champion or teacher
   * for a student of their own school (as a parent asks through the school). Someone the caller may
   * not see is NOT_FOUND; a colleague's record is FORBIDDEN (they ask themselves). The value must
   * pass the record's rules now (INVALID otherwise). Nothing changes until it is handled.
   */
  requestRectification: RectificationPayload;
  /**
   * No token needed. Sets a new password (at least 12 characters) with the token from a reset link;
   * every session of the person ends. INVALID_RESET_TOKEN when the token is wrong, used or expired.
   */
  resetPassword: ResetPasswordPayload;
  /** Queues a DEAD (or SKIPPED) e-mail again, attempts reset. The coordinator only. */
  retryDelivery: RetryDeliveryPayload;
  /** Coordinator only. The key is refused at once (every gateway within seconds) and ApiKeyRevoked is announced. Revoking a revoked key changes nothing. */
  revokeApiKey: RevokeApiKeyPayload;
  /**
   * Whoever may create such a feed: the person who owns a PERSON or PROGRAMME feed, the partner's
   * teachers, champions and head for a PARTNER feed, or the coordinator (FORBIDDEN otherwise). Its
   * URL answers 404 from then on; revoking again changes nothing.
   */
  revokeCalendarFeed: RevokeCalendarFeedPayload;
  /** The coordinator or the person: signs them out everywhere. */
  revokeSessions: RevokeSessionsPayload;
  /** The coordinator matches every open offer and request not yet in a live swap; proposals become PROPOSED swaps. */
  runMatchingRound: RunMatchingRoundPayload;
  /**
   * The coordinator: the September rollover for `academicYear` (2026 = 2026/27), once. Every current
   * student moves up a year group (PersonUpdated); Year 13 students become leavers, who cannot sign
   * in and are erased everywhere a year later. ALREADY_ROLLED (nobody moved) for a year already
   * rolled or earlier than one rolled; INVALID for a year outside 2000–2100.
   */
  runRollover: RunRolloverPayload;
  /** The coordinator or a member of the group. Announces MeetingScheduled. */
  scheduleMeeting: MeetingPayload;
  /** The coordinator or the host head; emits SwapScheduled (the events programme shows the visit). */
  scheduleSwap: SwapPayload;
  /** The coordinator, a member of the group, or the action's owner. Announces ActionItemChanged. */
  setActionItemStatus: ActionItemPayload;
  /** Those who manage the event (FORBIDDEN otherwise). 0 to 100, not below the slots offered or taken. */
  setAmbassadorSlots: AmbassadorSlotsPayload;
  /**
   * Those who manage the event and its teachers in charge (FORBIDDEN otherwise). Plans (or replaces)
   * one partner's travel; refused with SEATS_BELOW_REGISTERED when the seats are fewer than that
   * partner's registered students.
   */
  setEventTravel: EventTravelPayload;
  /** Coordinator only: changes the quorum rule a group's meetings are counted against. */
  setGroupQuorumRule: GovernanceGroupPayload;
  /**
   * The caller's own choice for one category. A mandatory category (SAFEGUARDING, ACCOUNT) can
   * only be IMMEDIATE: anything else is MANDATORY_CATEGORY and nothing changes.
   */
  setNotificationPreference: SetNotificationPreferencePayload;
  /**
   * The signed-in adult; the current password is required once one is set (at least 12 characters).
   * Every other session of the person ends (its tokens are refused within seconds). The session
   * kept is the one `refreshToken` names (error INVALID_REFRESH_TOKEN, nothing changed, when it is
   * not one of the person's sessions), else the one the caller's access token belongs to; a caller
   * with neither ends every session.
   */
  setPassword: SetPasswordPayload;
  /** A head or the coordinator sets the Heads Group's priorities for a year. */
  setPriorities: PrioritiesPayload;
  /** The coordinator, or a head or champion of that partner. Announces TermCalendarChanged. */
  setTermCalendar: TermCalendarPayload;
  /** No token needed. Errors: INVALID_CREDENTIALS (never says whether the address exists), LOCKED_OUT. */
  signIn: SignInPayload;
  /** A head for their own partner, or the coordinator for any. Signs the current version; announces MouSigned. */
  signMou: MouSignaturePayload;
  /** No token needed. Ends the session; its access tokens are refused within seconds. */
  signOut: SignOutPayload;
  /**
   * Answer a survey you are invited to (PRE: those holding a place; POST: attendees; each on their age
   * band's instrument), as a signed-in person; API keys are FORBIDDEN. Errors: INVALID (give exactly
   * one of surveyId and token), UNKNOWN_SURVEY, NOT_INVITED (checked before anything else about the
   * survey), INSTRUMENT_OUTSIDE_AGE_BAND (invited to this event's survey of another age band),
   * EVENT_NOT_HAPPENED, SURVEY_NOT_OPEN, SURVEY_CLOSED (after its window; PRE after the start),
   * WRONG_ITEM_COUNT, MISSING_ITEM, ANSWER_OUT_OF_RANGE, REFLECTION_TOO_LONG, ALREADY_RESPONDED.
   * Nothing is written when there is an error.
   */
  submitSurveyResponse: SubmitSurveyResponsePayload;
  /** Changes a budget line. */
  updateBudgetLine: BudgetLinePayload;
  /**
   * Who manages the event: the coordinator, the host partner's champions and head, or an organiser
   * of the event (FORBIDDEN otherwise); moving it to another host also needs the right to createEvent
   * there. Any field of a DRAFT or PUBLISHED event; capacity and quota not below places held.
   */
  updateEvent: EventPayload;
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
  /**
   * Same rules as registerPerson, at the person's current and new partner; someone the caller
   * cannot see is NOT_FOUND. CHAMPION, HEAD and FINANCE are never added or removed here, by anyone
   * (GOVERNING_ROLE_FOLLOWS_GROUP). Announces PersonUpdated.
   * A change of roles or partner signs the person out everywhere, in the same transaction: the
   * gateway refuses their earlier tokens within seconds, and their next sign-in carries what they
   * now hold.
   */
  updatePerson: UpdatePersonPayload;
  /**
   * The signed-in person withdraws their own consent of `kind`, now and online; a new record.
   * `noticeVersion` (DATA_PROCESSING only) defaults to the version they last decided on.
   * Announces ConsentChanged when the state changes.
   */
  withdrawMyConsent: RecordConsentPayload;
  /** Either teacher, either head or the coordinator, before the swap happens; reason 1–500 characters. */
  withdrawSwap: SwapPayload;
  /** The offer's teacher, or the coordinator; only an OPEN offer can be withdrawn. */
  withdrawSwapOffer: WithdrawSwapOfferPayload;
  /** The request's teacher, or the coordinator; only an OPEN request can be withdrawn. */
  withdrawSwapRequest: WithdrawSwapRequestPayload;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAcceptAmbassadorSlotArgs = {
  eventId: Scalars['ID']['input'];
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
export type MutationAddClusterResourceArgs = {
  clusterId: Scalars['ID']['input'];
  input: AddClusterResourceInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAddGroupMemberArgs = {
  input: AddGroupMemberInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAddStandingGroupSessionsArgs = {
  eventIds: Array<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAddSubjectClusterMemberArgs = {
  id: Scalars['ID']['input'];
  lead?: InputMaybe<Scalars['Boolean']['input']>;
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAnnotateStudentVoiceArgs = {
  input: AnnotateStudentVoiceInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationApplyRectificationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationApproveSwapArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAssignEventRoleArgs = {
  eventId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  role: EventRoleKind;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCancelEventArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCancelRegistrationArgs = {
  registrationId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCheckInArgs = {
  code: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  personId: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCheckOutArgs = {
  code: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  personId: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCloseFinancePeriodArgs = {
  academicYear: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCompleteEventArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCompleteSwapArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationConfirmPlaceArgs = {
  registrationId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationConfirmSwapChecksArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCopyEventArgs = {
  endsAt: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  startsAt: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateBudgetLineArgs = {
  input: CreateBudgetLineInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateCalendarFeedArgs = {
  partnerId: InputMaybe<Scalars['ID']['input']>;
  scope: CalendarScope;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateEventSeriesArgs = {
  input: CreateEventSeriesInput;
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
export type MutationCreateSignInCodeArgs = {
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateStandingGroupArgs = {
  input: CreateStandingGroupInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateSubjectClusterArgs = {
  input: CreateSubjectClusterInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateSwapOfferArgs = {
  input: CreateSwapOfferInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateSwapRequestArgs = {
  input: CreateSwapRequestInput;
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
export type MutationErasePersonArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationImportRosterArgs = {
  input: ImportRosterInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationIssueApiKeyArgs = {
  input: IssueApiKeyInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationJoinStandingGroupArgs = {
  groupId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationJoinSubjectClusterArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationLeaveStandingGroupArgs = {
  groupId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationLeaveSubjectClusterArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationLogAmbassadorHoursArgs = {
  eventId: Scalars['ID']['input'];
  minutes: Scalars['Int']['input'];
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationMarkNotificationsReadArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationOfferAmbassadorSlotArgs = {
  eventId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationOpenSurveyArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationPostAnnouncementArgs = {
  input: PostAnnouncementInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationProposeStudentVoiceEventArgs = {
  input: ProposeStudentVoiceEventInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationProposeSwapArgs = {
  offerId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationPublishImpactSummaryArgs = {
  academicYear: Scalars['Int']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationPublishMouVersionArgs = {
  input: PublishMouVersionInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordAmbassadorAvailabilityArgs = {
  endsAt: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  startsAt: Scalars['String']['input'];
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
export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
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
export type MutationRecordFocusGroupNoteArgs = {
  input: RecordFocusGroupNoteInput;
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
export type MutationRecordSafeguardingCheckArgs = {
  input: RecordSafeguardingCheckInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRedeemSignInCodeArgs = {
  code: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationReflectOnSwapArgs = {
  id: Scalars['ID']['input'];
  input: ReflectOnSwapInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRefuseRectificationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRegisterForEventArgs = {
  eventId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationReopenFinancePeriodArgs = {
  academicYear: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRequestRectificationArgs = {
  input: RequestRectificationInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRevokeCalendarFeedArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRevokeSessionsArgs = {
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRunRolloverArgs = {
  academicYear: Scalars['Int']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationScheduleSwapArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetActionItemStatusArgs = {
  input: SetActionItemStatusInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetAmbassadorSlotsArgs = {
  eventId: Scalars['ID']['input'];
  slots: Scalars['Int']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetEventTravelArgs = {
  eventId: Scalars['ID']['input'];
  input: SetEventTravelInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetGroupQuorumRuleArgs = {
  groupId: Scalars['ID']['input'];
  quorumRule: QuorumRuleInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetNotificationPreferenceArgs = {
  category: NotificationCategory;
  mode: DeliveryMode;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetPasswordArgs = {
  currentPassword: InputMaybe<Scalars['String']['input']>;
  newPassword: Scalars['String']['input'];
  refreshToken: InputMaybe<Scalars['String']['input']>;
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
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSignMouArgs = {
  input: SignMouInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSignOutArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSubmitSurveyResponseArgs = {
  input: SubmitSurveyResponseInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationUpdateBudgetLineArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBudgetLineInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
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


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationWithdrawMyConsentArgs = {
  kind: ConsentKind;
  noticeVersion: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationWithdrawSwapArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationWithdrawSwapOfferArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationWithdrawSwapRequestArgs = {
  id: Scalars['ID']['input'];
};

/** A survey the signed-in person is invited to answer. */
export type MySurvey = {
  __typename?: 'MySurvey';
  /** ISO date-time with offset, once answered. */
  respondedAt: Maybe<Scalars['String']['output']>;
  /** The survey (open or closed; drafts are not listed). */
  survey: Survey;
  /** The secret link token of this invitation. */
  token: Scalars['String']['output'];
};

/** One in-app message. */
export type Notification = {
  __typename?: 'Notification';
  /** The message in plain text (deadlines and times in UK time). */
  body: Scalars['String']['output'];
  /** What it is about. */
  category: NotificationCategory;
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** The notification's id (for markNotificationsRead). */
  id: Scalars['ID']['output'];
  /** Where to act on it, when there is somewhere. */
  link: Maybe<Scalars['String']['output']>;
  /** ISO 8601 timestamp; null while unread. */
  readAt: Maybe<Scalars['String']['output']>;
  /** One line: what happened. */
  subject: Scalars['String']['output'];
};

/** What a notification is about; each category has its own preference. */
export type NotificationCategory =
  /** Your account (password reset, sign-in links): cannot be turned off. */
  | 'ACCOUNT'
  /** Announcements from the coordinator, heads or your school's champions. */
  | 'ANNOUNCEMENTS'
  /** The day-before reminder of an event you are registered for. */
  | 'EVENT_REMINDERS'
  /** An event you are registered for was cancelled, or its time or venue changed. */
  | 'EVENT_UPDATES'
  /** Safeguarding reviews due: cannot be turned off. */
  | 'SAFEGUARDING'
  /** Surveys to answer. */
  | 'SURVEYS'
  /** A waitlist place offered to you (with its deadline) or an offer that lapsed. */
  | 'WAITLIST';

/** A page of notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications on this page, newest first. */
  edges: Array<NotificationEdge>;
  /** Whether another page follows, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** Unread notifications in the whole inbox (not only this page). */
  unreadCount: Scalars['Int']['output'];
};

/** A notification and its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque; pass as `after` to continue after this notification. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** A person's choice for one category. */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  /** The category the choice is for. */
  category: NotificationCategory;
  /** True for categories that cannot be turned off (safeguarding, account): always IMMEDIATE. */
  mandatory: Scalars['Boolean']['output'];
  /** How that category reaches the person: IMMEDIATE until they choose otherwise. */
  mode: DeliveryMode;
};

/** The result of openSurvey. */
export type OpenSurveyPayload = {
  __typename?: 'OpenSurveyPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The survey, now OPEN; null when there are errors. */
  survey: Maybe<Survey>;
};

/**
 * What the platform's operators watch, for the coordinator only (FORBIDDEN for anyone else): one
 * record, to which every service adds its own field.
 */
export type Operations = {
  __typename?: 'Operations';
  /** The dead letters of the communications service's inbox consumer (coordinator only). */
  communicationsDeadLetters: DeadLetterSummary;
  /** The dead letters of the evaluation service's inbox consumer (coordinator only). */
  evaluationDeadLetters: DeadLetterSummary;
  /** The dead letters of the events service's inbox consumer (coordinator only). */
  eventsDeadLetters: DeadLetterSummary;
  /** Always `platform`: there is one operations record. */
  id: Scalars['ID']['output'];
  /** The dead letters of the partners-governance service's inbox consumer (coordinator only). */
  partnersGovernanceDeadLetters: DeadLetterSummary;
  /** The dead letters of the people service's inbox consumer (coordinator only). */
  peopleDeadLetters: DeadLetterSummary;
  /** The dead letters of the teacher-swap service's inbox consumer (coordinator only). */
  teacherSwapDeadLetters: DeadLetterSummary;
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
  restrictedPurpose: Maybe<Scalars['String']['output']>;
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
  otherIncome: Maybe<OtherIncome>;
};

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of this page's last item: pass it as `after` for the next page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
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
  contributions: Maybe<Array<Contribution>>;
  /** Events at this partner that the caller may see, soonest first. */
  hostedEvents: Array<Event>;
  /** The partner's id (a UUID), used by every subgraph to refer to it. */
  id: Scalars['ID']['output'];
  /**
   * Impact on this partner's students in an academic year, by instrument and dose band. Coordinator;
   * its own heads and champions. Null, with a FORBIDDEN error for this field only, for everyone else.
   */
  impact: Maybe<Array<ImpactCell>>;
  /** ISO date (YYYY-MM-DD) the partner joined. */
  joinedOn: Scalars['String']['output'];
  /** What kind of member it is (a state, selective or independent school, the university, or an associate partner). */
  kind: PartnerKind;
  /** The site's latitude in WGS84 degrees (within the UK), or null when not recorded; given together with longitude. */
  latitude: Maybe<Scalars['Float']['output']>;
  /** ISO date the partner left, if it has. */
  leftOn: Maybe<Scalars['String']['output']>;
  /** The site as one point, null when not recorded: teacher swaps measure travel distance from it. */
  location: Maybe<GeoPoint>;
  /** The site's longitude in WGS84 degrees (within the UK), or null when not recorded; given together with latitude. */
  longitude: Maybe<Scalars['Float']['output']>;
  /** Every stretch of membership, oldest first; joinedOn, leftOn and status are the latest one's. */
  membershipPeriods: Array<MembershipPeriod>;
  /**
   * The partner's signature on the current MoU version, or null. Coordinator, heads and champions;
   * a FORBIDDEN error on this field for anyone else.
   */
  mouSignature: Maybe<MouSignature>;
  /** Whether the partner has signed the current MoU version (false when none is published). */
  mouSigned: Scalars['Boolean']['output'];
  /** The partner's name, 2 to 200 characters, unique ignoring case. */
  name: Scalars['String']['output'];
  /**
   * The partner's people visible to the caller, by name (not paginated): the coordinator sees them
   * all; a head, champion or teacher of this partner sees its people; anyone else sees at most
   * themself. Leavers are included (see `Person.leftOn`).
   */
  people: Array<Person>;
  /** Derived from kind: teacher swaps pair state and independent sectors. */
  sector: Sector;
  /** ACTIVE while its latest membership period is open, LEFT once a leaving date is recorded. */
  status: PartnerStatus;
  /** Swaps this partner hosts or sends that the caller may see, newest first; null when the caller sees no swaps at all. */
  swaps: Maybe<Array<Swap>>;
  /**
   * The partner's term dates, holidays, INSET days and exam periods for an academic year
   * ("2026-27"), by start date. Coordinator, heads, champions and teachers; FORBIDDEN otherwise.
   */
  termCalendar: Maybe<Array<TermDate>>;
  /** The town the partner is in, 2 to 100 characters. */
  town: Scalars['String']['output'];
};


/**
 * A member of the partnership: a school, the university, or an associate partner from the community.
 * Owned by partners-governance; other subgraphs contribute fields to it.
 */
export type PartnerImpactArgs = {
  academicYear: Scalars['Int']['input'];
};


/**
 * A member of the partnership: a school, the university, or an associate partner from the community.
 * Owned by partners-governance; other subgraphs contribute fields to it.
 */
export type PartnerPeopleArgs = {
  role: InputMaybe<Role>;
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
  partner: Maybe<Partner>;
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

/**
 * Someone taking part in the partnership: staff, students, ambassadors, associate partners' contacts.
 * Owned by people. Only the coordinator sees everyone; other callers see themselves and, for
 *   heads, champions and teachers, the people of their own partner. Through an event (until 30 days
 *   after it ends, unless it was cancelled), its organisers, teachers in charge and the host
 *   partner's heads, champions and teachers also see those registered for it, and those registered
 *   see its adult organisers and teachers in charge: their name, roles, partner and year group, not
 *   their contact details, consent or safeguarding records. An invisible person resolves to null.
 */
export type Person = {
  __typename?: 'Person';
  /**
   * The ambassador's availability windows that have not ended. The ambassador and the coordinator;
   * null with a FORBIDDEN error for everyone else.
   */
  ambassadorAvailability: Maybe<Array<AmbassadorAvailability>>;
  /**
   * The ambassador's logged hours in an academic year, by term. The ambassador and the coordinator;
   * null with a FORBIDDEN error for everyone else.
   */
  ambassadorHours: Maybe<AmbassadorHoursSummary>;
  /**
   * How many events the person attended (checked in) in an academic year (2025 is 2025–26), from
   * events' AttendanceRecorded: their dose in the dose-response analysis. Each session of a standing
   * group counts once. The person themself, a teacher, champion or head of their school, and the
   * coordinator; null with a FORBIDDEN error for everyone else.
   */
  attendanceDose: Maybe<Scalars['Int']['output']>;
  /** Every consent record, newest first. Null unless coordinator, the person, or a head or champion of their partner. */
  consentRecords: Maybe<Array<ConsentRecord>>;
  /**
   * The current consent of each kind, derived from the records (the latest wins). Null unless the
   * caller is the coordinator, the person, or a head, champion or teacher of the person's partner.
   */
  consentState: Maybe<Array<ConsentState>>;
  /**
   * The teacher's CPD record for an academic year (2025 is 2025–26). The teacher themself, their
   * school's head and the coordinator; null with a FORBIDDEN error for everyone else. The same as
   * CSV at /people/<id>/cpd.csv and printable at /people/<id>/cpd.html (?academicYear=2025).
   */
  cpdRecord: Maybe<CpdRecord>;
  /** The name the partnership uses for them (2–100 characters); no separate first or family name is kept. */
  displayName: Scalars['String']['output'];
  /**
   * Adults only. Visible to the person themself, the coordinator, and the head or champions of the
   * person's own partner; null for everyone else.
   */
  email: Maybe<Scalars['String']['output']>;
  /** The person's id, the same in every subgraph. */
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD the student left at a September rollover (Year 13 leavers); null while they take part. A leaver cannot sign in. */
  leftOn: Maybe<Scalars['String']['output']>;
  /**
   * How the person is told of each category (a category never chosen is IMMEDIATE). The person
   * themself only: null, with a FORBIDDEN error for this field, for anyone else.
   */
  notificationPreferences: Maybe<Array<NotificationPreference>>;
  /**
   * The person's in-app notifications, newest first. `first` defaults to 20 and is capped at 100;
   * `after` is the `endCursor` of the previous page; `unreadOnly` leaves out what was read. The
   * person themself only: null, with a FORBIDDEN error for this field, for anyone else.
   */
  notifications: Maybe<NotificationConnection>;
  /** Resolved by partners-governance; null when it does not know the partner. */
  partner: Maybe<Partner>;
  /** Adults only; visible to the same people as `email`. */
  phone: Maybe<Scalars['String']['output']>;
  /**
   * The person themself, the coordinator, or a teacher, champion or head of the person's partner.
   * Null, with a FORBIDDEN error for this field only, for everyone else.
   */
  registrations: Maybe<Array<Registration>>;
  /** One person may hold several roles; a student holds only STUDENT. */
  roles: Array<Role>;
  /** Safeguarding check metadata. Null unless coordinator, the person, or a head or champion of their partner. */
  safeguardingChecks: Maybe<Array<SafeguardingCheck>>;
  /**
   * The person's completed teacher swaps for their CPD record; null unless the caller is the
   * person, the head of their current school or the coordinator.
   */
  swapCpd: Maybe<SwapCpd>;
  /** The person's offers the caller may see, newest first. */
  swapOffers: Array<SwapOffer>;
  /** The person's swaps the caller may see, newest first; null when the caller sees no swaps at all. */
  swaps: Maybe<Array<Swap>>;
  /** Students only (7–13); the platform never stores a date of birth. */
  yearGroup: Maybe<Scalars['Int']['output']>;
};


/**
 * Someone taking part in the partnership: staff, students, ambassadors, associate partners' contacts.
 * Owned by people. Only the coordinator sees everyone; other callers see themselves and, for
 *   heads, champions and teachers, the people of their own partner. Through an event (until 30 days
 *   after it ends, unless it was cancelled), its organisers, teachers in charge and the host
 *   partner's heads, champions and teachers also see those registered for it, and those registered
 *   see its adult organisers and teachers in charge: their name, roles, partner and year group, not
 *   their contact details, consent or safeguarding records. An invisible person resolves to null.
 */
export type PersonAmbassadorHoursArgs = {
  academicYear: Scalars['Int']['input'];
};


/**
 * Someone taking part in the partnership: staff, students, ambassadors, associate partners' contacts.
 * Owned by people. Only the coordinator sees everyone; other callers see themselves and, for
 *   heads, champions and teachers, the people of their own partner. Through an event (until 30 days
 *   after it ends, unless it was cancelled), its organisers, teachers in charge and the host
 *   partner's heads, champions and teachers also see those registered for it, and those registered
 *   see its adult organisers and teachers in charge: their name, roles, partner and year group, not
 *   their contact details, consent or safeguarding records. An invisible person resolves to null.
 */
export type PersonAttendanceDoseArgs = {
  academicYear: Scalars['Int']['input'];
};


/**
 * Someone taking part in the partnership: staff, students, ambassadors, associate partners' contacts.
 * Owned by people. Only the coordinator sees everyone; other callers see themselves and, for
 *   heads, champions and teachers, the people of their own partner. Through an event (until 30 days
 *   after it ends, unless it was cancelled), its organisers, teachers in charge and the host
 *   partner's heads, champions and teachers also see those registered for it, and those registered
 *   see its adult organisers and teachers in charge: their name, roles, partner and year group, not
 *   their contact details, consent or safeguarding records. An invisible person resolves to null.
 */
export type PersonCpdRecordArgs = {
  academicYear: Scalars['Int']['input'];
};


/**
 * Someone taking part in the partnership: staff, students, ambassadors, associate partners' contacts.
 * Owned by people. Only the coordinator sees everyone; other callers see themselves and, for
 *   heads, champions and teachers, the people of their own partner. Through an event (until 30 days
 *   after it ends, unless it was cancelled), its organisers, teachers in charge and the host
 *   partner's heads, champions and teachers also see those registered for it, and those registered
 *   see its adult organisers and teachers in charge: their name, roles, partner and year group, not
 *   their contact details, consent or safeguarding records. An invisible person resolves to null.
 */
export type PersonNotificationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of people, ordered by display name. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people on this page, in order; at most the page size asked for. */
  edges: Array<PersonEdge>;
  /** Whether another page follows, and the cursor to ask for it. */
  pageInfo: PageInfo;
};

/** A person and their place in the list. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque; pass as `after` to continue after this person. */
  cursor: Scalars['String']['output'];
  /** The person (visible to the caller: hidden people never appear on a page). */
  node: Person;
};

/** The school phase or key stage a teacher teaches. */
export type Phase =
  /** Key stage 3: years 7–9. */
  | 'KS3'
  /** Key stage 4: years 10–11 (GCSE). */
  | 'KS4'
  /** Key stage 5: years 12–13 (sixth form). */
  | 'KS5'
  /** Primary school (key stages 1 and 2). */
  | 'PRIMARY';

/**
 * Whether photos of a person may be taken or published, from the consent records people holds.
 * Only ALLOWED permits photos: no record means no consent.
 */
export type PhotoConsent =
  /** The latest photo/publicity consent record gives consent. */
  | 'ALLOWED'
  /** No photo/publicity consent is on record: no photos until it is given. */
  | 'NOT_RECORDED'
  /** The latest record refuses or withdraws consent: no photos. */
  | 'REFUSED';

/** An announcement to post. */
export type PostAnnouncementInput = {
  /** 1–5000 characters, plain text. */
  body: Scalars['String']['input'];
  /** 1–200 characters. */
  subject: Scalars['String']['input'];
  /** Who to address (TARGET_NOT_ALLOWED when the caller may not, TARGET_NOT_SUPPORTED for GROUP). */
  target: AnnouncementTargetKind;
  /** The partner, event or group; omit for EVERYONE, required otherwise (INVALID). An unknown event is NOT_FOUND. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

/** postAnnouncement's answer. */
export type PostAnnouncementPayload = {
  __typename?: 'PostAnnouncementPayload';
  /** The announcement as posted; null when refused (then nobody was told). */
  announcement: Maybe<Announcement>;
  /** Why it was not posted; empty when it was. */
  errors: Array<UserError>;
};

/** The result of setting a year's priorities. */
export type PrioritiesPayload = {
  __typename?: 'PrioritiesPayload';
  /** Why it was refused (the list was left as it was); empty on success. */
  errors: Array<UserError>;
  /** The year's priorities as saved, in order; null when refused. */
  priorities: Maybe<Array<Priority>>;
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

/** The result of publishEvent. */
export type PublishEventPayload = {
  __typename?: 'PublishEventPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The event, now PUBLISHED; null when refused. */
  event: Maybe<Event>;
};

/** The result of publishImpactSummary. */
export type PublishImpactSummaryPayload = {
  __typename?: 'PublishImpactSummaryPayload';
  /** Why nothing was written (INVALID academic year); empty on success. */
  errors: Array<UserError>;
  /** The year's summary, published (republishing keeps the first publication date); null when there are errors. */
  summary: Maybe<ImpactSummary>;
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
  apiKeys: Maybe<Array<ApiKey>>;
  /** Associate-partner applications, newest first, optionally by status. Coordinator, heads and champions. */
  associateApplications: Array<AssociateApplication>;
  /**
   * A cluster's resources, newest first, for its members and the coordinator (others get null
   * with FORBIDDEN). `search` matches title, exam course or a tag (case-insensitive); `tag` one tag
   * exactly. `first` defaults to 20 and `first` is capped at 100; `after` is the `endCursor` of
   * the previous page.
   */
  clusterResources: Maybe<ClusterResourceConnection>;
  /** The current MoU version, if one is published. Coordinator, heads and champions. */
  currentMou: Maybe<MouVersion>;
  /**
   * The coordinator or the data protection lead: a person as the subject of their data, to read the
   * access logs about them (`peopleReadsOf`, `eventsReadsOf`) or by them (`…ReadsBy`) without making
   * a subject access request. FORBIDDEN for anyone else.
   */
  dataSubject: DataSubject;
  /**
   * The e-mail delivery log, newest first, for the coordinator (FORBIDDEN for anyone else).
   * `status` filters; `first` defaults to 50 and is capped at 100; `after` is the previous
   * page's `endCursor`.
   */
  deliveryLog: DeliveryConnection;
  /** Null when there is no such event or the caller may not see it. */
  event: Maybe<Event>;
  /**
   * The draft (or later) event an approved Student Voice proposal became, or null: the same
   * visibility as `event` (its student organisers see it as a draft).
   */
  eventForProposal: Maybe<Event>;
  /**
   * Check-in by name: the people registered for the event (any status but cancelled) whose name
   * starts with `namePrefix`, regardless of case and accents, by name; `first` is capped at 50
   * (default 20). Only for those who may see the event's register: its organisers and teachers in
   * charge, the host partner's heads, champions and teachers (until 30 days after it ends) and the
   * coordinator; FORBIDDEN for anyone else.
   */
  eventRegistrantSearch: Array<Person>;
  /**
   * The programme, by start time. Every signed-in caller sees PUBLISHED and COMPLETED events; the
   * coordinator and champions see drafts and cancelled events too. `from` keeps events that have not
   * ended by then, `to` keeps events that start before it (ISO date-times with offset). `first` is
   * capped at 200.
   */
  events: EventConnection;
  /**
   * The finance audit log of one academic year in the order it was written, optionally of one kind
   * of record. The Finance Group, heads and the coordinator; others get null with FORBIDDEN.
   * `first` defaults to 50 and `first` is capped at 200; `after` is the `endCursor` of the previous
   * page.
   */
  financeAuditLog: Maybe<FinanceAuditEntryConnection>;
  /** One academic year's finance (null when there is no such period); FORBIDDEN as financePeriods. */
  financePeriod: Maybe<FinancePeriod>;
  /** Finance periods, newest first. The Finance Group, heads and the coordinator; others get null with FORBIDDEN. */
  financePeriods: Maybe<Array<FinancePeriod>>;
  /** One academic year's figures (null when there is no such period); FORBIDDEN as financePeriods. */
  financeReport: Maybe<FinanceReport>;
  /**
   * Focus group notes, most recently held first. Coordinator: every note; heads and champions: their
   * own partner's. `theme` is matched after normalising (lower-case). `first` is capped at 200.
   * Null, with a FORBIDDEN error for this field only, for anyone else.
   */
  focusGroupNotes: Maybe<FocusGroupNoteConnection>;
  /** One group, or null. Same readers as governanceGroups. */
  governanceGroup: Maybe<GovernanceGroup>;
  /** The governance groups. Coordinator, heads, champions and finance members. */
  governanceGroups: Array<GovernanceGroup>;
  /**
   * Impact report for an academic year (null: every year). Coordinator: any partner or all; heads
   * and champions: their own partner's students only. Null, with a FORBIDDEN error for this field
   * only, for any other caller or another partner.
   */
  impactReport: Maybe<ImpactReport>;
  /** Yearly summaries. Associates and everyone else but the coordinator see published ones only. Null, with a FORBIDDEN error for this field only, for students. */
  impactSummaries: Maybe<Array<ImpactSummary>>;
  /** The instrument registry, in registry order: each instrument's number of items, age band, score range, scoring rule and licence notice. */
  instruments: Array<InstrumentInfo>;
  /**
   * Whether the person may work with children on `on` (YYYY-MM-DD, default today). Null when the
   * caller may not see their safeguarding data.
   */
  mayWorkWithChildren: Maybe<ChildrenClearance>;
  /** The signed-in person; null for API-key callers. */
  me: Maybe<Person>;
  /** One meeting, or null. Same readers as governanceGroups. */
  meeting: Maybe<Meeting>;
  /** The current MoU version, when its renewal is due within `withinDays` (default 60) or overdue; an empty list otherwise. Coordinator only. */
  mouRenewalsDue: Array<MouVersion>;
  /** MoU versions, newest first. Coordinator, heads and champions. */
  mouVersions: Array<MouVersion>;
  /** The rectification requests the signed-in person made, newest first, at most 100 (empty for anyone else). */
  myRectificationRequests: Array<RectificationRequest>;
  /** Surveys the signed-in person is invited to, newest first. */
  mySurveys: Array<MySurvey>;
  /**
   * What the platform's operators watch (dead letters per service), for the coordinator only:
   * FORBIDDEN for anyone else.
   */
  operations: Operations;
  /** One partner, or null when there is no partner with this id. Visible to every signed-in caller. */
  partner: Maybe<Partner>;
  /** Partners, by name. Visible to every signed-in caller: it is organisational, not personal, data. */
  partners: Array<Partner>;
  /** Active partners without a signature on the current MoU version (all of them when none is published). Coordinator only. */
  partnersWithoutMouSignature: Array<Partner>;
  /**
   * The people the caller may see, ordered by display name. `first` defaults to 50 and is capped
   * at 100; `after` is the `endCursor` of the previous page.
   */
  people: PersonConnection;
  /** Null when there is no such person or the caller may not see them. */
  person: Maybe<Person>;
  /** The coordinator only: what the September rollover for `academicYear` (2026 = 2026/27) would do. Writes nothing. */
  previewRollover: RolloverPreview;
  /** The Heads Group's priorities for an academic year (e.g. 2026-27), in order. Every signed-in caller. */
  priorities: Array<Priority>;
  /**
   * Reach of an academic year. Coordinator: every partner, the subtotals by kind and the total;
   * heads and champions: their own school's row only. Null, with a FORBIDDEN error for this field
   * only, for anyone else. Computed in SQL over attendance and registrations; counts of 1–9 people
   * (and places held by 1–9 people) and the cells that would reveal them are suppressed.
   */
  reachReport: Maybe<ReachReport>;
  /**
   * The data protection lead or the coordinator: rectification requests, oldest first, at most 500;
   * only those with `status` (e.g. OPEN) and about `personId` when given. FORBIDDEN for anyone else.
   */
  rectificationRequests: Array<RectificationRequest>;
  /** The coordinator or the data protection lead: the data policy of every service as data, with the retention job's last runs (select each service's field). FORBIDDEN for anyone else. */
  retentionRecord: RetentionRecord;
  /** Null when there is no such group. */
  standingGroup: Maybe<StandingGroup>;
  /** Standing groups, by title. Signed-in callers. */
  standingGroups: Array<StandingGroup>;
  /** Student Voice proposals the caller may see (a student: their own and their school's Student Voice ones), newest first. */
  studentVoiceProposals: Array<StudentVoiceProposal>;
  /**
   * The quote bank: students' reflections, newest academic year first. Coordinator: every quote (a
   * partner filter matches only quotes that show their school); heads and champions: their own
   * school's quotes from surveys that at least 10 of its students answered. Null, with a FORBIDDEN
   * error for this field only, for anyone else. `first` is capped at 200.
   */
  studentVoices: Maybe<StudentVoiceConnection>;
  /**
   * The coordinator or the data protection lead: a subject access request for `personId`. The
   * answer's `subject` gathers, through the gateway, what every service holds about the person (its
   * `heldBy…` fields); the request itself is recorded in the access log. An unknown or erased person
   * is not an error: `personKnown` is false and the parts hold no records (nothing is held), or only
   * what a service must keep. FORBIDDEN for anyone else.
   */
  subjectAccessRequest: SubjectAccessRequest;
  /** Null when there is no such cluster or the caller may not see clusters. */
  subjectCluster: Maybe<SubjectCluster>;
  /**
   * Subject clusters by name, for teachers, heads and the coordinator (others get null with
   * FORBIDDEN); optionally of one subject (case-insensitive).
   */
  subjectClusters: Maybe<Array<SubjectCluster>>;
  /**
   * One survey; null when there is none or the caller may not see it (a DRAFT is seen only by the
   * coordinator, heads and champions).
   */
  survey: Maybe<Survey>;
  /** Drafts only for the coordinator, heads and champions; open and closed surveys for everyone signed in. */
  surveys: Array<Survey>;
  /** Null when there is no such swap or the caller may not see it. */
  swap: Maybe<Swap>;
  /** Null when there is no such offer or the caller may not see it. */
  swapOffer: Maybe<SwapOffer>;
  /**
   * Newest first. The coordinator sees every offer; heads, champions and teachers see open offers
   * only (asking them for WITHDRAWN gives an empty list). Other roles get null, with a FORBIDDEN
   * error for this field only.
   */
  swapOffers: Maybe<Array<SwapOffer>>;
  /**
   * Teacher swap reflections received in an academic year (from teacher-swap): counts only, never
   * who. Scope as impactReport, by the reflecting teacher's school: the coordinator any partner or
   * all; heads and champions their own. Null, with a FORBIDDEN error for this field only, for anyone
   * else.
   */
  swapReflectionEvidence: Maybe<SwapReflectionEvidence>;
  /** Null when there is no such request or the caller may not see it. */
  swapRequest: Maybe<SwapRequest>;
  /**
   * Newest first, visible like offers: the coordinator every request, staff open requests and
   * their own. Other roles get null with FORBIDDEN.
   */
  swapRequests: Maybe<Array<SwapRequest>>;
  /**
   * Newest first. The coordinator sees every swap, a head their school's (host or visiting), a
   * teacher their own. Other roles get null with FORBIDDEN. `needsReview` keeps only the swaps
   * whose `needsReview` is that value (so for anyone but the coordinator `true` gives none).
   */
  swaps: Maybe<Array<Swap>>;
  /** Notes per theme per aim in an academic year, most frequent first, within the caller's scope as for focusGroupNotes (null, with a FORBIDDEN error for this field only, when that scope is empty). */
  themes: Maybe<Array<ThemeCount>>;
};


/** Entry points for reading the graph. */
export type QueryApiKeysArgs = {
  partnerId: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryAssociateApplicationsArgs = {
  status: InputMaybe<AssociateApplicationStatus>;
};


/** Entry points for reading the graph. */
export type QueryClusterResourcesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  search: InputMaybe<Scalars['String']['input']>;
  tag: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading the graph. */
export type QueryDataSubjectArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryDeliveryLogArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<DeliveryStatus>;
};


/** Entry points for reading the graph. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryEventForProposalArgs = {
  proposalId: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryEventRegistrantSearchArgs = {
  eventId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  namePrefix: Scalars['String']['input'];
};


/** Entry points for reading the graph. */
export type QueryEventsArgs = {
  academicYear: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  aim: InputMaybe<Aim>;
  audience: InputMaybe<Audience>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['String']['input']>;
  kind: InputMaybe<EventKind>;
  partnerId: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<EventStatus>;
  term: InputMaybe<Term>;
  to: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading the graph. */
export type QueryFinanceAuditLogArgs = {
  academicYear: Scalars['String']['input'];
  after: InputMaybe<Scalars['String']['input']>;
  entityType: InputMaybe<FinanceEntityType>;
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
export type QueryFocusGroupNotesArgs = {
  academicYear: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  aim: InputMaybe<Aim>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: InputMaybe<Scalars['ID']['input']>;
  theme: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading the graph. */
export type QueryGovernanceGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryImpactReportArgs = {
  academicYear: InputMaybe<Scalars['Int']['input']>;
  groupBy: ImpactGrouping;
  partnerId: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the graph. */
export type QueryMayWorkWithChildrenArgs = {
  on: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryMouRenewalsDueArgs = {
  withinDays: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the graph. */
export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryPartnersArgs = {
  status: InputMaybe<PartnerStatus>;
};


/** Entry points for reading the graph. */
export type QueryPeopleArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: InputMaybe<Scalars['ID']['input']>;
  role: InputMaybe<Role>;
  yearGroup: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the graph. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryPreviewRolloverArgs = {
  academicYear: Scalars['Int']['input'];
};


/** Entry points for reading the graph. */
export type QueryPrioritiesArgs = {
  academicYear: Scalars['String']['input'];
};


/** Entry points for reading the graph. */
export type QueryReachReportArgs = {
  academicYear: Scalars['Int']['input'];
};


/** Entry points for reading the graph. */
export type QueryRectificationRequestsArgs = {
  personId: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<RectificationStatus>;
};


/** Entry points for reading the graph. */
export type QueryStandingGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryStudentVoiceProposalsArgs = {
  status: InputMaybe<ProposalStatus>;
};


/** Entry points for reading the graph. */
export type QueryStudentVoicesArgs = {
  academicYear: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  aim: InputMaybe<Aim>;
  eventId: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: InputMaybe<Scalars['ID']['input']>;
  publishableOnly?: InputMaybe<Scalars['Boolean']['input']>;
  theme: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading the graph. */
export type QuerySubjectAccessRequestArgs = {
  personId: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QuerySubjectClusterArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QuerySubjectClustersArgs = {
  subject: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading the graph. */
export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QuerySurveysArgs = {
  eventId: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QuerySwapArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QuerySwapOfferArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QuerySwapOffersArgs = {
  sector: InputMaybe<Sector>;
  status: InputMaybe<SwapOfferStatus>;
};


/** Entry points for reading the graph. */
export type QuerySwapReflectionEvidenceArgs = {
  academicYear: Scalars['Int']['input'];
  partnerId: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the graph. */
export type QuerySwapRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QuerySwapRequestsArgs = {
  sector: InputMaybe<Sector>;
  status: InputMaybe<SwapOfferStatus>;
};


/** Entry points for reading the graph. */
export type QuerySwapsArgs = {
  needsReview: InputMaybe<Scalars['Boolean']['input']>;
  status: InputMaybe<SwapStatus>;
};


/** Entry points for reading the graph. */
export type QueryThemesArgs = {
  academicYear: Scalars['Int']['input'];
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

/** A count of a reach row. */
export type ReachMeasure =
  /** attendances */
  | 'ATTENDANCES'
  /** noShows */
  | 'NO_SHOWS'
  /** noShowStudents */
  | 'NO_SHOW_STUDENTS'
  /** placesUsed */
  | 'PLACES_USED'
  /** quotaPlacesUsed */
  | 'QUOTA_PLACES_USED'
  /** reachedFourPlus */
  | 'REACHED_FOUR_PLUS'
  /** reachedOnce */
  | 'REACHED_ONCE'
  /** reachedTwoPlus */
  | 'REACHED_TWO_PLUS'
  /** studentsReached */
  | 'STUDENTS_REACHED';

/**
 * How far the programme reached in an academic year, per partner, per kind of partner and for the
 * partnership (students counted by the school they belong to). Counts of 1–9 people are suppressed,
 * and so is any further cell that would let one be worked out from the totals.
 */
export type ReachReport = {
  __typename?: 'ReachReport';
  /** Starting year: 2025 is 2025–26. */
  academicYear: Scalars['Int']['output'];
  /** Subtotals per kind of partner (STATE, SELECTIVE, INDEPENDENT, …): the state/independent mix. Empty for heads and champions. */
  byKind: Array<ReachRow>;
  /** The rows, subtotals and total as CSV (a suppressed count shows as `suppressed`). */
  csv: Scalars['String']['output'];
  /** How the counts are made and protected. */
  method: Scalars['String']['output'];
  /** One row per partner (and one for students whose school is no longer known), by name. */
  rows: Array<ReachRow>;
  /** The partnership's totals; null for heads and champions, who see their own school's row only. */
  total: Maybe<ReachRow>;
};

/** One row of a reach report. A null count is suppressed (see `suppressed`). */
export type ReachRow = {
  __typename?: 'ReachRow';
  /** Attendances (one per student per event attended). */
  attendances: Maybe<Scalars['Int']['output']>;
  /** Published or completed events the partner hosted (not suppressed: events are not people). */
  eventsHosted: Scalars['Int']['output'];
  /** The row's name: the partner's name, a kind of partner, or Partnership. */
  label: Scalars['String']['output'];
  /** Distinct students recorded as a no-show at least once. */
  noShowStudents: Maybe<Scalars['Int']['output']>;
  /** No-shows recorded. */
  noShows: Maybe<Scalars['Int']['output']>;
  /** The partner, resolved by partners-governance; null for subtotal, total and unknown-school rows. */
  partner: Maybe<Partner>;
  /** The partner's kind (STATE, SELECTIVE, INDEPENDENT, UNIVERSITY, ASSOCIATE), or the subtotal's; null for the total. */
  partnerKind: Maybe<Scalars['String']['output']>;
  /**
   * The total row: places offered at the year's published and completed events (the sum of their
   * capacities), for the partnership as a whole; null on other rows and when an event's places are
   * not known. Not suppressed: it counts places, not people.
   */
  placesOffered: Maybe<Scalars['Int']['output']>;
  /**
   * Places held (registered, offered, attended or no-show) at the academic year's published and
   * completed events by the partner's people. Suppressed when 1–9 people hold them.
   */
  placesUsed: Maybe<Scalars['Int']['output']>;
  /**
   * Partner rows: the most places one partner's people could hold at the year's events with a
   * partner quota (the sum of their quotas, each at most the event's capacity), the same for every
   * partner; null on subtotal, total and unknown-school rows, and when an event's places are not
   * known (announced before events reported them). Not suppressed: it counts places, not people.
   */
  quotaPlaces: Maybe<Scalars['Int']['output']>;
  /**
   * The part of `placesUsed` at events with a partner quota; used against quota is this over
   * `quotaPlaces`. Suppressed when 1–9 people hold them.
   */
  quotaPlacesUsed: Maybe<Scalars['Int']['output']>;
  /** Students who attended four or more events. */
  reachedFourPlus: Maybe<Scalars['Int']['output']>;
  /** Students who attended exactly one event. */
  reachedOnce: Maybe<Scalars['Int']['output']>;
  /** Students who attended two or more events (repeat attenders). */
  reachedTwoPlus: Maybe<Scalars['Int']['output']>;
  /** Distinct students who attended at least one event. */
  studentsReached: Maybe<Scalars['Int']['output']>;
  /** The counts of this row that are suppressed. */
  suppressed: Array<ReachMeasure>;
};

/** Whether one person came to a meeting; recording them again replaces their line. */
export type RecordAttendanceInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** The attendee; their partner is the one people knows them by. */
  personId: Scalars['ID']['input'];
  /** Present or apologies. */
  status: AttendanceStatus;
};

/** One consent decision for recordConsent. */
export type RecordConsentInput = {
  /** Granted, refused or withdrawn. Someone recording their own decision may only refuse or withdraw. */
  decision: ConsentDecision;
  /** ISO 8601 date-time; defaults to now. */
  givenAt?: InputMaybe<Scalars['String']['input']>;
  /** Who gave, refused or withdrew it. Missing: error CONSENT_GIVER_REQUIRED. */
  givenBy?: InputMaybe<ConsentGiver>;
  /** Required for PARENT_CARER. */
  giverName?: InputMaybe<Scalars['String']['input']>;
  /** What the decision is about. */
  kind: ConsentKind;
  /** How the decision was made known; ONLINE when someone records their own. */
  method: ConsentMethod;
  /** Required for DATA_PROCESSING, not allowed otherwise. */
  noticeVersion?: InputMaybe<Scalars['String']['input']>;
  /** The person the decision is about. */
  personId: Scalars['ID']['input'];
};

/** recordConsent's and withdrawMyConsent's answer. */
export type RecordConsentPayload = {
  __typename?: 'RecordConsentPayload';
  /** The new record; null when the input was refused. */
  consent: Maybe<ConsentRecord>;
  /** Why the input was refused; empty when the record was made. */
  errors: Array<UserError>;
  /** The person's current consent of that kind with the new record counted; null when refused. */
  state: Maybe<ConsentState>;
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

/** A focus group to record: about a group, never naming anyone. */
export type RecordFocusGroupNoteInput = {
  /** At least one. */
  aims: Array<Aim>;
  /** The event discussed, known to evaluation (UNKNOWN_EVENT otherwise); omit for a term or the programme. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD, not after today. */
  heldOn: Scalars['String']['input'];
  /** How many took part (at least 1); never who. */
  participantCount: Scalars['Int']['input'];
  /**
   * Whose students took part (UNKNOWN_PARTNER if evaluation does not know it). The coordinator may
   * give any partner, or none for a partnership-wide group; heads and champions only their own, the
   * default for them.
   */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 5000 characters. Describe the group; do not name anyone. */
  summary: Scalars['String']['input'];
  /** 1–10 free tags of at most 40 characters, stored lower-case. */
  themes: Array<Scalars['String']['input']>;
};

/** The result of recordFocusGroupNote. */
export type RecordFocusGroupNotePayload = {
  __typename?: 'RecordFocusGroupNotePayload';
  /** Why nothing was written; empty on success. */
  errors: Array<UserError>;
  /** The recorded note; null when there are errors. */
  note: Maybe<FocusGroupNote>;
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

/** The metadata of one safeguarding check for recordSafeguardingCheck; never the certificate's contents. */
export type RecordSafeguardingCheckInput = {
  /** Who carried out or verified the check: 2–100 characters. */
  checkedBy: Scalars['String']['input'];
  /** YYYY-MM-DD the check was made; not in the future. */
  checkedOn: Scalars['String']['input'];
  /** What was checked. */
  kind: SafeguardingCheckKind;
  /** The adult checked (a student is NOT_AN_ADULT). */
  personId: Scalars['ID']['input'];
  /** The certificate or confirmation reference: 4–40 letters, digits, spaces, / or -. */
  reference: Scalars['String']['input'];
  /** YYYY-MM-DD by which it must be renewed; on or after `checkedOn`. The check clears until this day, inclusive. */
  reviewOn: Scalars['String']['input'];
};

/** recordSafeguardingCheck's answer. */
export type RecordSafeguardingCheckPayload = {
  __typename?: 'RecordSafeguardingCheckPayload';
  /** The check recorded; null when the input was refused. */
  check: Maybe<SafeguardingCheck>;
  /** The person's clearance today with this check counted; null when refused. */
  clearance: Maybe<ChildrenClearance>;
  /** Why the input was refused; empty when the check was recorded. */
  errors: Array<UserError>;
};

/** A field of a person's record a correction may be asked for (UK GDPR art. 16). */
export type RectifiableField =
  /** The name shown across the platform (2–100 characters). */
  | 'DISPLAY_NAME'
  /** An adult's contact e-mail address. */
  | 'EMAIL'
  /** An adult's contact telephone number. */
  | 'PHONE'
  /** A student's year group (7–13). */
  | 'YEAR_GROUP';

/** The answer of the rectification mutations. */
export type RectificationPayload = {
  __typename?: 'RectificationPayload';
  /** Why the input was refused (NOT_FOUND, INVALID, ALREADY_HANDLED, or the rules of updatePerson); empty when done. */
  errors: Array<UserError>;
  /** The request as it now stands; null when refused. */
  request: Maybe<RectificationRequest>;
};

/**
 * A request to correct a field of a person's record: who asked, what, the value asked for and why;
 * who handled it, when, and the outcome.
 */
export type RectificationRequest = {
  __typename?: 'RectificationRequest';
  /** The field to correct. */
  field: RectifiableField;
  /** When it was applied or refused (ISO 8601); null while open. */
  handledAt: Maybe<Scalars['String']['output']>;
  /** Who applied or refused it; null while open. */
  handledBy: Maybe<Scalars['ID']['output']>;
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** Why it was refused; null otherwise. */
  outcomeReason: Maybe<Scalars['String']['output']>;
  /** The person whose record it is about. */
  personId: Scalars['ID']['output'];
  /** Why the requester says the record is wrong. */
  reason: Scalars['String']['output'];
  /** When it was asked (ISO 8601). */
  requestedAt: Scalars['String']['output'];
  /** Who asked: the person themself, or staff of their school (as a parent asks through the school). */
  requestedBy: Scalars['ID']['output'];
  /** The value asked for. */
  requestedValue: Scalars['String']['output'];
  /** Where it stands. */
  status: RectificationStatus;
};

/** Where a rectification request stands. */
export type RectificationStatus =
  /** The correction was made (through updatePerson's rules, announcing PersonUpdated). */
  | 'APPLIED'
  /** Waiting for the data protection lead or the coordinator. */
  | 'OPEN'
  /** The correction was not made; `outcomeReason` says why. */
  | 'REFUSED';

/** A teacher's reflection on a swap that has happened. */
export type ReflectOnSwapInput = {
  /** The partnership's aims the swap served; may be empty. */
  aims: Array<Aim>;
  /** 1–4000 characters. Stays in teacher-swap: evaluation is told the aims, not the text. */
  text: Scalars['String']['input'];
};

/** The result of registerForEvent. */
export type RegisterForEventPayload = {
  __typename?: 'RegisterForEventPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The new registration: REGISTERED with a place, or WAITLISTED with a position; null when refused. */
  registration: Maybe<Registration>;
};

/** A new person for registerPerson. */
export type RegisterPersonInput = {
  /** 2–100 characters. */
  displayName: Scalars['String']['input'];
  /** Adults only; unique regardless of case. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The partner they belong to: known to people and still in the partnership (else UNKNOWN_PARTNER or PARTNER_LEFT). */
  partnerId: Scalars['ID']['input'];
  /** Adults only: digits and spaces, optionally starting with +. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** At least one, no repeats. A student holds only STUDENT. */
  roles: Array<Role>;
  /** Required for a student (7–13); not allowed for adults. */
  yearGroup?: InputMaybe<Scalars['Int']['input']>;
};

/** registerPerson's answer. */
export type RegisterPersonPayload = {
  __typename?: 'RegisterPersonPayload';
  /** Why the input was refused; empty when the person was registered. */
  errors: Array<UserError>;
  /** The person registered; null when the input was refused. */
  person: Maybe<Person>;
};

/** A person's place (or place in the queue) at an event. Free, RSVP style. */
export type Registration = {
  __typename?: 'Registration';
  /** ISO date-time with offset when it was cancelled or its offer lapsed; null otherwise. */
  cancelledAt: Maybe<Scalars['String']['output']>;
  /**
   * The code to show at the door. The person, their partner's staff and the coordinator; null for
   * anyone else (the host's staff see no codes of visiting students).
   */
  checkInCode: Maybe<Scalars['String']['output']>;
  /** ISO date-time with offset of the check-in; null until checked in. */
  checkedInAt: Maybe<Scalars['String']['output']>;
  /** ISO date-time with offset of the check-out; null until checked out (a new check-in clears it). */
  checkedOutAt: Maybe<Scalars['String']['output']>;
  /** The event the registration is for (shown whatever the event's status is now). */
  event: Event;
  /** The registration's id. */
  id: Scalars['ID']['output'];
  /** While OFFERED: the deadline to confirm the place, after which it moves on. */
  offerExpiresAt: Maybe<Scalars['String']['output']>;
  /**
   * Resolved by people; null when the caller may not see that person. The event's organisers and
   * teachers in charge and the host partner's staff see everyone registered (not CANCELLED) until
   * 30 days after the event ends; the status and the rest of the registration are still shown.
   */
  person: Maybe<Person>;
  /** Photo/publicity consent as people last recorded it. Treat anything but ALLOWED as "no photos" (check-in list). */
  photoConsent: PhotoConsent;
  /**
   * True unless photo/publicity consent is recorded as given (photoConsent is ALLOWED): a refusal, a
   * withdrawal and no record at all are all "no photos".
   * @deprecated Use photoConsent, which tells REFUSED from NOT_RECORDED. This flag is true for both (only ALLOWED gives false).
   */
  photoConsentRefused: Scalars['Boolean']['output'];
  /** ISO date-time with offset. */
  registeredAt: Scalars['String']['output'];
  /** Where the registration stands. */
  status: RegistrationStatus;
  /** The place in the queue, set only while WAITLISTED: lower goes first (numbers are not reused). */
  waitlistPosition: Maybe<Scalars['Int']['output']>;
};

/** The result of cancelRegistration or confirmPlace. */
export type RegistrationPayload = {
  __typename?: 'RegistrationPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** People offered a place freed by this change. */
  offered: Array<Registration>;
  /** The registration as changed; null when refused. */
  registration: Maybe<Registration>;
};

/** Where a registration stands. */
export type RegistrationStatus =
  /** Checked in at the event: attendance, which evaluation counts. */
  | 'ATTENDED'
  /**
   * Cancelled before the start (by the person, their school's staff or the coordinator), an offer
   * that lapsed, or still on the waitlist when the event completed; holds nothing.
   */
  | 'CANCELLED'
  /** Held a place but was not checked in when the event was completed (a late check-in corrects it). */
  | 'NO_SHOW'
  /** A place freed up and is offered: confirm before offerExpiresAt. */
  | 'OFFERED'
  /** Holds a place. */
  | 'REGISTERED'
  /**
   * In the queue (waitlistPosition). When a place frees up it is offered to the first person waiting
   * whose partner is under its quota (first come, first served).
   */
  | 'WAITLISTED';

/** requestPasswordReset's answer: the same for every address. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** Always true once the address is well-formed: says nothing about whether it is known. */
  accepted: Scalars['Boolean']['output'];
  /** INVALID when the address is not well-formed; otherwise empty. */
  errors: Array<UserError>;
};

/** A correction to ask for. */
export type RequestRectificationInput = {
  /** The field to correct. */
  field: RectifiableField;
  /** The person whose record is wrong: the caller themself, or a student of the caller's school (head, champion or teacher). */
  personId: Scalars['ID']['input'];
  /** Why the record is wrong (3–1000 characters). */
  reason: Scalars['String']['input'];
  /** The correct value, as text (a year group as digits); it must pass the rules of updatePerson. */
  value: Scalars['String']['input'];
};

/** resetPassword's answer. */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** Why the password was not set (INVALID_RESET_TOKEN, INVALID); empty when it was. */
  errors: Array<UserError>;
  /** True when the new password is set. */
  passwordSet: Scalars['Boolean']['output'];
};

/** One table's data policy and the last run of the retention job over it. */
export type RetentionEntry = {
  __typename?: 'RetentionEntry';
  /** What the retention job does when the period is over: delete, anonymise, keep (with a reason), or none (no personal data). */
  action: Scalars['String']['output'];
  /** The column a row's age is measured from; null when kept or not personal. */
  ageColumn: Maybe<Scalars['String']['output']>;
  /** Rows that run deleted or anonymised in this table; null when not personal or no run yet. */
  lastRunAffected: Maybe<Scalars['Int']['output']>;
  /** When the retention job last ran in this service (ISO 8601); null when it has not run yet. */
  lastRunAt: Maybe<Scalars['String']['output']>;
  /** What erasure on request does to the table: delete, anonymise, keep or none; null when not personal. */
  onErasure: Maybe<Scalars['String']['output']>;
  /** Whether it holds personal data. */
  personalData: Scalars['Boolean']['output'];
  /** Why it is held and why that long (or why it holds no personal data). */
  reason: Scalars['String']['output'];
  /** Days rows are kept after `ageColumn`; null when kept or not personal. */
  retainDays: Maybe<Scalars['Int']['output']>;
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
  /** communications's tables, in the order of its data policy. */
  communications: Array<RetentionEntry>;
  /** evaluation's tables, in the order of its data policy. */
  evaluation: Array<RetentionEntry>;
  /** events's tables, in the order of its data policy. */
  events: Array<RetentionEntry>;
  /** Always `partnership`: there is one record. */
  id: Scalars['ID']['output'];
  /** partners-governance's tables, in the order of its data policy. */
  partnersGovernance: Array<RetentionEntry>;
  /** people's tables, in the order of its data policy. */
  people: Array<RetentionEntry>;
  /** teacher-swap's tables, in the order of its data policy. */
  teacherSwap: Array<RetentionEntry>;
};

/** retryDelivery's answer. */
export type RetryDeliveryPayload = {
  __typename?: 'RetryDeliveryPayload';
  /** The delivery, queued again (PENDING, attempts 0); null when refused. */
  delivery: Maybe<Delivery>;
  /** Why it was not queued (NOT_FOUND, NOT_RETRYABLE); empty when it was. */
  errors: Array<UserError>;
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
  apiKey: Maybe<ApiKey>;
  /** Why it was refused (nothing was changed); empty on success. */
  errors: Array<UserError>;
};

/** The result of revokeCalendarFeed. */
export type RevokeCalendarFeedPayload = {
  __typename?: 'RevokeCalendarFeedPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The feed, now revoked; null when refused. */
  feed: Maybe<CalendarFeed>;
};

/** revokeSessions' answer. */
export type RevokeSessionsPayload = {
  __typename?: 'RevokeSessionsPayload';
  /** How many sessions were ended (0 when there were none). */
  revoked: Scalars['Int']['output'];
};

/**
 * What a person does in the partnership; one person may hold several (a student holds only STUDENT).
 * CHAMPION, HEAD and FINANCE follow group membership in partners-governance.
 */
export type Role =
  /** An undergraduate ambassador from the university partner. */
  | 'AMBASSADOR'
  /** A contact at an associate partner (a local organisation that shares the partnership's aims). */
  | 'ASSOCIATE'
  /** A Partnership Champion of their school on the Management Group. */
  | 'CHAMPION'
  /** The partnership's coordinator: runs the day to day and sees everything. */
  | 'COORDINATOR'
  /** The partnership's data protection lead (granted by the coordinator only): answers subject access requests and reads the access log and the retention record. */
  | 'DATA_PROTECTION_LEAD'
  /** A member of the Finance Group, which stewards the partnership's funds. */
  | 'FINANCE'
  /** A headteacher: a member of the Heads Group. */
  | 'HEAD'
  /** A student (Year 7–13) at a partner school; holds no other role and has no contact details here. */
  | 'STUDENT'
  /** A teacher at a partner school. */
  | 'TEACHER';

/** Current students of one partner in one year group, before the rollover. */
export type RolloverGroup = {
  __typename?: 'RolloverGroup';
  /** The year group they move into; null for Year 13, who leave. */
  movesTo: Maybe<Scalars['Int']['output']>;
  /** Resolved by partners-governance; null when it does not know the partner. */
  partner: Maybe<Partner>;
  /** How many current students (leavers excluded) are in it. */
  students: Scalars['Int']['output'];
  /** Their year group now (7–13). */
  yearGroup: Scalars['Int']['output'];
};

/** What `runRollover` would do. */
export type RolloverPreview = {
  __typename?: 'RolloverPreview';
  /** 2026 = 2026/27, the year students move into. */
  academicYear: Scalars['Int']['output'];
  /** True when this year (or a later one) was already rolled: running it would be ALREADY_ROLLED. */
  alreadyRolled: Scalars['Boolean']['output'];
  /** Current students per partner and year group, by partner then year group. */
  groups: Array<RolloverGroup>;
  /** The Year 13 students who would leave, by partner and name. */
  leavers: Array<Person>;
  /** Year 13 students who would leave. */
  leaving: Scalars['Int']['output'];
  /** Students who would move up a year group. */
  movingUp: Scalars['Int']['output'];
};

/** What a rollover did. */
export type RolloverResult = {
  __typename?: 'RolloverResult';
  /** The academic year rolled (2026 = 2026/27). */
  academicYear: Scalars['Int']['output'];
  /** Year 13 students who became leavers. */
  left: Scalars['Int']['output'];
  /** Students moved up one year group (each announced as PersonUpdated). */
  movedUp: Scalars['Int']['output'];
};

/** What a roster import did or, in a dry run, would do. */
export type RosterImportReport = {
  __typename?: 'RosterImportReport';
  /** Rows that create (or, in a dry run, would create) a person. */
  created: Scalars['Int']['output'];
  /** True when nothing was written. */
  dryRun: Scalars['Boolean']['output'];
  /** Students or staff. */
  kind: RosterKind;
  /** The partner whose roster it is. */
  partnerId: Scalars['ID']['output'];
  /** Rows left out. */
  refused: Scalars['Int']['output'];
  /** Every data row, in file order. */
  rows: Array<RosterRowResult>;
  /** Rows matching a person with exactly these values. */
  unchanged: Scalars['Int']['output'];
  /** Rows that update (or would update) a person. */
  updated: Scalars['Int']['output'];
};

/** What a roster CSV lists. */
export type RosterKind =
  /** Columns: display name, roles (TEACHER, AMBASSADOR, ASSOCIATE; separated by `;`), e-mail, optional external id. */
  | 'STAFF'
  /** Columns: display name, year group (7–13; `9`, `Y9` or `Year 9`), optional external id (the school's MIS id). */
  | 'STUDENTS';

/** Why a roster row is refused. */
export type RosterRefusal =
  /** Several students of the partner match by name and year group: give external ids. */
  | 'AMBIGUOUS_MATCH'
  /** Not an e-mail address. */
  | 'BAD_EMAIL'
  /** The external id is longer than 64 characters. */
  | 'BAD_EXTERNAL_ID'
  /** The name breaks registerPerson's rule (2–100 characters). */
  | 'BAD_NAME'
  /** Not a role, or no role given. */
  | 'BAD_ROLE'
  /** Not a year group from 7 to 13. */
  | 'BAD_YEAR_GROUP'
  /** An earlier row of the file is the same person (same external id, name and year group, or e-mail). */
  | 'DUPLICATE_IN_FILE'
  /** Someone at another partner is registered with this e-mail: a roster does not move people between schools. */
  | 'EMAIL_IN_USE'
  /** A staff row without an e-mail (staff are matched by it). */
  | 'MISSING_EMAIL'
  /** The name cell is empty. */
  | 'MISSING_NAME'
  /** A role no roster gives (COORDINATOR; CHAMPION, HEAD and FINANCE follow group membership in governance; STUDENT comes from a students roster), or a person a school roster cannot change. */
  | 'ROLE_NOT_IMPORTABLE';

/** What a roster row does (or, in a dry run, would do). */
export type RosterRowOutcome =
  /** A new person. */
  | 'CREATED'
  /** Left out; `reason` says why. The other rows still apply. */
  | 'REFUSED'
  /** A person already here with exactly these values. */
  | 'UNCHANGED'
  /** A person already here whose name, year group, roles or external id change. */
  | 'UPDATED';

/** One row of a roster import. Names are not repeated: the caller has the file. */
export type RosterRowResult = {
  __typename?: 'RosterRowResult';
  /** The column a refusal is about (displayName, yearGroup, externalId, roles, email). */
  field: Maybe<Scalars['String']['output']>;
  /** The line of the file (the header is line 1). */
  line: Scalars['Int']['output'];
  /** What is wrong, without repeating the cell's value. */
  message: Maybe<Scalars['String']['output']>;
  /** What the row does (or would do). */
  outcome: RosterRowOutcome;
  /** The person matched or (in a real import) created; null for refused rows and dry-run creations. */
  personId: Maybe<Scalars['ID']['output']>;
  /** Set when REFUSED. */
  reason: Maybe<RosterRefusal>;
};

/** The result of runMatchingRound. */
export type RunMatchingRoundPayload = {
  __typename?: 'RunMatchingRoundPayload';
  /** Always empty today: a round either proposes (possibly nothing) or is FORBIDDEN. */
  errors: Array<UserError>;
  /** The swaps this round proposed (pairs proposed before are not repeated). */
  proposed: Array<Swap>;
};

/** runRollover's answer. */
export type RunRolloverPayload = {
  __typename?: 'RunRolloverPayload';
  /** Why nobody was moved (ALREADY_ROLLED, INVALID); empty when the rollover ran. */
  errors: Array<UserError>;
  /** What the rollover did; null when refused. */
  rollover: Maybe<RolloverResult>;
};

/** Metadata of a safeguarding check; never the certificate's contents. */
export type SafeguardingCheck = {
  __typename?: 'SafeguardingCheck';
  /** Who carried out or verified the check (a name or an office, e.g. the employing school's business manager). */
  checkedBy: Scalars['String']['output'];
  /** YYYY-MM-DD */
  checkedOn: Scalars['String']['output'];
  /** The check's id. */
  id: Scalars['ID']['output'];
  /** What was checked. */
  kind: SafeguardingCheckKind;
  /** certificate or confirmation reference */
  reference: Scalars['String']['output'];
  /** YYYY-MM-DD: to be renewed by then */
  reviewOn: Scalars['String']['output'];
};

/** The kind of a safeguarding check on an adult. */
export type SafeguardingCheckKind =
  /** written confirmation from the employing school that it holds the person's checks */
  | 'EMPLOYER_CONFIRMATION'
  /** An enhanced DBS check without the barred list: does not clear anyone on its own. */
  | 'ENHANCED_DBS'
  /** An enhanced DBS check including the children's barred list: clears the adult to work with children. */
  | 'ENHANCED_DBS_BARRED_LIST'
  /** An identity check: does not clear anyone on its own. */
  | 'IDENTITY';

/** One point of an instrument's answer scale. */
export type ScalePoint = {
  __typename?: 'ScalePoint';
  /** What the point means, e.g. None of the time. */
  label: Scalars['String']['output'];
  /** The value submitted as the answer, 1 to 5. */
  value: Scalars['Int']['output'];
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

/** One partner's travel to an event. */
export type SetEventTravelInput = {
  /** What the travel costs, in whole pence (not negative). */
  costPence: Scalars['Int']['input'];
  /** How they travel. */
  mode: TravelMode;
  /** The participating partner whose students travel. */
  partnerId: Scalars['ID']['input'];
  /** ISO date-time with offset, before the event ends. */
  pickupAt: Scalars['String']['input'];
  /** Where the students are picked up (1–200 characters). */
  pickupPlace: Scalars['String']['input'];
  /** Seats booked: not fewer than the partner's registered students. */
  seats: Scalars['Int']['input'];
};

/** setNotificationPreference's answer. */
export type SetNotificationPreferencePayload = {
  __typename?: 'SetNotificationPreferencePayload';
  /** Why nothing changed (MANDATORY_CATEGORY); empty when saved. */
  errors: Array<UserError>;
  /** The choice as saved; null when refused. */
  preference: Maybe<NotificationPreference>;
};

/** setPassword's answer. */
export type SetPasswordPayload = {
  __typename?: 'SetPasswordPayload';
  /** Why the password was not set; empty when it was. */
  errors: Array<UserError>;
  /** How many sessions the change ended. */
  revokedSessions: Scalars['Int']['output'];
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

/** The answer of every way to sign in. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** Why sign-in was refused; empty on success. */
  errors: Array<UserError>;
  /** The new session's tokens; null when refused. */
  session: Maybe<AuthSession>;
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

/** signOut's answer. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** True when a session was ended; false when the token matched no open session (nothing to end). */
  signedOut: Scalars['Boolean']['output'];
};

/**
 * A group that meets all year across partners, such as the partnership choir. Its sessions
 * (rehearsals, performances) are ordinary events; a member registers once for the group and holds a
 * registration for every session, present and future. Attendance is still recorded per session.
 */
export type StandingGroup = {
  __typename?: 'StandingGroup';
  /** The group's id. */
  id: Scalars['ID']['output'];
  /** Whether the signed-in caller is a current member. */
  isMember: Scalars['Boolean']['output'];
  /** The kind of its sessions (e.g. CHOIR). */
  kind: EventKind;
  /** Members who have not left (a count; names are the people service's). */
  memberCount: Scalars['Int']['output'];
  /** Its sessions the caller may see, soonest first. */
  sessions: Array<Event>;
  /** The group's name, e.g. the partnership choir (3–200 characters). */
  title: Scalars['String']['output'];
};

/** The result of createStandingGroup. */
export type StandingGroupPayload = {
  __typename?: 'StandingGroupPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The new group; null when refused. */
  standingGroup: Maybe<StandingGroup>;
};

/** The result of addStandingGroupSessions or joinStandingGroup. */
export type StandingGroupRegistrationsPayload = {
  __typename?: 'StandingGroupRegistrationsPayload';
  /** Why the whole request was refused (nothing written); a refused session is in `skipped` instead. */
  errors: Array<UserError>;
  /** Registrations made by this change (a place or a place in the queue), one per member and session. */
  registrations: Array<Registration>;
  /** Sessions someone could not be registered for, with the reason; the rest went ahead. */
  skipped: Array<StandingGroupSkip>;
  /** The group; null when refused. */
  standingGroup: Maybe<StandingGroup>;
};

/** A session a member could not be registered for, and why (e.g. YEAR_GROUP_NOT_ELIGIBLE). */
export type StandingGroupSkip = {
  __typename?: 'StandingGroupSkip';
  /** Why: registerForEvent's refusal, or EVENT_NOT_OPEN for a session not yet published. */
  code: UserErrorCode;
  /** The session. */
  event: Event;
  /** The reason, in words. */
  message: Scalars['String']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  person: Maybe<Person>;
};

/**
 * A student's own words: their answer to a survey's reflection question ("What will you do that is
 * new or different…?"). Pseudonymous: never a name or an id of the student.
 */
export type StudentVoice = {
  __typename?: 'StudentVoice';
  /** Starting year of the academic year: 2025 is 2025–26. */
  academicYear: Scalars['Int']['output'];
  /** The aims of the event. */
  aims: Array<Aim>;
  /** The event the survey was about, resolved by events; null when the caller may not see it. */
  event: Maybe<Event>;
  /** The quote's id (not the student's). */
  id: Scalars['ID']['output'];
  /**
   * The student's school, only when at least 10 of its students answered the same survey; null
   * otherwise, so that a school and an event never point to a child.
   */
  partner: Maybe<Partner>;
  /** Whether the words were written before (PRE) or after (POST) the event. */
  phase: SurveyPhase;
  /** Whether the coordinator has cleared the quote for the annual report. */
  publishable: Scalars['Boolean']['output'];
  /** The words, as the student wrote them. */
  text: Scalars['String']['output'];
  /** The coordinator's theme tags, lower-case. */
  themes: Array<Scalars['String']['output']>;
};

/** A page of quotes. */
export type StudentVoiceConnection = {
  __typename?: 'StudentVoiceConnection';
  /** The quotes of this page. */
  edges: Array<StudentVoiceEdge>;
  /** Where the next page starts. */
  pageInfo: PageInfo;
};

/** One quote and its cursor. */
export type StudentVoiceEdge = {
  __typename?: 'StudentVoiceEdge';
  /** Pass as `after` to continue after this quote. */
  cursor: Scalars['String']['output'];
  /** The quote. */
  node: StudentVoice;
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
  decidedOn: Maybe<Scalars['String']['output']>;
  /** Why it was rejected (or a note on approval). */
  decisionReason: Maybe<Scalars['String']['output']>;
  /** The proposal's id (the draft event carries it as `proposalId`). */
  id: Scalars['ID']['output'];
  /** The kind of event. */
  kind: EventKind;
  /** The id of the Management meeting that decided it. */
  meetingId: Maybe<Scalars['ID']['output']>;
  /** The proposer's school. */
  partner: Maybe<Partner>;
  /** The proposer first, then co-proposers (resolved by people; an entry is null when the caller may not see that person). */
  proposers: Maybe<Array<Maybe<Person>>>;
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
  proposal: Maybe<StudentVoiceProposal>;
};

/** A subject access request as answered: who it is about, when, and the data subject to read the held data from. */
export type SubjectAccessRequest = {
  __typename?: 'SubjectAccessRequest';
  /** The person the request is about. */
  personId: Scalars['ID']['output'];
  /** Whether people holds a record of this person; false for an unknown or erased person. */
  personKnown: Scalars['Boolean']['output'];
  /** When the request was answered (ISO 8601). */
  requestedAt: Scalars['String']['output'];
  /** The person as the subject of their data: select each service's `heldBy…` field on it. */
  subject: DataSubject;
};

/**
 * Teachers of one subject across partners, sharing resources. Cluster meetings are events of kind
 * SUBJECT_CLUSTER in the events programme; this subgraph does not store them.
 */
export type SubjectCluster = {
  __typename?: 'SubjectCluster';
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** The cluster's id. */
  id: Scalars['ID']['output'];
  /** The caller leads the cluster (and may add members). */
  isLead: Scalars['Boolean']['output'];
  /** The caller is a member. */
  isMember: Scalars['Boolean']['output'];
  /** How many teachers belong to it (a count, seen by anyone who sees the cluster). */
  memberCount: Scalars['Int']['output'];
  /** For members and the coordinator; null for anyone else (heads see the cluster, not who is in it). */
  members: Maybe<Array<SubjectClusterMember>>;
  /** The cluster's name, 1–120 characters. */
  name: Scalars['String']['output'];
  /** Null for a cluster across phases. */
  phase: Maybe<Phase>;
  /** The subject its teachers share, 1–60 characters. */
  subject: Scalars['String']['output'];
};

/** A teacher's membership of a subject cluster. */
export type SubjectClusterMember = {
  __typename?: 'SubjectClusterMember';
  /** ISO 8601 timestamp. */
  joinedAt: Scalars['String']['output'];
  /** The member leads the cluster (named by the coordinator) and may add members. */
  lead: Scalars['Boolean']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  person: Maybe<Person>;
};

/** The result of a change to a subject cluster or its membership. */
export type SubjectClusterPayload = {
  __typename?: 'SubjectClusterPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The cluster after the change; null when there are errors. */
  subjectCluster: Maybe<SubjectCluster>;
};

/** One person's answers to one survey: give the survey or the invitation's token, not both. */
export type SubmitSurveyResponseInput = {
  /** One answer per item, in order, each 1–5. */
  answers: Array<InputMaybe<Scalars['Int']['input']>>;
  /** Answer to the reflection question. */
  reflection?: InputMaybe<Scalars['String']['input']>;
  /** Either the survey (answered as the signed-in person) or the invitation's token. */
  surveyId?: InputMaybe<Scalars['ID']['input']>;
  /** The invitation's token (see `mySurveys`); valid only for the person it was issued to (NOT_INVITED). */
  token?: InputMaybe<Scalars['String']['input']>;
};

/** The result of submitSurveyResponse. */
export type SubmitSurveyResponsePayload = {
  __typename?: 'SubmitSurveyResponsePayload';
  /** True when the answers were recorded; false when there are errors. */
  accepted: Scalars['Boolean']['output'];
  /** Why nothing was written; empty on success. */
  errors: Array<UserError>;
};

/**
 * A questionnaire given before (PRE) or after (POST) an event, using one instrument. Responses are
 * pseudonymous and never shown per person. Owned by evaluation.
 */
export type Survey = {
  __typename?: 'Survey';
  /** ISO date-time with offset; always after opensAt. */
  closesAt: Scalars['String']['output'];
  /** ISO date-time with offset. */
  createdAt: Scalars['String']['output'];
  /**
   * Resolved by events; null when the caller may not see that event (drafts and cancelled events are
   * for the coordinator and champions only). The survey itself is still shown.
   */
  event: Maybe<Event>;
  /** The survey's id. */
  id: Scalars['ID']['output'];
  /**
   * The questionnaire this survey uses. A POST answer is paired with the same person's PRE answer
   * only when both surveys of the event use the same instrument.
   */
  instrument: Instrument;
  /**
   * People invited, counted as for nonResponderCount: everyone for the coordinator, their own
   * school's for a head or champion. Null, with a FORBIDDEN error for this field only, for everyone else.
   */
  invitedCount: Maybe<Scalars['Int']['output']>;
  /** Number of items to answer, each on a 1–5 scale. */
  itemCount: Scalars['Int']['output'];
  /**
   * The instrument's scored statements, in order, as worded (itemCount of them); answer them in this
   * order (answers[n] is the answer to the item at position n + 1), each on the item's scale.
   */
  items: Array<SurveyItem>;
  /** The instrument's copyright or citation line: show it wherever the survey is shown. */
  licenceNotice: Maybe<Scalars['String']['output']>;
  /**
   * People invited who have not answered yet, for reminders. The coordinator counts everyone; a head
   * or champion counts their own school's invitees (reminders go school by school). Null, with a
   * FORBIDDEN error for this field only, for everyone else.
   */
  nonResponderCount: Maybe<Scalars['Int']['output']>;
  /** ISO date-time with offset. */
  opensAt: Scalars['String']['output'];
  /** Whether this is the baseline before the event (PRE) or the follow-up after it (POST). */
  phase: SurveyPhase;
  /** The free-text question every survey asks. */
  reflectionQuestion: Scalars['String']['output'];
  /** DRAFT while being set up, OPEN while it takes answers, CLOSED once it takes none. */
  status: SurveyStatus;
};

/** One scored statement of a survey's instrument. */
export type SurveyItem = {
  __typename?: 'SurveyItem';
  /** 1 for the first statement; the answer goes at index position − 1 of submitSurveyResponse's answers. */
  position: Scalars['Int']['output'];
  /** The points to choose from, lowest value first (1 to 5, each in the instrument's own words). */
  scale: Array<ScalePoint>;
  /** The statement, as the instrument words it (reproduced unaltered, as its licence requires). */
  text: Scalars['String']['output'];
};

/** When a survey is given, relative to its event. */
export type SurveyPhase =
  /**
   * After the event: opens when the event completes (one survey per instrument its PRE surveys used)
   * and closes after a configured period; the attendees are invited, each on the instrument of their
   * PRE invitation (even if their year group changed since) or else of their age band. An answer is
   * paired with the same person's PRE score on the same instrument.
   */
  | 'POST'
  /**
   * Before the event: the baseline. Opens automatically when the event is published (one survey per
   * age band of its year groups) and closes when the event starts; those holding a place are invited,
   * including those who register later, each to the survey of their age band's instrument.
   */
  | 'PRE';

/** Where a survey is in its life. */
export type SurveyStatus =
  /** No longer taking answers; its responses still count in reports. */
  | 'CLOSED'
  /** Being set up: seen only by the coordinator, heads and champions; nobody can answer it yet. */
  | 'DRAFT'
  /** Taking answers from its invitees, until its window closes. */
  | 'OPEN';

/**
 * An offer paired with a request: the offering (visiting) teacher spends startsOn–endsOn at the
 * requesting (host) teacher's school. The coordinator sees every swap, a head their school's, a
 * teacher their own; no one else.
 */
export type Swap = {
  __typename?: 'Swap';
  /** ISO 8601 timestamp the host head confirmed the visitor's checks in writing. */
  checksConfirmedAt: Maybe<Scalars['String']['output']>;
  /** ISO date (UK) the swap was recorded as having happened; null before. */
  completedOn: Maybe<Scalars['String']['output']>;
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** ISO date: the last day of the overlap of both windows. */
  endsOn: Scalars['String']['output'];
  /** Why the matcher proposed this pair; null for a pinned pair proposed before scoring. */
  explanation: Maybe<MatchExplanation>;
  /** The host school's head has approved. */
  hostApproved: Scalars['Boolean']['output'];
  /** The host school; resolved by partners-governance, null when the caller may not see it. */
  hostPartner: Maybe<Partner>;
  /** The host teacher's school when the swap was matched. */
  hostPartnerId: Scalars['ID']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  hostTeacher: Maybe<Person>;
  /** The swap's id. */
  id: Scalars['ID']['output'];
  /**
   * For the coordinator: true when the swap is still to happen (PROPOSED to SCHEDULED) but one of
   * its teachers is no longer eligible (lost the TEACHER role, their school left or is not a state
   * or independent school, not known any more) or has moved school since it was matched, per the
   * people and partner projections. Computed on read. Always false for anyone else.
   */
  needsReview: Scalars['Boolean']['output'];
  /** Null when the caller may not see the offer (e.g. it has been withdrawn). */
  offer: Maybe<SwapOffer>;
  /** The phase or key stage both teachers teach. */
  phase: Phase;
  /** The coordinator proposed this pair by hand. */
  pinned: Scalars['Boolean']['output'];
  /**
   * The teachers' reflections, once the swap has happened: seen, words included, by whoever sees the
   * swap (its two teachers, both schools' heads and the coordinator).
   */
  reflections: Array<SwapReflection>;
  /** Null when the caller may not see the request. */
  request: Maybe<SwapRequest>;
  /** For the coordinator: why needsReview is true (each side, host first); null otherwise. */
  reviewReason: Maybe<Scalars['String']['output']>;
  /** ISO date: the first day of the overlap of both windows. */
  startsOn: Scalars['String']['output'];
  /** Where the swap is in its lifecycle. */
  status: SwapStatus;
  /** The subjects both teachers share. */
  subjects: Array<Scalars['String']['output']>;
  /** The visiting school's head has approved. */
  visitingApproved: Scalars['Boolean']['output'];
  /** The visitor's school; resolved by partners-governance, null when the caller may not see it. */
  visitingPartner: Maybe<Partner>;
  /** The visiting teacher's school when the swap was matched. */
  visitingPartnerId: Scalars['ID']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  visitingTeacher: Maybe<Person>;
  /** Why the swap was withdrawn (1–500 characters); null unless WITHDRAWN. */
  withdrawnReason: Maybe<Scalars['String']['output']>;
};

/** How many teacher swap reflections named one aim. */
export type SwapAimCount = {
  __typename?: 'SwapAimCount';
  /** The aim. */
  aim: Aim;
  /** Reflections that named it. */
  reflections: Scalars['Int']['output'];
};

/** A teacher's swaps that have happened (COMPLETED or REFLECTED), for their CPD record. */
export type SwapCpd = {
  __typename?: 'SwapCpd';
  /** Swaps visited plus swaps hosted. */
  completedSwaps: Scalars['Int']['output'];
  /** Days those swaps spanned, startsOn to endsOn with both days included. */
  days: Scalars['Int']['output'];
  /** Swaps in which the person was the host teacher. */
  hosted: Scalars['Int']['output'];
  /** Swaps in which the person was the visiting teacher. */
  visited: Scalars['Int']['output'];
};

/**
 * A teacher's offer to spend time in a school of the other sector (state ↔ independent).
 * Owned by teacher-swap. The coordinator sees every offer; heads, champions and teachers see open
 * offers, and a teacher also sees their own in any status.
 */
export type SwapOffer = {
  __typename?: 'SwapOffer';
  /** ISO date (YYYY-MM-DD), the first day the teacher could swap. */
  availableFrom: Scalars['String']['output'];
  /** ISO date, the last day the teacher could swap. */
  availableTo: Scalars['String']['output'];
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** The offer's id. */
  id: Scalars['ID']['output'];
  /** How far the teacher will travel, 1–60 miles. */
  maxTravelMiles: Scalars['Int']['output'];
  /** The teacher's notes, at most 1000 characters, seen by everyone who sees the listing; null when none. */
  notes: Maybe<Scalars['String']['output']>;
  /** The phase or key stage the teacher teaches; a match needs the same phase on both sides. */
  phase: Phase;
  /** The sector of the teacher's partner when the offer was made: STATE or INDEPENDENT. */
  sector: Sector;
  /** OPEN while listed (also while in a swap that has not been withdrawn), or WITHDRAWN. */
  status: SwapOfferStatus;
  /** 1–5 subjects, as the teacher names them. */
  subjects: Array<Scalars['String']['output']>;
  /** Resolved by people; null when the caller may not see that person. */
  teacher: Maybe<Person>;
};

/** Whether an offer or request is still listed. */
export type SwapOfferStatus =
  /** Listed: it can be matched, unless it is already in a swap that has not been withdrawn. */
  | 'OPEN'
  /**
   * Taken out of the pool: by its teacher or the coordinator, or automatically when the teacher
   * moves to a school or role that no longer qualifies (not while it is in a live swap).
   */
  | 'WITHDRAWN';

/** The result of a step in a swap's lifecycle, or of proposing one by hand. */
export type SwapPayload = {
  __typename?: 'SwapPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The swap after the step; null when there are errors. */
  swap: Maybe<Swap>;
};

/** A teacher's reflection on a swap they took part in, written once it happened. */
export type SwapReflection = {
  __typename?: 'SwapReflection';
  /** The partnership's aims the teacher says the swap served; may be empty. */
  aims: Array<Aim>;
  /** ISO date. */
  reflectedOn: Scalars['String']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  teacher: Maybe<Person>;
  /** What the teacher wrote, 1–4000 characters. Stays in teacher-swap: evaluation receives the aims only. */
  text: Scalars['String']['output'];
};

/** Teacher swap reflections of one academic year within the caller's report scope: counts only. */
export type SwapReflectionEvidence = {
  __typename?: 'SwapReflectionEvidence';
  /** Starting year of the academic year (2025 is 2025–26). */
  academicYear: Scalars['Int']['output'];
  /** Reflections naming each aim, most frequent first. */
  byAim: Array<SwapAimCount>;
  /** Swaps completed in the year (SwapCompleted), counted for a school when either teacher is from it. */
  completedSwaps: Scalars['Int']['output'];
  /** Reflections received, one per teacher and swap. */
  reflections: Scalars['Int']['output'];
  /** Distinct swaps reflected on. */
  swaps: Scalars['Int']['output'];
};

/**
 * A teacher's request to host a visitor from the other sector: the same fields as an offer. In a
 * swap the offering teacher visits and the requesting teacher hosts. Visible like offers.
 */
export type SwapRequest = {
  __typename?: 'SwapRequest';
  /** ISO date, the first day the teacher could host. */
  availableFrom: Scalars['String']['output'];
  /** ISO date, the last day the teacher could host. */
  availableTo: Scalars['String']['output'];
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** How far the teacher will travel for the return visit, 1–60 miles. */
  maxTravelMiles: Scalars['Int']['output'];
  /** The teacher's notes, at most 1000 characters, seen by everyone who sees the listing; null when none. */
  notes: Maybe<Scalars['String']['output']>;
  /** The phase or key stage the teacher teaches; a match needs the same phase on both sides. */
  phase: Phase;
  /** STATE or INDEPENDENT, copied from the teacher's partner. */
  sector: Sector;
  /** OPEN while listed (also while in a swap that has not been withdrawn), or WITHDRAWN. */
  status: SwapOfferStatus;
  /** 1–5 subjects, as the teacher names them. */
  subjects: Array<Scalars['String']['output']>;
  /** Resolved by people; null when the caller may not see that person. */
  teacher: Maybe<Person>;
};

/**
 * Where a swap is: PROPOSED → APPROVED → CHECKS_CONFIRMED → SCHEDULED → COMPLETED → REFLECTED, or
 * WITHDRAWN before it happens.
 */
export type SwapStatus =
  /** Both heads approved; the host confirms the visitor's checks next. */
  | 'APPROVED'
  /** The host confirmed in writing that the visitor's checks are valid for the swap's days. */
  | 'CHECKS_CONFIRMED'
  /** It has happened (recorded on or after its first day); each teacher may now reflect once. */
  | 'COMPLETED'
  /** Matched, waiting for both heads. */
  | 'PROPOSED'
  /** Both teachers have reflected. */
  | 'REFLECTED'
  /** Fixed; in the events programme as a teacher-swap visit. */
  | 'SCHEDULED'
  /** Withdrawn before it happened, with a reason. */
  | 'WITHDRAWN';

/**
 * A term of the academic year, by UK local date. Terms here are the usual thirds, not any one
 * school's term dates.
 */
export type Term =
  /** 1 September to 31 December. */
  | 'AUTUMN'
  /** 1 January to 31 March. */
  | 'SPRING'
  /** 1 April to 31 August. */
  | 'SUMMER';

/** The result of setting a term calendar. */
export type TermCalendarPayload = {
  __typename?: 'TermCalendarPayload';
  /** The calendar as saved, by start date. */
  entries: Maybe<Array<TermDate>>;
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
  label: Maybe<Scalars['String']['output']>;
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

/** Minutes in one term. */
export type TermMinutes = {
  __typename?: 'TermMinutes';
  /** Minutes logged at events starting in that term; 0 when none. */
  minutes: Scalars['Int']['output'];
  /** The term. */
  term: Term;
};

/** How many focus group notes of a year carry a theme under an aim. */
export type ThemeCount = {
  __typename?: 'ThemeCount';
  /** An aim the notes are tagged with. */
  aim: Aim;
  /** Notes tagged with both the theme and the aim. */
  notes: Scalars['Int']['output'];
  /** The theme tag, lower-case. */
  theme: Scalars['String']['output'];
};

/** One partner's line of an event's transport list. */
export type TransportListEntry = {
  __typename?: 'TransportListEntry';
  /** In pence; null until planned. */
  costPence: Maybe<Scalars['Int']['output']>;
  /** Straight-line (haversine) distance from the partner's site to the venue in km, to 0.1; null when a location is unknown. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** Null until travel is planned for this partner. */
  mode: Maybe<TravelMode>;
  /** Resolved by partners-governance; null when it does not know the partner. */
  partner: Maybe<Partner>;
  /** ISO date-time with offset; null until planned. */
  pickupAt: Maybe<Scalars['String']['output']>;
  /** Where the students are picked up; null until planned. */
  pickupPlace: Maybe<Scalars['String']['output']>;
  /** Students of this partner holding a place (registered, offered or attended). */
  registeredStudents: Scalars['Int']['output'];
  /** Seats booked; null until planned. */
  seats: Maybe<Scalars['Int']['output']>;
};

/** How a partner's students get to an event. */
export type TravelMode =
  /** A hired coach. */
  | 'COACH'
  /** A minibus. */
  | 'MINIBUS'
  /** Parents or carers bring their children. */
  | 'PARENTS'
  /** Trains or buses. */
  | 'PUBLIC_TRANSPORT'
  /** On foot. */
  | 'WALKING';

/** Fields left out keep their value. */
export type UpdateBudgetLineInput = {
  /** Zero or more. */
  budgetedPence?: InputMaybe<Scalars['Pence']['input']>;
  /** 1–20 capital letters, digits, - or _; unique within the year. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 2–120 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; the result is validated as a whole. */
export type UpdateEventInput = {
  /** At least one aim; replaces the list. */
  aims?: InputMaybe<Array<Aim>>;
  /** Who it is for; the year groups must still fit (students need some, teachers only none). */
  audience?: InputMaybe<Audience>;
  /**
   * 1–5000, not below the places already held (CAPACITY_BELOW_REGISTRATIONS). New places of a
   * PUBLISHED event that has not started are offered to the waitlist at once.
   */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** ISO date-time with offset, after startsAt. */
  endsAt?: InputMaybe<Scalars['String']['input']>;
  /**
   * A partner that is a member today, where the caller may place an event (as for createEvent).
   * Null moves the event to an external venue (then `venue` is required), which only the
   * coordinator may do.
   */
  hostPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of event it is. */
  kind?: InputMaybe<EventKind>;
  /**
   * 1 up to the capacity, not below the places any one partner already holds
   * (QUOTA_BELOW_REGISTRATIONS); null removes the quota.
   */
  partnerQuota?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the consents a student must have given; checked for new registrations only. */
  requiredConsents?: InputMaybe<Array<ConsentKind>>;
  /** ISO date-time with offset. */
  startsAt?: InputMaybe<Scalars['String']['input']>;
  /** 3–200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A room at the host or the external venue's name (at most 200 characters); null clears it. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** School year groups (7–13); replaces the list. Empty (or null) for teachers only. */
  yearGroups?: InputMaybe<Array<Scalars['Int']['input']>>;
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

/** Only the fields given change; null clears an optional field. The result must pass the registration rules. */
export type UpdatePersonInput = {
  /** 2–100 characters. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Adults only; unique regardless of case. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Moves the person to this partner (known and still in the partnership); the caller needs the right at both partners. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Adults only: digits and spaces, optionally starting with +. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The whole new list (at least one, no repeats). CHAMPION, HEAD and FINANCE cannot be added or removed here. */
  roles?: InputMaybe<Array<Role>>;
  /** A student's year group (7–13); not allowed for adults. */
  yearGroup?: InputMaybe<Scalars['Int']['input']>;
};

/** updatePerson's answer. */
export type UpdatePersonPayload = {
  __typename?: 'UpdatePersonPayload';
  /** Why the input was refused; empty when the change was made. */
  errors: Array<UserError>;
  /** The person as changed; null when the input was refused. */
  person: Maybe<Person>;
};

/** A problem with a mutation's input, returned as data so a client can show it by the field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is, for a client to act on. */
  code: UserErrorCode;
  /** The input field at fault as a dotted path (e.g. `name`, `entries.2.startsOn`); null when the problem is not one field's. */
  field: Maybe<Scalars['String']['output']>;
  /** What is wrong, in plain words, to show beside the field. */
  message: Scalars['String']['output'];
};

/**
 * Why communications refused a mutation's input. Every subgraph declares the codes it returns under
 * this one name; the graph's enum is their union.
 */
export type UserErrorCode =
  /** The person is already checked in. */
  | 'ALREADY_CHECKED_IN'
  /** The person is already checked out. */
  | 'ALREADY_CHECKED_OUT'
  /** The associate-partner application or the Student Voice proposal has already been decided. */
  | 'ALREADY_DECIDED'
  /** This school or teacher has already taken this step for the swap. */
  | 'ALREADY_DONE'
  /** The request was already handled (applied or refused): nothing was changed again. */
  | 'ALREADY_HANDLED'
  /** The partner has already left (its last membership period is closed), so it cannot leave again. */
  | 'ALREADY_LEFT'
  /** The person is already a member of this subject cluster. */
  | 'ALREADY_MEMBER'
  /** The person already has a place, an offer or a place in the queue at this event. */
  | 'ALREADY_REGISTERED'
  /** The caller has already answered this survey. */
  | 'ALREADY_RESPONDED'
  /** The rollover has already been run for this academic year (or a later one): nobody was moved. */
  | 'ALREADY_ROLLED'
  /** The partner has already signed this MoU version. */
  | 'ALREADY_SIGNED'
  /** An answer is off the instrument's scale; `field` names it (answers.<index>). */
  | 'ANSWER_OUT_OF_RANGE'
  /** The new capacity is below the places already held. */
  | 'CAPACITY_BELOW_REGISTRATIONS'
  /** The Management Group already has two champions of this partner: one must leave before another joins. */
  | 'CHAMPION_LIMIT'
  /** Check-in is open from two hours before the start until a day after the end. */
  | 'CHECK_IN_CLOSED'
  /** A consent record must say who gave, refused or withdrew it (`givenBy`). */
  | 'CONSENT_GIVER_REQUIRED'
  /** The event needs a consent (e.g. for a trip) this person has not given. */
  | 'CONSENT_REQUIRED'
  /** The roster has a date-of-birth column: the platform never stores one, so the whole file is refused (its values are neither stored nor repeated). */
  | 'DATE_OF_BIRTH_COLUMN'
  /** A partner with this name (ignoring case) already exists. */
  | 'DUPLICATE'
  /** Someone is already registered with this e-mail address (regardless of case). */
  | 'DUPLICATE_EMAIL'
  /** The event already has a survey of this phase on this instrument. */
  | 'DUPLICATE_SURVEY'
  /** The event is cancelled: nothing more can be done with it (registering, evaluating). */
  | 'EVENT_CANCELLED'
  /** The event of this POST survey has not happened yet. */
  | 'EVENT_NOT_HAPPENED'
  /** Not open for this: registration needs a PUBLISHED event, check-in a PUBLISHED or COMPLETED one. */
  | 'EVENT_NOT_OPEN'
  /** The event has already started: no registrations or cancellations any more. */
  | 'EVENT_STARTED'
  /** A finance record with this natural key already exists (a period for the academic year, a budget line code in the year, an invoice reference). */
  | 'FINANCE_DUPLICATE'
  /** CHAMPION, HEAD and FINANCE follow group membership in partners-governance: join or leave the group there (only the coordinator may give them when registering someone). */
  | 'GOVERNING_ROLE_FOLLOWS_GROUP'
  /** The pair breaks a hard matching rule (same sector, no shared subject or phase, no date overlap, too far, partner inactive); `message` names it. */
  | 'HARD_RULE_BROKEN'
  /** Hours are logged once the event has started, not in advance. */
  | 'HOURS_BEFORE_START'
  /** The instrument is not validated for the age of the event's year groups, or of the respondent. */
  | 'INSTRUMENT_OUTSIDE_AGE_BAND'
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** The sign-in code is not right, has expired or was already used. */
  | 'INVALID_CODE'
  /** The e-mail address or password (or the current password) is not right; never says which. */
  | 'INVALID_CREDENTIALS'
  /** The refresh token is not right, has expired, was already used or is not the caller's: sign in again. */
  | 'INVALID_REFRESH_TOKEN'
  /** The password reset token is wrong, already used or expired. */
  | 'INVALID_RESET_TOKEN'
  /** The event's status does not allow this change (e.g. cancelling a completed event). */
  | 'INVALID_TRANSITION'
  /** A focus group note records a group already held: its date is after today. */
  | 'IN_THE_FUTURE'
  /** The record is still used by others (a budget line with expenses, an invoice with payments): remove those first. */
  | 'IN_USE'
  /** Too many wrong passwords in a row: sign-in with this address is paused for 15 minutes. */
  | 'LOCKED_OUT'
  /** Safeguarding and account messages cannot be turned off or delayed. */
  | 'MANDATORY_CATEGORY'
  /** An item is unanswered; `field` names it (answers.<index>). */
  | 'MISSING_ITEM'
  /** The registration is no longer active (cancelled, attended or a no-show). */
  | 'NOT_ACTIVE'
  /** The person is not an ambassador at this event. */
  | 'NOT_AMBASSADOR_AT_EVENT'
  /** Safeguarding checks are recorded for adults only, never for a student. */
  | 'NOT_AN_ADULT'
  /** The person does not hold the AMBASSADOR role. */
  | 'NOT_AN_AMBASSADOR'
  /** None of the ambassador's availability windows covers the whole event. */
  | 'NOT_AVAILABLE'
  /** Only a member of the group (or the coordinator) may do this: decide at its meetings, or propose as a Student Voice member. */
  | 'NOT_A_GROUP_MEMBER'
  /** Student Voice proposals are decided at a meeting of the Management Group. */
  | 'NOT_A_MANAGEMENT_MEETING'
  /** The person is not a member of this subject cluster. */
  | 'NOT_A_MEMBER'
  /** A student organiser must be a student. */
  | 'NOT_A_STUDENT'
  /** The person making the offer is not registered as a teacher. */
  | 'NOT_A_TEACHER'
  /** The person was never checked in, so cannot be checked out. */
  | 'NOT_CHECKED_IN'
  /** Only a DRAFT can be published or opened (an event, a survey); this one is not a draft any more. */
  | 'NOT_DRAFT'
  /** A CANCELLED or COMPLETED event cannot be changed. */
  | 'NOT_EDITABLE'
  /** This person cannot sit in this group: students sit in the Student Voice Group only, and only students do. */
  | 'NOT_ELIGIBLE'
  /** The event has not ended yet, so it cannot be completed. */
  | 'NOT_ENDED'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** The caller is not invited to this survey, or the link is not theirs. */
  | 'NOT_INVITED'
  /** The event's audience (students, teachers) does not include this person. */
  | 'NOT_IN_AUDIENCE'
  /** The person is not a current member of this standing group. */
  | 'NOT_IN_GROUP'
  /** The offer or request is not open (already withdrawn or already in a swap). */
  | 'NOT_OPEN'
  /** The person has no place at this event (for check-in and check-out). */
  | 'NOT_REGISTERED'
  /** The delivery is not DEAD or SKIPPED, so there is nothing to retry. */
  | 'NOT_RETRYABLE'
  /** Organisers and teachers in charge are staff of a partner. */
  | 'NOT_STAFF'
  /** There is no ambassador slot offered to this person at this event. */
  | 'NO_AMBASSADOR_OFFER'
  /** No MoU version has been published yet, so there is nothing to sign. */
  | 'NO_CURRENT_MOU'
  /** There is no open offer to confirm for this registration. */
  | 'NO_OFFER'
  /** Students have no password: they sign in with a code from their school. */
  | 'NO_PASSWORD_SIGN_IN'
  /** Every ambassador slot of the event is already offered or taken. */
  | 'NO_SLOTS_LEFT'
  /** The visiting teacher has no safeguarding check (as the people service reports it) valid through the swap's last day. */
  | 'NO_VALID_CHECK'
  /** The deadline to confirm the offered place has passed; the place has moved on. */
  | 'OFFER_EXPIRED'
  /** The person already belongs to this group for part of these dates: end the current membership first, or start after it ended. */
  | 'OVERLAPPING_MEMBERSHIP'
  /** The membership period would overlap one the partner already has (rejoining before the last leaving date, or while still a member). */
  | 'OVERLAPPING_PERIOD'
  /** The payment would take the levy invoice past its amount; `message` says by how much. */
  | 'OVERPAYMENT'
  /** An action item needs an owner: the id of the person who will do it. */
  | 'OWNER_REQUIRED'
  /** The partner has left the partnership: nothing new can be tied to it. */
  | 'PARTNER_LEFT'
  /** The person's school or organisation is not a member of the partnership today. */
  | 'PARTNER_NOT_MEMBER'
  /** The finance period (academic year) is closed: its records are read-only until the coordinator reopens it. */
  | 'PERIOD_CLOSED'
  /** The person left the partnership (a Year 13 leaver): they can no longer sign in. */
  | 'PERSON_LEFT'
  /** The new partner quota is below the places one partner already holds. */
  | 'QUOTA_BELOW_REGISTRATIONS'
  /** The reflection is longer than allowed. */
  | 'REFLECTION_TOO_LONG'
  /** An ambassador needs a safeguarding check valid on the last day of the event. */
  | 'SAFEGUARDING_NOT_VALID'
  /** Fewer travel seats than the students this partner has registered for the event. */
  | 'SEATS_BELOW_REGISTERED'
  /** The event is already a session of another standing group. */
  | 'SESSION_OF_OTHER_GROUP'
  /** Fewer ambassador slots than ambassadors already offered or taken. */
  | 'SLOTS_BELOW_OFFERED'
  /** The survey's window has passed (a PRE survey closes when its event starts); it takes no more answers. */
  | 'SURVEY_CLOSED'
  /** The survey is not open for answers yet (still a draft, or its window has not begun). */
  | 'SURVEY_NOT_OPEN'
  /** The swap's status does not allow this step (e.g. scheduling before the checks are confirmed, reflecting before it happened). */
  | 'SWAP_STEP_NOT_ALLOWED'
  /** The caller may not address this audience (a champion announces to their own partner and its events only). */
  | 'TARGET_NOT_ALLOWED'
  /** This kind of audience cannot be addressed yet. */
  | 'TARGET_NOT_SUPPORTED'
  /** A POST survey cannot open before its event has ended. */
  | 'TOO_EARLY'
  /** A PRE survey must open before its event starts (it is a baseline). */
  | 'TOO_LATE'
  /** No event with this id is known to evaluation (it has not heard of it from events). */
  | 'UNKNOWN_EVENT'
  /** No partner with this id is known to the service answering (it may not have heard of a new partner yet). */
  | 'UNKNOWN_PARTNER'
  /** No person with this id is known to events. */
  | 'UNKNOWN_PERSON'
  /** There is no survey with this id to answer. */
  | 'UNKNOWN_SURVEY'
  /** Teacher swaps have not heard of this teacher from people yet (try again shortly). */
  | 'UNKNOWN_TEACHER'
  /** The survey's window closed before it was opened. */
  | 'WINDOW_ENDED'
  /** The number of answers is not the instrument's number of items. */
  | 'WRONG_ITEM_COUNT'
  /** The teacher's partner is neither a state nor an independent school: swaps cross those two sectors. */
  | 'WRONG_SECTOR'
  /** The event is not for this student's year group. */
  | 'YEAR_GROUP_NOT_ELIGIBLE';

/** The result of withdrawSwapOffer. */
export type WithdrawSwapOfferPayload = {
  __typename?: 'WithdrawSwapOfferPayload';
  /** Why nothing changed (NOT_FOUND, NOT_OPEN); empty on success. */
  errors: Array<UserError>;
  /** The offer, now WITHDRAWN; null when there are errors. */
  swapOffer: Maybe<SwapOffer>;
};

/** The result of withdrawSwapRequest. */
export type WithdrawSwapRequestPayload = {
  __typename?: 'WithdrawSwapRequestPayload';
  /** Why nothing changed (NOT_FOUND, NOT_OPEN); empty on success. */
  errors: Array<UserError>;
  /** The request, now WITHDRAWN; null when there are errors. */
  swapRequest: Maybe<SwapRequest>;
};

export type SessionFieldsFragment = { __typename?: 'AuthSession', personId: string, roles: Array<Role>, accessToken: string, accessTokenExpiresAt: string, refreshToken: string } & { ' $fragmentName'?: 'SessionFieldsFragment' };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', session: (
      { __typename?: 'AuthSession' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type RedeemSignInCodeMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RedeemSignInCodeMutation = { __typename?: 'Mutation', redeemSignInCode: { __typename?: 'SignInPayload', session: (
      { __typename?: 'AuthSession' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'SignInPayload', session: (
      { __typename?: 'AuthSession' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type SignOutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: { __typename?: 'SignOutPayload', signedOut: boolean } };

export type RevokeSessionsMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type RevokeSessionsMutation = { __typename?: 'Mutation', revokeSessions: { __typename?: 'RevokeSessionsPayload', revoked: number } };

export type RegistrationItemFragment = { __typename?: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, event: { __typename?: 'Event', id: string, title: string, startsAt: string } } & { ' $fragmentName'?: 'RegistrationItemFragment' };

export type CancelRegistrationMutationVariables = Exact<{
  registrationId: Scalars['ID']['input'];
}>;


export type CancelRegistrationMutation = { __typename?: 'Mutation', cancelRegistration: { __typename?: 'RegistrationPayload', registration: { __typename?: 'Registration', id: string, status: RegistrationStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type ConfirmPlaceMutationVariables = Exact<{
  registrationId: Scalars['ID']['input'];
}>;


export type ConfirmPlaceMutation = { __typename?: 'Mutation', confirmPlace: { __typename?: 'RegistrationPayload', registration: { __typename?: 'Registration', id: string, status: RegistrationStatus, offerExpiresAt: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { __typename?: 'Query', me: { __typename?: 'Person', id: string, notifications: { __typename?: 'NotificationConnection', unreadCount: number } | null } | null };

export type PartnersForKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersForKeysQuery = { __typename?: 'Query', partners: Array<{ __typename?: 'Partner', id: string, name: string, kind: PartnerKind }> };

export type ApiKeysQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, state: ApiKeyState }> | null };

export type IssueApiKeyMutationVariables = Exact<{
  input: IssueApiKeyInput;
}>;


export type IssueApiKeyMutation = { __typename?: 'Mutation', issueApiKey: { __typename?: 'IssueApiKeyPayload', secret: string | null, apiKey: { __typename?: 'ApiKey', id: string, prefix: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'RevokeApiKeyPayload', apiKey: { __typename?: 'ApiKey', id: string, state: ApiKeyState, revokedAt: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type CheckInRowFragment = { __typename?: 'Registration', id: string, status: RegistrationStatus, checkInCode: string | null, checkedInAt: string | null, photoConsent: PhotoConsent, person: { __typename?: 'Person', id: string, displayName: string, yearGroup: number | null } | null } & { ' $fragmentName'?: 'CheckInRowFragment' };

export type CheckInListQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CheckInListQuery = { __typename?: 'Query', event: { __typename?: 'Event', id: string, title: string, startsAt: string, registrations: Array<(
      { __typename?: 'Registration', id: string }
      & { ' $fragmentRefs'?: { 'CheckInRowFragment': CheckInRowFragment } }
    )> | null } | null };

export type CheckInMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  personId: InputMaybe<Scalars['ID']['input']>;
  code: InputMaybe<Scalars['String']['input']>;
}>;


export type CheckInMutation = { __typename?: 'Mutation', checkIn: { __typename?: 'AttendancePayload', warnings: Array<CheckInWarning>, registration: { __typename?: 'Registration', id: string, status: RegistrationStatus, checkedInAt: string | null, photoConsent: PhotoConsent, person: { __typename?: 'Person', id: string, displayName: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type CheckInEventsQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type CheckInEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, registeredCount: number } }> } };

export type SubjectClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type SubjectClustersQuery = { __typename?: 'Query', subjectClusters: Array<{ __typename?: 'SubjectCluster', id: string, name: string, subject: string, phase: Phase | null, memberCount: number, isMember: boolean, isLead: boolean }> | null };

export type ClusterResourcesQueryVariables = Exact<{
  clusterId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type ClusterResourcesQuery = { __typename?: 'Query', clusterResources: { __typename?: 'ClusterResourceConnection', edges: Array<{ __typename?: 'ClusterResourceEdge', node: { __typename?: 'ClusterResource', id: string, title: string, url: string | null, fileReference: string | null, examCourse: string | null, tags: Array<string>, createdAt: string, addedBy: { __typename?: 'Person', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type DashboardQueryVariables = Exact<{
  weekFrom: Scalars['String']['input'];
  weekTo: Scalars['String']['input'];
  recentFrom: Scalars['String']['input'];
}>;


export type DashboardQuery = { __typename?: 'Query', thisWeek: { __typename?: 'EventConnection', edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, title: string, startsAt: string, status: EventStatus, capacity: number, registeredCount: number, waitlistCount: number } }> }, recent: { __typename?: 'EventConnection', edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, title: string, startsAt: string, waitlistCount: number, registrations: Array<{ __typename?: 'Registration', id: string, status: RegistrationStatus, offerExpiresAt: string | null }> | null, surveys: Array<{ __typename?: 'Survey', id: string, phase: SurveyPhase, status: SurveyStatus, invitedCount: number | null, nonResponderCount: number | null }> } }> } };

export type DashboardFailedDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardFailedDeliveriesQuery = { __typename?: 'Query', deliveryLog: { __typename?: 'DeliveryConnection', edges: Array<{ __typename?: 'DeliveryEdge', node: { __typename?: 'Delivery', id: string, category: NotificationCategory, template: string, attempts: number, lastError: string | null, createdAt: string, recipient: { __typename?: 'Person', id: string, displayName: string } | null } }> } };

export type DashboardRetryDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DashboardRetryDeliveryMutation = { __typename?: 'Mutation', retryDelivery: { __typename?: 'RetryDeliveryPayload', delivery: { __typename?: 'Delivery', id: string, status: DeliveryStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type DashboardOverdueActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOverdueActionsQuery = { __typename?: 'Query', governanceGroups: Array<{ __typename?: 'GovernanceGroup', id: string, name: string, openActions: Array<{ __typename?: 'ActionItem', id: string, description: string, dueOn: string | null, meetingId: string, owner: { __typename?: 'Person', id: string, displayName: string } | null }> }> };

export type EditEventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditEventQuery = { __typename?: 'Query', event: (
    { __typename?: 'Event', id: string }
    & { ' $fragmentRefs'?: { 'PlanningEventFragment': PlanningEventFragment } }
  ) | null };

export type UpdateEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { __typename?: 'Mutation', updateEvent: { __typename?: 'EventPayload', event: (
      { __typename?: 'Event', id: string }
      & { ' $fragmentRefs'?: { 'PlanningEventFragment': PlanningEventFragment } }
    ) | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type FinancePeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type FinancePeriodsQuery = { __typename?: 'Query', financePeriods: Array<{ __typename?: 'FinancePeriod', id: string, academicYear: string, status: FinancePeriodStatus }> | null };

export type FinanceReportQueryVariables = Exact<{
  academicYear: Scalars['String']['input'];
}>;


export type FinanceReportQuery = { __typename?: 'Query', financeReport: { __typename?: 'FinanceReport', academicYear: string, periodStatus: FinancePeriodStatus, incomeReceivedPence: number, expensesPaidPence: number, expensesCommittedPence: number, balancePence: number, lines: Array<{ __typename?: 'BudgetLineFigures', budgetedPence: number, committedPence: number, actualPence: number, remainingPence: number, budgetLine: { __typename?: 'BudgetLine', id: string, code: string, name: string } }>, totals: { __typename?: 'BudgetTotals', budgetedPence: number, committedPence: number, actualPence: number, remainingPence: number }, levies: Array<{ __typename?: 'PartnerLevyFigures', invoicedPence: number, receivedPence: number, outstandingPence: number, partner: { __typename?: 'Partner', id: string, name: string } }>, levyTotals: { __typename?: 'LevyTotals', invoicedPence: number, receivedPence: number, outstandingPence: number } } | null };

export type FinanceAuditLogQueryVariables = Exact<{
  academicYear: Scalars['String']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type FinanceAuditLogQuery = { __typename?: 'Query', financeAuditLog: { __typename?: 'FinanceAuditEntryConnection', edges: Array<{ __typename?: 'FinanceAuditEntryEdge', node: { __typename?: 'FinanceAuditEntry', id: string, at: string, action: FinanceAuditAction, entityType: FinanceEntityType, entityId: string, actorRoles: Array<string>, actor: { __typename?: 'Person', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type GovernanceQueryVariables = Exact<{ [key: string]: never; }>;


export type GovernanceQuery = { __typename?: 'Query', governanceGroups: Array<{ __typename?: 'GovernanceGroup', id: string, kind: GroupKind, name: string, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, place: string | null, quorate: boolean }>, openActions: Array<{ __typename?: 'ActionItem', id: string, description: string, dueOn: string | null }> }> };

export type ImpactCellRowFragment = { __typename?: 'ImpactCell', groupKey: string | null, groupLabel: string | null, instrument: Instrument, doseBand: DoseBand, n: number | null, meanChange: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, tooFewToConclude: boolean, licenceNotice: string | null } & { ' $fragmentName'?: 'ImpactCellRowFragment' };

export type ImpactQueryVariables = Exact<{
  academicYear: InputMaybe<Scalars['Int']['input']>;
}>;


export type ImpactQuery = { __typename?: 'Query', byAim: { __typename?: 'ImpactReport', method: string, csv: string, cells: Array<(
      { __typename?: 'ImpactCell' }
      & { ' $fragmentRefs'?: { 'ImpactCellRowFragment': ImpactCellRowFragment } }
    )> } | null, byYear: { __typename?: 'ImpactReport', cells: Array<(
      { __typename?: 'ImpactCell' }
      & { ' $fragmentRefs'?: { 'ImpactCellRowFragment': ImpactCellRowFragment } }
    )> } | null };

export type ImpactSummariesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImpactSummariesQuery = { __typename?: 'Query', impactSummaries: Array<{ __typename?: 'ImpactSummary', academicYear: number, publishedAt: string | null, report: { __typename?: 'ImpactReport', method: string, cells: Array<{ __typename?: 'ImpactCell', groupKey: string | null, groupLabel: string | null, instrument: Instrument, doseBand: DoseBand, n: number | null, meanChange: number | null, ciLow: number | null, ciHigh: number | null, suppressed: boolean, tooFewToConclude: boolean }> } }> | null };

export type ActionRowFragment = { __typename?: 'ActionItem', id: string, description: string, dueOn: string | null, status: ActionItemStatus, owner: { __typename?: 'Person', id: string, displayName: string } | null } & { ' $fragmentName'?: 'ActionRowFragment' };

export type MeetingPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingPageQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', id: string, startsAt: string, place: string | null, partnersNeeded: number, quorate: boolean, group: { __typename?: 'GovernanceGroup', id: string, name: string }, agenda: Array<{ __typename?: 'AgendaItem', id: string, position: number, title: string, minutes: string | null }>, partnersRepresented: Array<{ __typename?: 'Partner', id: string, name: string }>, decisions: Array<{ __typename?: 'Decision', id: string, agendaItemId: string | null, motion: string, outcome: DecisionOutcome, votesFor: number | null, votesAgainst: number | null, abstentions: number | null }>, actionItems: Array<(
      { __typename?: 'ActionItem', id: string }
      & { ' $fragmentRefs'?: { 'ActionRowFragment': ActionRowFragment } }
    )>, carriedOverActions: Array<(
      { __typename?: 'ActionItem', id: string }
      & { ' $fragmentRefs'?: { 'ActionRowFragment': ActionRowFragment } }
    )> } | null };

export type MySchoolQueryVariables = Exact<{
  role: InputMaybe<Role>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type MySchoolQuery = { __typename?: 'Query', me: { __typename?: 'Person', id: string, partner: { __typename?: 'Partner', id: string, name: string } | null } | null, people: { __typename?: 'PersonConnection', edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', id: string, displayName: string, roles: Array<Role>, yearGroup: number | null, leftOn: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type NotificationsQueryVariables = Exact<{
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', me: { __typename?: 'Person', id: string, notifications: { __typename?: 'NotificationConnection', unreadCount: number, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, category: NotificationCategory, subject: string, body: string, link: string | null, createdAt: string, readAt: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  all: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename?: 'MarkNotificationsReadPayload', unreadCount: number | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type PersonPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonPageQuery = { __typename?: 'Query', person: { __typename?: 'Person', id: string, displayName: string, yearGroup: number | null, registrations: Array<(
      { __typename?: 'Registration', id: string }
      & { ' $fragmentRefs'?: { 'RegistrationItemFragment': RegistrationItemFragment } }
    )> | null } | null };

export type PlanningQueryVariables = Exact<{
  from: Scalars['String']['input'];
}>;


export type PlanningQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', edges: Array<{ __typename?: 'EventEdge', node: (
        { __typename?: 'Event', id: string }
        & { ' $fragmentRefs'?: { 'PlanningEventFragment': PlanningEventFragment } }
      ) }> } };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'CreateEventPayload', event: (
      { __typename?: 'Event', id: string }
      & { ' $fragmentRefs'?: { 'PlanningEventFragment': PlanningEventFragment } }
    ) | null, warnings: Array<{ __typename?: 'EventClash', message: string }>, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type CreateEventSeriesMutationVariables = Exact<{
  input: CreateEventSeriesInput;
}>;


export type CreateEventSeriesMutation = { __typename?: 'Mutation', createEventSeries: { __typename?: 'EventSeriesPayload', events: Array<{ __typename?: 'Event', id: string }>, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type ProgrammeEventFragment = { __typename?: 'Event', id: string, title: string, kind: EventKind, audience: Audience, yearGroups: Array<number>, startsAt: string, endsAt: string, venue: string | null, capacity: number, registeredCount: number, waitlistCount: number, aims: Array<Aim>, hostPartner: { __typename?: 'Partner', id: string, name: string } | null } & { ' $fragmentName'?: 'ProgrammeEventFragment' };

export type ProgrammeQueryVariables = Exact<{
  from: Scalars['String']['input'];
}>;


export type ProgrammeQuery = { __typename?: 'Query', me: { __typename?: 'Person', id: string, roles: Array<Role>, yearGroup: number | null, registrations: Array<(
      { __typename?: 'Registration', id: string, status: RegistrationStatus, event: { __typename?: 'Event', id: string } }
      & { ' $fragmentRefs'?: { 'RegistrationItemFragment': RegistrationItemFragment } }
    )> | null } | null, events: { __typename?: 'EventConnection', edges: Array<{ __typename?: 'EventEdge', node: (
        { __typename?: 'Event', id: string }
        & { ' $fragmentRefs'?: { 'ProgrammeEventFragment': ProgrammeEventFragment } }
      ) }> } };

export type RegisterForEventMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
}>;


export type RegisterForEventMutation = { __typename?: 'Mutation', registerForEvent: { __typename?: 'RegisterForEventPayload', registration: { __typename?: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type ProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalsQuery = { __typename?: 'Query', studentVoiceProposals: Array<{ __typename?: 'StudentVoiceProposal', id: string, title: string, kind: EventKind, audience: Audience, rationale: string, studentsWillHelpWith: string, status: ProposalStatus, decisionReason: string | null, decidedOn: string | null, partner: { __typename?: 'Partner', id: string, name: string } | null }> };

export type ManagementMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagementMeetingsQuery = { __typename?: 'Query', governanceGroups: Array<{ __typename?: 'GovernanceGroup', id: string, kind: GroupKind, name: string, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string }> }> };

export type ProposeStudentVoiceEventMutationVariables = Exact<{
  input: ProposeStudentVoiceEventInput;
}>;


export type ProposeStudentVoiceEventMutation = { __typename?: 'Mutation', proposeStudentVoiceEvent: { __typename?: 'StudentVoiceProposalPayload', proposal: { __typename?: 'StudentVoiceProposal', id: string, status: ProposalStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type DecideProposalMutationVariables = Exact<{
  input: DecideStudentVoiceProposalInput;
}>;


export type DecideProposalMutation = { __typename?: 'Mutation', decideStudentVoiceProposal: { __typename?: 'StudentVoiceProposalPayload', proposal: { __typename?: 'StudentVoiceProposal', id: string, status: ProposalStatus, decisionReason: string | null, decidedOn: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type ReachQueryVariables = Exact<{
  academicYear: Scalars['Int']['input'];
}>;


export type ReachQuery = { __typename?: 'Query', reachReport: { __typename?: 'ReachReport', academicYear: number, method: string, csv: string, rows: Array<(
      { __typename?: 'ReachRow' }
      & { ' $fragmentRefs'?: { 'ReachRowCellsFragment': ReachRowCellsFragment } }
    )>, byKind: Array<(
      { __typename?: 'ReachRow' }
      & { ' $fragmentRefs'?: { 'ReachRowCellsFragment': ReachRowCellsFragment } }
    )>, total: (
      { __typename?: 'ReachRow' }
      & { ' $fragmentRefs'?: { 'ReachRowCellsFragment': ReachRowCellsFragment } }
    ) | null } | null };

export type ReachRowCellsFragment = { __typename?: 'ReachRow', label: string, partnerKind: string | null, studentsReached: number | null, reachedOnce: number | null, reachedTwoPlus: number | null, reachedFourPlus: number | null, attendances: number | null, noShows: number | null, eventsHosted: number, placesUsed: number | null, quotaPlacesUsed: number | null, quotaPlaces: number | null, placesOffered: number | null, suppressed: Array<ReachMeasure> } & { ' $fragmentName'?: 'ReachRowCellsFragment' };

export type SurveyFormFragment = { __typename?: 'Survey', id: string, phase: SurveyPhase, instrument: Instrument, status: SurveyStatus, opensAt: string, closesAt: string, reflectionQuestion: string, licenceNotice: string | null, items: Array<{ __typename?: 'SurveyItem', position: number, text: string, scale: Array<{ __typename?: 'ScalePoint', value: number, label: string }> }>, event: { __typename?: 'Event', id: string, title: string, startsAt: string } | null } & { ' $fragmentName'?: 'SurveyFormFragment' };

export type MySurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type MySurveysQuery = { __typename?: 'Query', mySurveys: Array<{ __typename?: 'MySurvey', token: string, respondedAt: string | null, survey: (
      { __typename?: 'Survey', id: string }
      & { ' $fragmentRefs'?: { 'SurveyFormFragment': SurveyFormFragment } }
    ) }> };

export type SubmitSurveyResponseMutationVariables = Exact<{
  input: SubmitSurveyResponseInput;
}>;


export type SubmitSurveyResponseMutation = { __typename?: 'Mutation', submitSurveyResponse: { __typename?: 'SubmitSurveyResponsePayload', accepted: boolean, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type SwapOfferCardFragment = { __typename?: 'SwapOffer', id: string, subjects: Array<string>, phase: Phase, availableFrom: string, availableTo: string, maxTravelMiles: number, notes: string | null, status: SwapOfferStatus, sector: Sector, teacher: { __typename?: 'Person', id: string, displayName: string } | null } & { ' $fragmentName'?: 'SwapOfferCardFragment' };

export type SwapsQueryVariables = Exact<{ [key: string]: never; }>;


export type SwapsQuery = { __typename?: 'Query', me: { __typename?: 'Person', id: string } | null, swaps: Array<{ __typename?: 'Swap', id: string, status: SwapStatus, subjects: Array<string>, phase: Phase, startsOn: string, endsOn: string, hostApproved: boolean, visitingApproved: boolean, withdrawnReason: string | null, hostTeacher: { __typename?: 'Person', id: string, displayName: string } | null, visitingTeacher: { __typename?: 'Person', id: string, displayName: string } | null, hostPartner: { __typename?: 'Partner', id: string, name: string } | null, visitingPartner: { __typename?: 'Partner', id: string, name: string } | null }> | null, swapOffers: Array<(
    { __typename?: 'SwapOffer', id: string }
    & { ' $fragmentRefs'?: { 'SwapOfferCardFragment': SwapOfferCardFragment } }
  )> | null };

export type CreateSwapOfferMutationVariables = Exact<{
  input: CreateSwapOfferInput;
}>;


export type CreateSwapOfferMutation = { __typename?: 'Mutation', createSwapOffer: { __typename?: 'CreateSwapOfferPayload', swapOffer: { __typename?: 'SwapOffer', id: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type WithdrawSwapOfferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawSwapOfferMutation = { __typename?: 'Mutation', withdrawSwapOffer: { __typename?: 'WithdrawSwapOfferPayload', errors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type StudentVoicesQueryVariables = Exact<{
  academicYear: InputMaybe<Scalars['Int']['input']>;
  aim: InputMaybe<Aim>;
  theme: InputMaybe<Scalars['String']['input']>;
  publishableOnly: InputMaybe<Scalars['Boolean']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type StudentVoicesQuery = { __typename?: 'Query', studentVoices: { __typename?: 'StudentVoiceConnection', edges: Array<{ __typename?: 'StudentVoiceEdge', node: (
        { __typename?: 'StudentVoice', id: string }
        & { ' $fragmentRefs'?: { 'VoiceCardFragment': VoiceCardFragment } }
      ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type VoiceCardFragment = { __typename?: 'StudentVoice', id: string, text: string, phase: SurveyPhase, academicYear: number, aims: Array<Aim>, themes: Array<string>, publishable: boolean, event: { __typename?: 'Event', id: string, title: string } | null, partner: { __typename?: 'Partner', id: string, name: string } | null } & { ' $fragmentName'?: 'VoiceCardFragment' };

export type AnnotateStudentVoiceMutationVariables = Exact<{
  input: AnnotateStudentVoiceInput;
}>;


export type AnnotateStudentVoiceMutation = { __typename?: 'Mutation', annotateStudentVoice: { __typename?: 'AnnotateStudentVoicePayload', voice: (
      { __typename?: 'StudentVoice' }
      & { ' $fragmentRefs'?: { 'VoiceCardFragment': VoiceCardFragment } }
    ) | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type PersonRecordsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonRecordsQuery = { __typename?: 'Query', person: { __typename?: 'Person', id: string, displayName: string, roles: Array<Role>, consentState: Array<{ __typename?: 'ConsentState', kind: ConsentKind, granted: boolean, decision: ConsentDecision | null, givenBy: ConsentGiver | null, decidedAt: string | null }> | null, consentRecords: Array<{ __typename?: 'ConsentRecord', id: string, kind: ConsentKind, decision: ConsentDecision, noticeVersion: string | null, givenBy: ConsentGiver, giverName: string | null, givenAt: string, method: ConsentMethod }> | null, safeguardingChecks: Array<{ __typename?: 'SafeguardingCheck', id: string, kind: SafeguardingCheckKind, reference: string, checkedOn: string, checkedBy: string, reviewOn: string }> | null } | null };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { __typename?: 'Mutation', recordConsent: { __typename?: 'RecordConsentPayload', consent: { __typename?: 'ConsentRecord', id: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type RecordSafeguardingCheckMutationVariables = Exact<{
  input: RecordSafeguardingCheckInput;
}>;


export type RecordSafeguardingCheckMutation = { __typename?: 'Mutation', recordSafeguardingCheck: { __typename?: 'RecordSafeguardingCheckPayload', check: { __typename?: 'SafeguardingCheck', id: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type UpcomingEventsQueryVariables = Exact<{
  from: Scalars['String']['input'];
}>;


export type UpcomingEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, title: string, startsAt: string } }> } };

export type RegisterPersonForEventMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
}>;


export type RegisterPersonForEventMutation = { __typename?: 'Mutation', registerForEvent: { __typename?: 'RegisterForEventPayload', registration: { __typename?: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type PlanningEventFragment = { __typename?: 'Event', id: string, title: string, kind: EventKind, audience: Audience, yearGroups: Array<number>, venue: string | null, startsAt: string, endsAt: string, aims: Array<Aim>, capacity: number, partnerQuota: number | null, status: EventStatus, cancelReason: string | null, registeredCount: number, waitlistCount: number, hostPartner: { __typename?: 'Partner', id: string, name: string } | null, clashWarnings: Array<{ __typename?: 'EventClash', message: string }> } & { ' $fragmentName'?: 'PlanningEventFragment' };

export type CopyEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  startsAt: Scalars['String']['input'];
  endsAt: Scalars['String']['input'];
}>;


export type CopyEventMutation = { __typename?: 'Mutation', copyEvent: { __typename?: 'EventPayload', event: { __typename?: 'Event', id: string, title: string } | null, warnings: Array<{ __typename?: 'EventClash', message: string }>, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type PlanningPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanningPartnersQuery = { __typename?: 'Query', partners: Array<{ __typename?: 'Partner', id: string, name: string }> };

export type PublishEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishEventMutation = { __typename?: 'Mutation', publishEvent: { __typename?: 'PublishEventPayload', event: { __typename?: 'Event', id: string, status: EventStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export type CancelEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelEventMutation = { __typename?: 'Mutation', cancelEvent: { __typename?: 'EventPayload', event: { __typename?: 'Event', id: string, status: EventStatus, cancelReason: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const RegistrationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<RegistrationItemFragment, unknown>;
export const CheckInRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoConsent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}}]}}]}}]} as unknown as DocumentNode<CheckInRowFragment, unknown>;
export const ImpactCellRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactCellRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupLabel"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"doseBand"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"tooFewToConclude"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNotice"}}]}}]} as unknown as DocumentNode<ImpactCellRowFragment, unknown>;
export const ActionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ActionRowFragment, unknown>;
export const ProgrammeEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}}]}}]} as unknown as DocumentNode<ProgrammeEventFragment, unknown>;
export const ReachRowCellsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReachRowCells"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReachRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"partnerKind"}},{"kind":"Field","name":{"kind":"Name","value":"studentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"reachedOnce"}},{"kind":"Field","name":{"kind":"Name","value":"reachedTwoPlus"}},{"kind":"Field","name":{"kind":"Name","value":"reachedFourPlus"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"eventsHosted"}},{"kind":"Field","name":{"kind":"Name","value":"placesUsed"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPlacesUsed"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"placesOffered"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<ReachRowCellsFragment, unknown>;
export const SurveyFormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNotice"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<SurveyFormFragment, unknown>;
export const SwapOfferCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SwapOfferCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SwapOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableTo"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelMiles"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]} as unknown as DocumentNode<SwapOfferCardFragment, unknown>;
export const VoiceCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoiceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudentVoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishable"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VoiceCardFragment, unknown>;
export const PlanningEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuota"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"clashWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PlanningEventFragment, unknown>;
export const SignInDocument = {"__meta__":{"hash":"c4a6c3fcea3b59d5d7a71733ddd74384d0dff41a5b830fdda94ee94f6fc5fbb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RedeemSignInCodeDocument = {"__meta__":{"hash":"bab2dc0c084873f6f8f10d17feb0c77d73c29d9e9c3f01f5ef0438f9e24b9e8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemSignInCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemSignInCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]} as unknown as DocumentNode<RedeemSignInCodeMutation, RedeemSignInCodeMutationVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"9195a8c83f942d13bb94476c31cb2b0b10281fe0755679fcdf36b3c51c4fb358"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"41c9b260ff2afe5284ec796a702e38cb4739117b8f966cfbddb88f73751ec5d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RevokeSessionsDocument = {"__meta__":{"hash":"19a3434d68498226ce41d8912c885d813c6fbc7c5679f8890b240f1016a9dc1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<RevokeSessionsMutation, RevokeSessionsMutationVariables>;
export const CancelRegistrationDocument = {"__meta__":{"hash":"4673587a0a3e16c1f1544b60924a2e67a21b460c2e4b0fb4438a871d6b74b866"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const ConfirmPlaceDocument = {"__meta__":{"hash":"919e2289daafc2c5612983aeb83ddb4859c588f58e2e1a5555748e0eed60245c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmPlaceMutation, ConfirmPlaceMutationVariables>;
export const UnreadCountDocument = {"__meta__":{"hash":"6e3e2e43130a11b727e75439a65a2cab15d7323d85bb25d452c759f9a782a960"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const PartnersForKeysDocument = {"__meta__":{"hash":"a30a53c0c1811a2974234e9c4f693858a0429921ff2442d28cddaad142502028"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersForKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PartnersForKeysQuery, PartnersForKeysQueryVariables>;
export const ApiKeysDocument = {"__meta__":{"hash":"fa2f61836629055b83c95521f32859cc199cb3cb2d7e69ecc6572cf30b63b967"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const IssueApiKeyDocument = {"__meta__":{"hash":"ffc850af6a2677d3a8ee0a5dd251323054ed490cec0cad0622a13f25bb29c649"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IssueApiKeyMutation, IssueApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"7a50661d02c64fad40df9949f6df23b3837ae387a5ebb29c72d8fecad8b27964"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const CheckInListDocument = {"__meta__":{"hash":"5a4c4888b242a6667097bb34a842e5b67e1ae7dd306757c9dd15a9e7b7176673"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckInList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoConsent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}}]}}]}}]} as unknown as DocumentNode<CheckInListQuery, CheckInListQueryVariables>;
export const CheckInDocument = {"__meta__":{"hash":"a394c784c0bdb5d70aeed00a0577d023e206563e52ae2affa63d3fc60ae19900"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoConsent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const CheckInEventsDocument = {"__meta__":{"hash":"74c53b0729c48f5e3252aa54717533f17ef8a01bff4fe779e7bcc8fdfb3bdce5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckInEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckInEventsQuery, CheckInEventsQueryVariables>;
export const SubjectClustersDocument = {"__meta__":{"hash":"e14285d1c6f2e9ce4245e382595d689b364038e7f27cac1c2b814f499d9d2ee5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}}]}}]}}]} as unknown as DocumentNode<SubjectClustersQuery, SubjectClustersQueryVariables>;
export const ClusterResourcesDocument = {"__meta__":{"hash":"64f38a407fd3ed3307c77664470ec7e4c765b04b637ea5a97127b224293f5522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileReference"}},{"kind":"Field","name":{"kind":"Name","value":"examCourse"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ClusterResourcesQuery, ClusterResourcesQueryVariables>;
export const DashboardDocument = {"__meta__":{"hash":"bf4202ab3387f150e2f40bdd43ac31311b1d0a5fb3736fc882bf7e049e188838"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recentFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"thisWeek"},"name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recent"},"name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recentFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"nonResponderCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardFailedDeliveriesDocument = {"__meta__":{"hash":"0b98bc2f4f25092458f797372355bd6d00d690f76e7cab9414614881daafe610"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardFailedDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DEAD"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardFailedDeliveriesQuery, DashboardFailedDeliveriesQueryVariables>;
export const DashboardRetryDeliveryDocument = {"__meta__":{"hash":"122faac4e6b9ebefbe13d37ce666c82bb1faa2df03d176756cc2fce927fd14da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardRetryDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRetryDeliveryMutation, DashboardRetryDeliveryMutationVariables>;
export const DashboardOverdueActionsDocument = {"__meta__":{"hash":"b4388637802405d0ecccf5ac19cb15842f36564728063a313e145302a70c255a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverdueActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardOverdueActionsQuery, DashboardOverdueActionsQueryVariables>;
export const EditEventDocument = {"__meta__":{"hash":"69c95442d4300dd15971fa244a6b9f8eaf3c9d54248a2dcade4fda8890116ae7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuota"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"clashWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EditEventQuery, EditEventQueryVariables>;
export const UpdateEventDocument = {"__meta__":{"hash":"b8e5f2e457e733c507966d8f23786e6c4ac42947131415fe792b520eb095eff7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEvent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuota"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"clashWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const FinancePeriodsDocument = {"__meta__":{"hash":"fa643c8e9bfe05bada0f072c4e4ca0191a928ef18bb2a2ac947ceebdb29cc303"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancePeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financePeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FinancePeriodsQuery, FinancePeriodsQueryVariables>;
export const FinanceReportDocument = {"__meta__":{"hash":"b89ad5d2c7daf826d0352c70f5a85065c50d9811372644b7f9a00a9a42641995"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"academicYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"periodStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetedPence"}},{"kind":"Field","name":{"kind":"Name","value":"committedPence"}},{"kind":"Field","name":{"kind":"Name","value":"actualPence"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetedPence"}},{"kind":"Field","name":{"kind":"Name","value":"committedPence"}},{"kind":"Field","name":{"kind":"Name","value":"actualPence"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoicedPence"}},{"kind":"Field","name":{"kind":"Name","value":"receivedPence"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levyTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicedPence"}},{"kind":"Field","name":{"kind":"Name","value":"receivedPence"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeReceivedPence"}},{"kind":"Field","name":{"kind":"Name","value":"expensesPaidPence"}},{"kind":"Field","name":{"kind":"Name","value":"expensesCommittedPence"}},{"kind":"Field","name":{"kind":"Name","value":"balancePence"}}]}}]}}]} as unknown as DocumentNode<FinanceReportQuery, FinanceReportQueryVariables>;
export const FinanceAuditLogDocument = {"__meta__":{"hash":"1c9096f4ee7a166c56de3f33077f5d5e2ed402e8b409737dc67538381a8ffb0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"academicYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FinanceAuditLogQuery, FinanceAuditLogQueryVariables>;
export const GovernanceDocument = {"__meta__":{"hash":"2fb404edba8c09569785c1da5cd02e7df75716d6999c05173f7007057f35fbb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceQuery, GovernanceQueryVariables>;
export const ImpactDocument = {"__meta__":{"hash":"be67adaf4dd1d903290a636e50168e077a37e160f1cb344d6c3755a475b94d3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Impact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byAim"},"name":{"kind":"Name","value":"impactReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"academicYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"AIM"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactCellRow"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byYear"},"name":{"kind":"Name","value":"impactReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"academicYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactCellRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactCellRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupLabel"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"doseBand"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"tooFewToConclude"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNotice"}}]}}]} as unknown as DocumentNode<ImpactQuery, ImpactQueryVariables>;
export const ImpactSummariesDocument = {"__meta__":{"hash":"0b1c4c1a4703c44cca23df687c4a2860fed30c1b63a187f91cb4a283ba9e4ee9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactSummaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactSummaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupLabel"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"doseBand"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"tooFewToConclude"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImpactSummariesQuery, ImpactSummariesQueryVariables>;
export const MeetingPageDocument = {"__meta__":{"hash":"d7f3b1a50f12e6398f2089567a7fe62edb7734e473746ed01106f59dcc298787"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnersRepresented"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnersNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"motion"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const MySchoolDocument = {"__meta__":{"hash":"e50a5a00a9c9526a4db6437b8c49bd2879002a6a16798a4a8dd2ec5321e988bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MySchoolQuery, MySchoolQueryVariables>;
export const NotificationsDocument = {"__meta__":{"hash":"67c9a3ef23612e016045d7aded3dc8d0b197f83c3eef5e02d7c50d61672c3f3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"34016d9547164c70465eeb18acc10d1963c9c55b1659acbd3553d4b188f5253f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"all"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const PersonPageDocument = {"__meta__":{"hash":"03f8e8777c96398fea2d896362f4d4acc3d8dc3de0ebb30ae16f3c8aa54dbbbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const PlanningDocument = {"__meta__":{"hash":"ba959b0a9e6ca4cf8e6dc2e8a1fdb218ba8f2fdc8498308aac9e892842b88550"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Planning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEvent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuota"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"clashWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PlanningQuery, PlanningQueryVariables>;
export const CreateEventDocument = {"__meta__":{"hash":"baaaf3f7dc593ece87ee01c6432738b92393da9e8b6e62d57db0c25deee95d4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEvent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuota"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"clashWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const CreateEventSeriesDocument = {"__meta__":{"hash":"76402de9fec5499b5cac836af373eadea332402d2538dc2353c51498cbce1b41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEventSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEventSeriesMutation, CreateEventSeriesMutationVariables>;
export const ProgrammeDocument = {"__meta__":{"hash":"5f7e24a77029685cbae03c8f6e05bffa79835691460eb993f4186464e89414dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeEvent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}}]}}]} as unknown as DocumentNode<ProgrammeQuery, ProgrammeQueryVariables>;
export const RegisterForEventDocument = {"__meta__":{"hash":"8555297009fde3126c869d92da8941cdc356f4fe24271e29256986f105328a3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const ProposalsDocument = {"__meta__":{"hash":"0251e8379c206cdf5441628056788be674f2abc0a2bc80a76a2c4b0eefa7b4e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentVoiceProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWillHelpWith"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProposalsQuery, ProposalsQueryVariables>;
export const ManagementMeetingsDocument = {"__meta__":{"hash":"e626baf211cd1495a994825ef84b900a8a4dd21fc47ae2072e8410a06a5c6906"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagementMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<ManagementMeetingsQuery, ManagementMeetingsQueryVariables>;
export const ProposeStudentVoiceEventDocument = {"__meta__":{"hash":"469be44dd6a53b859fa3c1def29556c3c25aca4892abbbb241570ed4e2a99a7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeStudentVoiceEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeStudentVoiceEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeStudentVoiceEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeStudentVoiceEventMutation, ProposeStudentVoiceEventMutationVariables>;
export const DecideProposalDocument = {"__meta__":{"hash":"aa454bf5680d0790b75e71bb745784a5abea3e9351045954ba37662ff4e607ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideStudentVoiceProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideStudentVoiceProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DecideProposalMutation, DecideProposalMutationVariables>;
export const ReachDocument = {"__meta__":{"hash":"9e19a76da1502fe06898dbc5fe0b34e3590f1561f9fc49523397c006bae8bac1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reachReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"academicYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReachRowCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReachRowCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReachRowCells"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReachRowCells"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReachRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"partnerKind"}},{"kind":"Field","name":{"kind":"Name","value":"studentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"reachedOnce"}},{"kind":"Field","name":{"kind":"Name","value":"reachedTwoPlus"}},{"kind":"Field","name":{"kind":"Name","value":"reachedFourPlus"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"eventsHosted"}},{"kind":"Field","name":{"kind":"Name","value":"placesUsed"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPlacesUsed"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"placesOffered"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<ReachQuery, ReachQueryVariables>;
export const MySurveysDocument = {"__meta__":{"hash":"65f3d1131aaaaaccf5875f14a93a943d8bafe2cba681f6f949541f5c815e1fe1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyForm"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNotice"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<MySurveysQuery, MySurveysQueryVariables>;
export const SubmitSurveyResponseDocument = {"__meta__":{"hash":"bba4249a3fe9bfcb55ef4d32345595a211a0445faab7fdbe6c90e543026a1ab5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSurveyResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const SwapsDocument = {"__meta__":{"hash":"7b275fc82547e25f862385e94ed32d93ad75bd0ac0b10519d0aaf4cd80d3761d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Swaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"swaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"hostApproved"}},{"kind":"Field","name":{"kind":"Name","value":"visitingApproved"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"hostTeacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitingTeacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitingPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"swapOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SwapOfferCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SwapOfferCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SwapOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableTo"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelMiles"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]} as unknown as DocumentNode<SwapsQuery, SwapsQueryVariables>;
export const CreateSwapOfferDocument = {"__meta__":{"hash":"ed4524bae65ebc2adafafb19cb9fc28b7f96794b24ed24558f5d4adc7f103bb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSwapOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSwapOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSwapOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"swapOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSwapOfferMutation, CreateSwapOfferMutationVariables>;
export const WithdrawSwapOfferDocument = {"__meta__":{"hash":"5e4d2c9396e41c2335b64ef39cb56c613f4a1bf3ea0caf69d05f09f40b832155"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawSwapOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSwapOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawSwapOfferMutation, WithdrawSwapOfferMutationVariables>;
export const StudentVoicesDocument = {"__meta__":{"hash":"6f77a22526483ef9eeba68ad79851ad15310c67e26bb560674e13ba89c20001a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentVoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aim"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Aim"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publishableOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentVoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"academicYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"aim"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aim"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"publishableOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publishableOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoiceCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoiceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudentVoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishable"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StudentVoicesQuery, StudentVoicesQueryVariables>;
export const AnnotateStudentVoiceDocument = {"__meta__":{"hash":"a2da0306681ee12238780a10c7a70689beb074ebc0d56d56cdbcf75752b9dbb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnnotateStudentVoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotateStudentVoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotateStudentVoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoiceCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoiceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudentVoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishable"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AnnotateStudentVoiceMutation, AnnotateStudentVoiceMutationVariables>;
export const PersonRecordsDocument = {"__meta__":{"hash":"bfb5866fbaf17add2c84048cc47b4dff726eab717e5bce66cfc120facfa6d143"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"consentState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consentRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"noticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"giverName"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOn"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}}]}}]}}]}}]} as unknown as DocumentNode<PersonRecordsQuery, PersonRecordsQueryVariables>;
export const RecordConsentDocument = {"__meta__":{"hash":"722cef3b7dadeab4674a20e9c283982e4f98c3cc4f6e35c6214d57947a6e38c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const RecordSafeguardingCheckDocument = {"__meta__":{"hash":"b9a8fa32602248bad08286eee7669ba34fc5f3a6f5392baee1921e7225cfb66c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSafeguardingCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSafeguardingCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSafeguardingCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSafeguardingCheckMutation, RecordSafeguardingCheckMutationVariables>;
export const UpcomingEventsDocument = {"__meta__":{"hash":"9bb0eb4a64b2bb2f8af58548b3cc338322b912678ab4750d7b0d55f4edb24faa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpcomingEventsQuery, UpcomingEventsQueryVariables>;
export const RegisterPersonForEventDocument = {"__meta__":{"hash":"8058e85033a39232d4bbedd0a75c7d6965a5451fd3d5cf181ab975ae881dbed6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPersonForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPersonForEventMutation, RegisterPersonForEventMutationVariables>;
export const CopyEventDocument = {"__meta__":{"hash":"31005656615a2b9d5762f46d53939fc69befb24a095fc3ba6fbaaf2079000d31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CopyEventMutation, CopyEventMutationVariables>;
export const PlanningPartnersDocument = {"__meta__":{"hash":"9c0203eaad45307781123fd5caad9ec936c8da9fd8726aec2b68e349269ac9a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlanningPartnersQuery, PlanningPartnersQueryVariables>;
export const PublishEventDocument = {"__meta__":{"hash":"57a879a20dd9de8bb85db4519c39d7a07e3d5e16e73119c8e166b389d6ecad03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishEventMutation, PublishEventMutationVariables>;
export const CancelEventDocument = {"__meta__":{"hash":"fc0ac137a07c0453194e8ddf463741fd8e40e419efc301a08b0a9591306cee57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelEventMutation, CancelEventMutationVariables>;