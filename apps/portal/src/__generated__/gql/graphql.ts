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
};

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

export type Aim =
  | 'COMMUNITY'
  | 'CONFIDENCE'
  | 'RAISING_ASPIRATIONS'
  | 'RESILIENCE'
  | 'WELLBEING'
  | 'WIDENING_HORIZONS';

export type AssignEventRolePayload = {
  __typename?: 'AssignEventRolePayload';
  errors: Array<UserError>;
  role: Maybe<EventRole>;
};

export type AttendancePayload = {
  __typename?: 'AttendancePayload';
  errors: Array<UserError>;
  registration: Maybe<Registration>;
  /** What whoever is at the door must know about this person; empty when refused or nothing to say. */
  warnings: Array<CheckInWarning>;
};

export type Audience =
  | 'BOTH'
  | 'STUDENTS'
  | 'TEACHERS';

/** Tokens for the gateway: send `accessToken` as a Bearer token; use `refreshToken` once to get new ones. */
export type AuthSession = {
  __typename?: 'AuthSession';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['String']['output'];
  roles: Array<Role>;
};

/** A secret, revocable iCalendar subscription. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['String']['output']>;
  scope: CalendarScope;
};

export type CalendarScope =
  | 'PARTNER'
  | 'PERSON';

export type CheckInWarning =
  /** Photo/publicity consent is refused, withdrawn or not on record (photoConsent is not ALLOWED). */
  | 'NO_PHOTOS';

export type ChildrenClearance = {
  __typename?: 'ChildrenClearance';
  basis: Maybe<SafeguardingCheckKind>;
  /** An enhanced DBS with barred list, or the employer's written confirmation, valid that day. */
  cleared: Scalars['Boolean']['output'];
  /** YYYY-MM-DD the answer is for */
  on: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  validUntil: Maybe<Scalars['String']['output']>;
};

/** A resource a cluster shares: either an https link or a reference to a file held elsewhere. */
export type ClusterResource = {
  __typename?: 'ClusterResource';
  /** Resolved by people; null once erased or when the caller may not see them. */
  addedBy: Maybe<Person>;
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** The exam course it serves (e.g. an awarding body's specification), if any. */
  examCourse: Maybe<Scalars['String']['output']>;
  fileReference: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Lower-case. */
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type ClusterResourceConnection = {
  __typename?: 'ClusterResourceConnection';
  edges: Array<ClusterResourceEdge>;
  pageInfo: PageInfo;
};

export type ClusterResourceEdge = {
  __typename?: 'ClusterResourceEdge';
  /** Opaque; pass as `after` to continue after this resource. */
  cursor: Scalars['String']['output'];
  node: ClusterResource;
};

export type ClusterResourcePayload = {
  __typename?: 'ClusterResourcePayload';
  clusterResource: Maybe<ClusterResource>;
  errors: Array<UserError>;
};

export type ConsentDecision =
  | 'GRANTED'
  | 'REFUSED'
  | 'WITHDRAWN';

/** STUDENT: a student for themself. PARENT_CARER: for a student, named. SELF: an adult for themself. */
export type ConsentGiver =
  | 'PARENT_CARER'
  | 'SELF'
  | 'STUDENT';

export type ConsentKind =
  /** consent to the privacy notice of `noticeVersion` */
  | 'DATA_PROCESSING'
  | 'PHOTO_PUBLICITY'
  | 'TRIPS';

export type ConsentMethod =
  | 'ONLINE'
  | 'PAPER'
  | 'VERBAL';

export type ConsentRecord = {
  __typename?: 'ConsentRecord';
  decision: ConsentDecision;
  /** ISO 8601 date-time: when it was given (or refused, or withdrawn). */
  givenAt: Scalars['String']['output'];
  givenBy: ConsentGiver;
  /** The parent or carer's name, for PARENT_CARER. */
  giverName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ConsentKind;
  method: ConsentMethod;
  noticeVersion: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date-time. */
  recordedAt: Scalars['String']['output'];
};

export type ConsentState = {
  __typename?: 'ConsentState';
  decidedAt: Maybe<Scalars['String']['output']>;
  decision: Maybe<ConsentDecision>;
  givenBy: Maybe<ConsentGiver>;
  /** True only while the latest record grants it; false with no record at all. */
  granted: Scalars['Boolean']['output'];
  kind: ConsentKind;
  noticeVersion: Maybe<Scalars['String']['output']>;
};

export type CreateCalendarFeedPayload = {
  __typename?: 'CreateCalendarFeedPayload';
  errors: Array<UserError>;
  feed: Maybe<CalendarFeed>;
  /** The secret, shown once: the feed URL is /calendars/<token>.ics */
  token: Maybe<Scalars['String']['output']>;
};

export type CreateEventInput = {
  aims: Array<Aim>;
  audience: Audience;
  capacity: Scalars['Int']['input'];
  endsAt: Scalars['String']['input'];
  /** An ACTIVE partner; leave empty for an external venue. */
  hostPartnerId?: InputMaybe<Scalars['ID']['input']>;
  kind: EventKind;
  /** Optional fair share: at most this many places for any one partner's people. */
  partnerQuota?: InputMaybe<Scalars['Int']['input']>;
  proposalId?: InputMaybe<Scalars['ID']['input']>;
  requiredConsents?: InputMaybe<Array<ConsentKind>>;
  startsAt: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** Required when there is no host partner. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** Required (7–13) when the audience includes students; leave empty for teachers only. */
  yearGroups?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type CreateEventPayload = {
  __typename?: 'CreateEventPayload';
  errors: Array<UserError>;
  event: Maybe<Event>;
};

/** A series: the same event on several dates (dates replace startsAt/endsAt of the input). */
export type CreateEventSeriesInput = {
  aims: Array<Aim>;
  audience: Audience;
  capacity: Scalars['Int']['input'];
  dates: Array<EventDateInput>;
  hostPartnerId?: InputMaybe<Scalars['ID']['input']>;
  kind: EventKind;
  partnerQuota?: InputMaybe<Scalars['Int']['input']>;
  requiredConsents?: InputMaybe<Array<ConsentKind>>;
  title: Scalars['String']['input'];
  venue?: InputMaybe<Scalars['String']['input']>;
  yearGroups?: InputMaybe<Array<Scalars['Int']['input']>>;
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
  partner: Maybe<Partner>;
};

export type CreateSignInCodePayload = {
  __typename?: 'CreateSignInCodePayload';
  /** Shown once: give it to the person; it works once, within 15 minutes. */
  code: Maybe<Scalars['String']['output']>;
  errors: Array<UserError>;
  expiresAt: Maybe<Scalars['String']['output']>;
};

export type CreateSubjectClusterInput = {
  /** 1–120 characters. */
  name: Scalars['String']['input'];
  phase?: InputMaybe<Phase>;
  /** 1–60 characters. */
  subject: Scalars['String']['input'];
};

export type CreateSurveyInput = {
  closesAt: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  instrument: Instrument;
  opensAt: Scalars['String']['input'];
  phase: SurveyPhase;
};

export type CreateSurveyPayload = {
  __typename?: 'CreateSurveyPayload';
  errors: Array<UserError>;
  survey: Maybe<Survey>;
};

export type CreateSwapOfferInput = {
  /** ISO date, today or later (UK time). */
  availableFrom: Scalars['String']['input'];
  /** ISO date, on or after availableFrom. */
  availableTo: Scalars['String']['input'];
  /** 1–60. */
  maxTravelMiles: Scalars['Int']['input'];
  /** At most 1000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  phase: Phase;
  /** 1–5 distinct subjects, each at most 60 characters. */
  subjects: Array<Scalars['String']['input']>;
};

export type CreateSwapOfferPayload = {
  __typename?: 'CreateSwapOfferPayload';
  errors: Array<UserError>;
  swapOffer: Maybe<SwapOffer>;
};

export type CreateSwapRequestInput = {
  /** ISO date, today or later (UK time). */
  availableFrom: Scalars['String']['input'];
  /** ISO date, on or after availableFrom. */
  availableTo: Scalars['String']['input'];
  /** 1–60. */
  maxTravelMiles: Scalars['Int']['input'];
  /** At most 1000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  phase: Phase;
  /** 1–5 distinct subjects, each at most 60 characters. */
  subjects: Array<Scalars['String']['input']>;
};

export type CreateSwapRequestPayload = {
  __typename?: 'CreateSwapRequestPayload';
  errors: Array<UserError>;
  swapRequest: Maybe<SwapRequest>;
};

/** Students by how many events they attended in the academic year (bands overlap: 4+ is within 2+). */
export type DoseBand =
  | 'ALL'
  | 'FOUR_PLUS'
  | 'ONE'
  | 'TWO_PLUS';

export type ErasePersonPayload = {
  __typename?: 'ErasePersonPayload';
  erasedId: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

/** An event in the partnership's programme. Owned by events; evaluation contributes its surveys. */
export type Event = {
  __typename?: 'Event';
  /** The partnership aims the event serves; the annual report groups evidence by these. */
  aims: Array<Aim>;
  audience: Audience;
  /** Set when CANCELLED. */
  cancelReason: Maybe<Scalars['String']['output']>;
  capacity: Scalars['Int']['output'];
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
  id: Scalars['ID']['output'];
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
  /** Organisers, teachers in charge and ambassadors. Signed-in callers. */
  roles: Array<EventRole>;
  /** Events created together on several dates share a series id. */
  seriesId: Maybe<Scalars['ID']['output']>;
  /** ISO date-time with offset. */
  startsAt: Scalars['String']['output'];
  status: EventStatus;
  /** Surveys of this event the caller may see, PRE first. */
  surveys: Array<Survey>;
  title: Scalars['String']['output'];
  /** Where it happens: a room at the host, or the external venue's name. */
  venue: Maybe<Scalars['String']['output']>;
  /** People waiting for a place (WAITLISTED). */
  waitlistCount: Scalars['Int']['output'];
  /** School year groups (7–13) the event is for; empty when the audience is teachers only. */
  yearGroups: Array<Scalars['Int']['output']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
};

export type EventDateInput = {
  endsAt: Scalars['String']['input'];
  startsAt: Scalars['String']['input'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

/** What the partnership's evaluation shows about one event. */
export type EventEvaluation = {
  __typename?: 'EventEvaluation';
  /** By instrument and dose band; respondents of the caller's partner for heads and champions. */
  cells: Array<ImpactCell>;
};

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

export type EventPayload = {
  __typename?: 'EventPayload';
  errors: Array<UserError>;
  event: Maybe<Event>;
};

export type EventRole = {
  __typename?: 'EventRole';
  /**
   * Resolved by people; null when the caller may not see that person (people's rules: an event's
   * registrants see its adult organisers and teachers in charge, not its ambassadors).
   */
  person: Maybe<Person>;
  role: EventRoleKind;
};

export type EventRoleKind =
  /** An undergraduate ambassador: needs a safeguarding check valid on the day. */
  | 'AMBASSADOR'
  | 'ORGANISER'
  | 'TEACHER_IN_CHARGE';

export type EventSeriesPayload = {
  __typename?: 'EventSeriesPayload';
  errors: Array<UserError>;
  events: Array<Event>;
};

export type EventStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

/**
 * What a focus group said, in the facilitator's words, tagged with aims and themes. About a group:
 * a participant count, never names. Coordinator; the partner's own heads and champions.
 */
export type FocusGroupNote = {
  __typename?: 'FocusGroupNote';
  aims: Array<Aim>;
  /**
   * The event discussed, resolved by events; null for a note about a term or the programme, or when
   * the caller may not see that event.
   */
  event: Maybe<Event>;
  /** YYYY-MM-DD. */
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  participantCount: Scalars['Int']['output'];
  /**
   * Whose students took part, resolved by partners-governance; null for a partnership-wide group,
   * or when partners-governance does not know the partner.
   */
  partner: Maybe<Partner>;
  /** ISO date-time with offset. */
  recordedAt: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  /** Lower-case free tags. */
  themes: Array<Scalars['String']['output']>;
};

export type FocusGroupNoteConnection = {
  __typename?: 'FocusGroupNoteConnection';
  edges: Array<FocusGroupNoteEdge>;
  pageInfo: PageInfo;
};

export type FocusGroupNoteEdge = {
  __typename?: 'FocusGroupNoteEdge';
  cursor: Scalars['String']['output'];
  node: FocusGroupNote;
};

/** A point in WGS84 degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

/**
 * Mean paired change (post − pre) of one group, instrument and dose band. Cells of fewer than 10
 * people are suppressed: n and every statistic are null.
 */
export type ImpactCell = {
  __typename?: 'ImpactCell';
  academicYear: Scalars['Int']['output'];
  ciHigh: Maybe<Scalars['Float']['output']>;
  ciLow: Maybe<Scalars['Float']['output']>;
  doseBand: DoseBand;
  /** Event id, aim, partner id, sector or academic year (2025 = 2025/26); null when unknown. */
  groupKey: Maybe<Scalars['String']['output']>;
  groupLabel: Maybe<Scalars['String']['output']>;
  grouping: ImpactGrouping;
  instrument: Instrument;
  licenceNotice: Maybe<Scalars['String']['output']>;
  meanChange: Maybe<Scalars['Float']['output']>;
  n: Maybe<Scalars['Int']['output']>;
  sd: Maybe<Scalars['Float']['output']>;
  suppressed: Scalars['Boolean']['output'];
  /** Fewer than 30 people: too few to conclude. */
  tooFewToConclude: Scalars['Boolean']['output'];
};

export type ImpactGrouping =
  | 'AIM'
  | 'EVENT'
  | 'PARTNER'
  | 'SECTOR'
  | 'YEAR';

export type ImpactReport = {
  __typename?: 'ImpactReport';
  /** Null for every year. */
  academicYear: Maybe<Scalars['Int']['output']>;
  cells: Array<ImpactCell>;
  /** The cells as CSV (suppressed cells show n as <10). */
  csv: Scalars['String']['output'];
  grouping: ImpactGrouping;
  /** How the confidence interval is computed. */
  method: Scalars['String']['output'];
  /** Null for all partners. */
  partnerId: Maybe<Scalars['ID']['output']>;
};

/** A yearly impact summary (by aim); associates see it once published. */
export type ImpactSummary = {
  __typename?: 'ImpactSummary';
  academicYear: Scalars['Int']['output'];
  /** ISO date-time with offset; null while unpublished. */
  publishedAt: Maybe<Scalars['String']['output']>;
  report: ImpactReport;
};

export type Instrument =
  | 'BRIEF_RESILIENCE'
  | 'CUSTOM'
  | 'STIRLING'
  | 'SWEMWBS'
  | 'WEMWBS';

/** A validated questionnaire in the registry. Never mix instruments in one trend line. */
export type InstrumentInfo = {
  __typename?: 'InstrumentInfo';
  code: Instrument;
  /** Number of items; null for CUSTOM, whose items are set per survey. */
  itemCount: Maybe<Scalars['Int']['output']>;
  /** The copyright or citation line to show with the instrument. */
  licenceNotice: Maybe<Scalars['String']['output']>;
  /** Oldest age the instrument is validated for, when it has an upper bound. */
  maxAge: Maybe<Scalars['Int']['output']>;
  /** Youngest age the instrument is validated for, when it has a lower bound. */
  minAge: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  scoreMax: Scalars['Float']['output'];
  /** Lowest and highest score, on the instrument's own scale. */
  scoreMin: Scalars['Float']['output'];
  /** How a response is scored. Incomplete responses get no score (never prorated). */
  scoringRule: Scalars['String']['output'];
};

/** Which hard rules a pair passed and how its score was made. */
export type MatchExplanation = {
  __typename?: 'MatchExplanation';
  datesScore: Scalars['Float']['output'];
  distanceMiles: Maybe<Scalars['Float']['output']>;
  distanceScore: Scalars['Float']['output'];
  overlapDays: Scalars['Int']['output'];
  rules: Array<Scalars['String']['output']>;
  subjectScore: Scalars['Float']['output'];
  total: Scalars['Float']['output'];
  waitingScore: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A member or the coordinator shares a resource in the cluster. */
  addClusterResource: ClusterResourcePayload;
  /**
   * The coordinator or the cluster's lead adds a teacher (known to teacher swaps, with role
   * TEACHER); only the coordinator may make them a lead.
   */
  addSubjectClusterMember: SubjectClusterPayload;
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
  checkOut: AttendancePayload;
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
  /** PERSON: the caller's own events; PARTNER: their partner's (staff) or any (coordinator). */
  createCalendarFeed: CreateCalendarFeedPayload;
  /**
   * The coordinator (any host or external venue), or a champion for an event hosted by their own
   * partner (FORBIDDEN otherwise). Creates a DRAFT and announces EventScheduled.
   */
  createEvent: CreateEventPayload;
  /** Same callers as createEvent. One DRAFT per date, sharing a series id. */
  createEventSeries: EventSeriesPayload;
  /** Coordinator only. Announces PartnerJoined to every service. */
  createPartner: CreatePartnerPayload;
  /** The coordinator; heads and champions for their partner's people; teachers for their partner's students. */
  createSignInCode: CreateSignInCodePayload;
  /** The coordinator creates a subject cluster. */
  createSubjectCluster: SubjectClusterPayload;
  /**
   * Coordinator, heads and champions. One survey per event and phase; a POST survey opens once the
   * event has ended, a PRE survey before it starts. Created as DRAFT.
   */
  createSurvey: CreateSurveyPayload;
  /** A teacher offers a swap for themself; their partner must be a state or independent school. */
  createSwapOffer: CreateSwapOfferPayload;
  /** A teacher asks to host a visitor, for themself; same rules as an offer. */
  createSwapRequest: CreateSwapRequestPayload;
  /** The coordinator only. Deletes the person everywhere (PersonErased), keeping only what the retention policy names. */
  erasePerson: ErasePersonPayload;
  /** A teacher joins a cluster for themself (ALREADY_MEMBER if they have). */
  joinSubjectCluster: SubjectClusterPayload;
  /** A member leaves a cluster (NOT_A_MEMBER if they are not one). */
  leaveSubjectCluster: SubjectClusterPayload;
  /**
   * Coordinator, heads and champions. Opens a DRAFT survey now: a PRE survey before its event
   * starts (anyone may then answer it), a POST survey once the event has ended (attendees are
   * invited when the event completes). Errors: NOT_FOUND, NOT_DRAFT, TOO_EARLY (POST before the
   * end), TOO_LATE (PRE after the start), EVENT_CANCELLED, WINDOW_ENDED (its closesAt has passed).
   * Nothing changes on error.
   */
  openSurvey: OpenSurveyPayload;
  /** The coordinator pins a pair by hand; the hard rules still apply (HARD_RULE_BROKEN). */
  proposeSwap: SwapPayload;
  /**
   * Who manages the event: the coordinator, the host partner's champions and head, or an organiser
   * of the event (FORBIDDEN otherwise). DRAFT → PUBLISHED only; announces EventScheduled.
   */
  publishEvent: PublishEventPayload;
  /** Coordinator: publish (or republish) the summary of an academic year to associates. */
  publishImpactSummary: PublishImpactSummaryPayload;
  /**
   * The coordinator, or a head or champion of the person's partner. The person themself may record
   * their own REFUSED or WITHDRAWN (givenBy STUDENT or SELF, method ONLINE, no givenAt), never
   * GRANTED (FORBIDDEN). Announces ConsentChanged when the state changes.
   */
  recordConsent: RecordConsentPayload;
  /**
   * Coordinator (any partner, or none for a partnership-wide group); heads and champions for their
   * own partner only (the default). Errors: INVALID (field rules), IN_THE_FUTURE, UNKNOWN_EVENT,
   * UNKNOWN_PARTNER. Nothing is written when there is an error.
   */
  recordFocusGroupNote: RecordFocusGroupNotePayload;
  /** The coordinator, or a head or champion of the person's partner; adults only. */
  recordSafeguardingCheck: RecordSafeguardingCheckPayload;
  /** No token needed. A code from the person's school; error INVALID_CODE. */
  redeemSignInCode: SignInPayload;
  /** Each teacher of a completed swap, once; emits SwapReflected (aims, not text). */
  reflectOnSwap: SwapPayload;
  /** No token needed. Rotates the refresh token; reusing an old one ends the session. */
  refreshSession: SignInPayload;
  /**
   * A student or teacher for themself; a teacher, champion or head for someone at their partner; or
   * the coordinator. When the event is full the person joins the waitlist.
   */
  registerForEvent: RegisterForEventPayload;
  /**
   * The coordinator, or a head or champion of the same partner (who may not grant COORDINATOR).
   * Announces PersonRegistered (ids, roles and year group only) to every service.
   */
  registerPerson: RegisterPersonPayload;
  revokeCalendarFeed: RevokeCalendarFeedPayload;
  /** The coordinator or the person: signs them out everywhere. */
  revokeSessions: RevokeSessionsPayload;
  /** The coordinator matches every open offer and request not yet in a live swap; proposals become PROPOSED swaps. */
  runMatchingRound: RunMatchingRoundPayload;
  /** The coordinator or the host head; emits SwapScheduled (the events programme shows the visit). */
  scheduleSwap: SwapPayload;
  /**
   * The signed-in adult; the current password is required once one is set (at least 12 characters).
   * Every other session of the person ends (its tokens are refused within seconds); pass this
   * device's `refreshToken` to stay signed in here, or every session ends (error
   * INVALID_REFRESH_TOKEN, nothing changed, when it is not one of the person's sessions).
   */
  setPassword: SetPasswordPayload;
  /** No token needed. Errors: INVALID_CREDENTIALS (never says whether the address exists), LOCKED_OUT. */
  signIn: SignInPayload;
  /** No token needed. Ends the session; its access tokens are refused within seconds. */
  signOut: SignOutPayload;
  /**
   * Answer a survey you are invited to. Errors: UNKNOWN_SURVEY, EVENT_NOT_HAPPENED, SURVEY_NOT_OPEN,
   * NOT_INVITED, INSTRUMENT_OUTSIDE_AGE_BAND, WRONG_ITEM_COUNT, MISSING_ITEM, ANSWER_OUT_OF_RANGE,
   * ALREADY_RESPONDED. Nothing is written when there is an error.
   */
  submitSurveyResponse: SubmitSurveyResponsePayload;
  /**
   * Who manages the event: the coordinator, the host partner's champions and head, or an organiser
   * of the event (FORBIDDEN otherwise); moving it to another host also needs the right to createEvent
   * there. Any field of a DRAFT or PUBLISHED event; capacity and quota not below places held.
   */
  updateEvent: EventPayload;
  /**
   * Same rules as registerPerson, at the person's current and new partner. Announces PersonUpdated.
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


export type MutationAddClusterResourceArgs = {
  clusterId: Scalars['ID']['input'];
  input: AddClusterResourceInput;
};


export type MutationAddSubjectClusterMemberArgs = {
  id: Scalars['ID']['input'];
  lead?: InputMaybe<Scalars['Boolean']['input']>;
  personId: Scalars['ID']['input'];
};


export type MutationApproveSwapArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignEventRoleArgs = {
  eventId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  role: EventRoleKind;
};


export type MutationCancelEventArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelRegistrationArgs = {
  registrationId: Scalars['ID']['input'];
};


export type MutationCheckInArgs = {
  code: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  personId: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCheckOutArgs = {
  code: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  personId: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCompleteEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteSwapArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmPlaceArgs = {
  registrationId: Scalars['ID']['input'];
};


export type MutationConfirmSwapChecksArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCopyEventArgs = {
  endsAt: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  startsAt: Scalars['String']['input'];
};


export type MutationCreateCalendarFeedArgs = {
  partnerId: InputMaybe<Scalars['ID']['input']>;
  scope: CalendarScope;
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


export type MutationCreateEventSeriesArgs = {
  input: CreateEventSeriesInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationCreateSignInCodeArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationCreateSubjectClusterArgs = {
  input: CreateSubjectClusterInput;
};


export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


export type MutationCreateSwapOfferArgs = {
  input: CreateSwapOfferInput;
};


export type MutationCreateSwapRequestArgs = {
  input: CreateSwapRequestInput;
};


export type MutationErasePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationJoinSubjectClusterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLeaveSubjectClusterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationProposeSwapArgs = {
  offerId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishImpactSummaryArgs = {
  academicYear: Scalars['Int']['input'];
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRecordFocusGroupNoteArgs = {
  input: RecordFocusGroupNoteInput;
};


export type MutationRecordSafeguardingCheckArgs = {
  input: RecordSafeguardingCheckInput;
};


export type MutationRedeemSignInCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationReflectOnSwapArgs = {
  id: Scalars['ID']['input'];
  input: ReflectOnSwapInput;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterForEventArgs = {
  eventId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRevokeCalendarFeedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionsArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationScheduleSwapArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetPasswordArgs = {
  currentPassword: InputMaybe<Scalars['String']['input']>;
  newPassword: Scalars['String']['input'];
  refreshToken: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignOutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationSubmitSurveyResponseArgs = {
  input: SubmitSurveyResponseInput;
};


export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


export type MutationWithdrawMyConsentArgs = {
  kind: ConsentKind;
  noticeVersion: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawSwapArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationWithdrawSwapOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawSwapRequestArgs = {
  id: Scalars['ID']['input'];
};

/** A survey the signed-in person is invited to answer. */
export type MySurvey = {
  __typename?: 'MySurvey';
  /** ISO date-time with offset, once answered. */
  respondedAt: Maybe<Scalars['String']['output']>;
  survey: Survey;
  /** The secret link token of this invitation. */
  token: Scalars['String']['output'];
};

export type OpenSurveyPayload = {
  __typename?: 'OpenSurveyPayload';
  errors: Array<UserError>;
  survey: Maybe<Survey>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A member of the partnership: a school, the university, or an associate partner from the community.
 * Owned by partners-governance; other subgraphs contribute fields to it.
 */
export type Partner = {
  __typename?: 'Partner';
  /** Events at this partner that the caller may see, soonest first. */
  hostedEvents: Array<Event>;
  id: Scalars['ID']['output'];
  /**
   * Impact on this partner's students in an academic year, by instrument and dose band. Coordinator;
   * its own heads and champions. Null, with a FORBIDDEN error for this field only, for everyone else.
   */
  impact: Maybe<Array<ImpactCell>>;
  /** ISO date (YYYY-MM-DD) the partner joined. */
  joinedOn: Scalars['String']['output'];
  kind: PartnerKind;
  latitude: Maybe<Scalars['Float']['output']>;
  /** ISO date the partner left, if it has. */
  leftOn: Maybe<Scalars['String']['output']>;
  /** The site as one point, null when not recorded: teacher swaps measure travel distance from it. */
  location: Maybe<GeoPoint>;
  longitude: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** The partner's people visible to the caller, by name; optionally only those holding `role`. */
  people: Array<Person>;
  /** Derived from kind: teacher swaps pair state and independent sectors. */
  sector: Sector;
  status: PartnerStatus;
  /** Swaps this partner hosts or sends that the caller may see, newest first; null when the caller sees no swaps at all. */
  swaps: Maybe<Array<Swap>>;
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

export type PartnerKind =
  | 'ASSOCIATE'
  | 'INDEPENDENT'
  | 'SELECTIVE'
  | 'STATE'
  | 'UNIVERSITY';

export type PartnerStatus =
  | 'ACTIVE'
  | 'LEFT';

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
  /** Every consent record, newest first. Null unless coordinator, the person, or a head or champion of their partner. */
  consentRecords: Maybe<Array<ConsentRecord>>;
  /**
   * The current consent of each kind, derived from the records (the latest wins). Null unless the
   * caller is the coordinator, the person, or a head, champion or teacher of the person's partner.
   */
  consentState: Maybe<Array<ConsentState>>;
  displayName: Scalars['String']['output'];
  /**
   * Adults only. Visible to the person themself, the coordinator, and the head or champions of the
   * person's own partner; null for everyone else.
   */
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
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

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque; pass as `after` to continue after this person. */
  cursor: Scalars['String']['output'];
  node: Person;
};

/** The school phase or key stage a teacher teaches. */
export type Phase =
  | 'KS3'
  | 'KS4'
  | 'KS5'
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

export type PublishEventPayload = {
  __typename?: 'PublishEventPayload';
  errors: Array<UserError>;
  event: Maybe<Event>;
};

export type PublishImpactSummaryPayload = {
  __typename?: 'PublishImpactSummaryPayload';
  errors: Array<UserError>;
  summary: Maybe<ImpactSummary>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * A cluster's resources, newest first, for its members and the coordinator (others get null
   * with FORBIDDEN). `search` matches title, exam course or a tag (case-insensitive); `tag` one tag
   * exactly. `first` defaults to 20 and `first` is capped at 100; `after` is the `endCursor` of
   * the previous page.
   */
  clusterResources: Maybe<ClusterResourceConnection>;
  /** Null when there is no such event or the caller may not see it. */
  event: Maybe<Event>;
  /**
   * The programme, by start time. Every signed-in caller sees PUBLISHED and COMPLETED events; the
   * coordinator and champions see drafts and cancelled events too. `from` keeps events that have not
   * ended by then, `to` keeps events that start before it (ISO date-times with offset). `first` is
   * capped at 200.
   */
  events: EventConnection;
  /**
   * Focus group notes, most recently held first. Coordinator: every note; heads and champions: their
   * own partner's. `theme` is matched after normalising (lower-case). `first` is capped at 200.
   * Null, with a FORBIDDEN error for this field only, for anyone else.
   */
  focusGroupNotes: Maybe<FocusGroupNoteConnection>;
  /**
   * Impact report for an academic year (null: every year). Coordinator: any partner or all; heads
   * and champions: their own partner's students only. Null, with a FORBIDDEN error for this field
   * only, for any other caller or another partner.
   */
  impactReport: Maybe<ImpactReport>;
  /** Yearly summaries. Associates and everyone else but the coordinator see published ones only. Null, with a FORBIDDEN error for this field only, for students. */
  impactSummaries: Maybe<Array<ImpactSummary>>;
  instruments: Array<InstrumentInfo>;
  /**
   * Whether the person may work with children on `on` (YYYY-MM-DD, default today). Null when the
   * caller may not see their safeguarding data.
   */
  mayWorkWithChildren: Maybe<ChildrenClearance>;
  /** The signed-in person; null for API-key callers. */
  me: Maybe<Person>;
  /** Surveys the signed-in person is invited to, newest first. */
  mySurveys: Array<MySurvey>;
  partner: Maybe<Partner>;
  /** Partners, by name. Visible to every signed-in caller: it is organisational, not personal, data. */
  partners: Array<Partner>;
  /**
   * The people the caller may see, ordered by display name. `first` defaults to 50 and is capped
   * at 100; `after` is the `endCursor` of the previous page.
   */
  people: PersonConnection;
  /** Null when there is no such person or the caller may not see them. */
  person: Maybe<Person>;
  /** Null when there is no such cluster or the caller may not see clusters. */
  subjectCluster: Maybe<SubjectCluster>;
  /**
   * Subject clusters by name, for teachers, heads and the coordinator (others get null with
   * FORBIDDEN); optionally of one subject (case-insensitive).
   */
  subjectClusters: Maybe<Array<SubjectCluster>>;
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


export type QueryClusterResourcesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  search: InputMaybe<Scalars['String']['input']>;
  tag: InputMaybe<Scalars['String']['input']>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


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


export type QueryFocusGroupNotesArgs = {
  academicYear: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  aim: InputMaybe<Aim>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: InputMaybe<Scalars['ID']['input']>;
  theme: InputMaybe<Scalars['String']['input']>;
};


export type QueryImpactReportArgs = {
  academicYear: InputMaybe<Scalars['Int']['input']>;
  groupBy: ImpactGrouping;
  partnerId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMayWorkWithChildrenArgs = {
  on: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  status: InputMaybe<PartnerStatus>;
};


export type QueryPeopleArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: InputMaybe<Scalars['ID']['input']>;
  role: InputMaybe<Role>;
  yearGroup: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubjectClusterArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubjectClustersArgs = {
  subject: InputMaybe<Scalars['String']['input']>;
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveysArgs = {
  eventId: Scalars['ID']['input'];
};


export type QuerySwapArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySwapOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySwapOffersArgs = {
  sector: InputMaybe<Sector>;
  status: InputMaybe<SwapOfferStatus>;
};


export type QuerySwapReflectionEvidenceArgs = {
  academicYear: Scalars['Int']['input'];
  partnerId: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySwapRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySwapRequestsArgs = {
  sector: InputMaybe<Sector>;
  status: InputMaybe<SwapOfferStatus>;
};


export type QuerySwapsArgs = {
  needsReview: InputMaybe<Scalars['Boolean']['input']>;
  status: InputMaybe<SwapStatus>;
};


export type QueryThemesArgs = {
  academicYear: Scalars['Int']['input'];
};

export type RecordConsentInput = {
  decision: ConsentDecision;
  /** ISO 8601 date-time; defaults to now. */
  givenAt?: InputMaybe<Scalars['String']['input']>;
  /** Who gave, refused or withdrew it. Missing: error CONSENT_GIVER_REQUIRED. */
  givenBy?: InputMaybe<ConsentGiver>;
  /** Required for PARENT_CARER. */
  giverName?: InputMaybe<Scalars['String']['input']>;
  kind: ConsentKind;
  method: ConsentMethod;
  /** Required for DATA_PROCESSING, not allowed otherwise. */
  noticeVersion?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
};

export type RecordConsentPayload = {
  __typename?: 'RecordConsentPayload';
  consent: Maybe<ConsentRecord>;
  errors: Array<UserError>;
  state: Maybe<ConsentState>;
};

export type RecordFocusGroupNoteInput = {
  /** At least one. */
  aims: Array<Aim>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD, not after today. */
  heldOn: Scalars['String']['input'];
  /** How many took part (at least 1); never who. */
  participantCount: Scalars['Int']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 5000 characters. Describe the group; do not name anyone. */
  summary: Scalars['String']['input'];
  /** 1–10 free tags of at most 40 characters, stored lower-case. */
  themes: Array<Scalars['String']['input']>;
};

export type RecordFocusGroupNotePayload = {
  __typename?: 'RecordFocusGroupNotePayload';
  errors: Array<UserError>;
  note: Maybe<FocusGroupNote>;
};

export type RecordSafeguardingCheckInput = {
  checkedBy: Scalars['String']['input'];
  checkedOn: Scalars['String']['input'];
  kind: SafeguardingCheckKind;
  personId: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
  reviewOn: Scalars['String']['input'];
};

export type RecordSafeguardingCheckPayload = {
  __typename?: 'RecordSafeguardingCheckPayload';
  check: Maybe<SafeguardingCheck>;
  clearance: Maybe<ChildrenClearance>;
  errors: Array<UserError>;
};

export type ReflectOnSwapInput = {
  /** The partnership's aims the swap served; may be empty. */
  aims: Array<Aim>;
  /** 1–4000 characters. Stays in teacher-swap: evaluation is told the aims, not the text. */
  text: Scalars['String']['input'];
};

export type RegisterForEventPayload = {
  __typename?: 'RegisterForEventPayload';
  errors: Array<UserError>;
  registration: Maybe<Registration>;
};

export type RegisterPersonInput = {
  /** 2–100 characters. */
  displayName: Scalars['String']['input'];
  /** Adults only; unique regardless of case. */
  email?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  /** Adults only: digits and spaces, optionally starting with +. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** At least one, no repeats. A student holds only STUDENT. */
  roles: Array<Role>;
  /** Required for a student (7–13); not allowed for adults. */
  yearGroup?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterPersonPayload = {
  __typename?: 'RegisterPersonPayload';
  errors: Array<UserError>;
  person: Maybe<Person>;
};

/** A person's place (or place in the queue) at an event. Free, RSVP style. */
export type Registration = {
  __typename?: 'Registration';
  cancelledAt: Maybe<Scalars['String']['output']>;
  /**
   * The code to show at the door. The person, their partner's staff and the coordinator; null for
   * anyone else (the host's staff see no codes of visiting students).
   */
  checkInCode: Maybe<Scalars['String']['output']>;
  checkedInAt: Maybe<Scalars['String']['output']>;
  checkedOutAt: Maybe<Scalars['String']['output']>;
  event: Event;
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
  status: RegistrationStatus;
  /** The place in the queue, set only while WAITLISTED: lower goes first (numbers are not reused). */
  waitlistPosition: Maybe<Scalars['Int']['output']>;
};

export type RegistrationPayload = {
  __typename?: 'RegistrationPayload';
  errors: Array<UserError>;
  /** People offered a place freed by this change. */
  offered: Array<Registration>;
  registration: Maybe<Registration>;
};

export type RegistrationStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'NO_SHOW'
  /** A place freed up and is offered: confirm before offerExpiresAt. */
  | 'OFFERED'
  | 'REGISTERED'
  | 'WAITLISTED';

export type RevokeCalendarFeedPayload = {
  __typename?: 'RevokeCalendarFeedPayload';
  errors: Array<UserError>;
  feed: Maybe<CalendarFeed>;
};

export type RevokeSessionsPayload = {
  __typename?: 'RevokeSessionsPayload';
  revoked: Scalars['Int']['output'];
};

export type Role =
  | 'AMBASSADOR'
  | 'ASSOCIATE'
  | 'CHAMPION'
  | 'COORDINATOR'
  | 'FINANCE'
  | 'HEAD'
  | 'STUDENT'
  | 'TEACHER';

export type RunMatchingRoundPayload = {
  __typename?: 'RunMatchingRoundPayload';
  errors: Array<UserError>;
  /** The swaps this round proposed (pairs proposed before are not repeated). */
  proposed: Array<Swap>;
};

/** Metadata of a safeguarding check; never the certificate's contents. */
export type SafeguardingCheck = {
  __typename?: 'SafeguardingCheck';
  checkedBy: Scalars['String']['output'];
  /** YYYY-MM-DD */
  checkedOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: SafeguardingCheckKind;
  /** certificate or confirmation reference */
  reference: Scalars['String']['output'];
  /** YYYY-MM-DD: to be renewed by then */
  reviewOn: Scalars['String']['output'];
};

export type SafeguardingCheckKind =
  /** written confirmation from the employing school that it holds the person's checks */
  | 'EMPLOYER_CONFIRMATION'
  | 'ENHANCED_DBS'
  | 'ENHANCED_DBS_BARRED_LIST'
  | 'IDENTITY';

export type Sector =
  | 'COMMUNITY'
  | 'HIGHER_EDUCATION'
  | 'INDEPENDENT'
  | 'STATE';

export type SetPasswordPayload = {
  __typename?: 'SetPasswordPayload';
  errors: Array<UserError>;
  /** How many sessions the change ended. */
  revokedSessions: Scalars['Int']['output'];
};

export type SignInPayload = {
  __typename?: 'SignInPayload';
  errors: Array<UserError>;
  session: Maybe<AuthSession>;
};

export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  signedOut: Scalars['Boolean']['output'];
};

/**
 * Teachers of one subject across partners, sharing resources. Cluster meetings are events of kind
 * SUBJECT_CLUSTER in the events programme; this subgraph does not store them.
 */
export type SubjectCluster = {
  __typename?: 'SubjectCluster';
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The caller leads the cluster (and may add members). */
  isLead: Scalars['Boolean']['output'];
  /** The caller is a member. */
  isMember: Scalars['Boolean']['output'];
  memberCount: Scalars['Int']['output'];
  /** For members and the coordinator; null for anyone else (heads see the cluster, not who is in it). */
  members: Maybe<Array<SubjectClusterMember>>;
  name: Scalars['String']['output'];
  /** Null for a cluster across phases. */
  phase: Maybe<Phase>;
  subject: Scalars['String']['output'];
};

export type SubjectClusterMember = {
  __typename?: 'SubjectClusterMember';
  /** ISO 8601 timestamp. */
  joinedAt: Scalars['String']['output'];
  lead: Scalars['Boolean']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  person: Maybe<Person>;
};

export type SubjectClusterPayload = {
  __typename?: 'SubjectClusterPayload';
  errors: Array<UserError>;
  subjectCluster: Maybe<SubjectCluster>;
};

export type SubmitSurveyResponseInput = {
  /** One answer per item, in order, each 1–5. */
  answers: Array<InputMaybe<Scalars['Int']['input']>>;
  /** Answer to the reflection question. */
  reflection?: InputMaybe<Scalars['String']['input']>;
  /** Either the survey (answered as the signed-in person) or the invitation's token. */
  surveyId?: InputMaybe<Scalars['ID']['input']>;
  token?: InputMaybe<Scalars['String']['input']>;
};

export type SubmitSurveyResponsePayload = {
  __typename?: 'SubmitSurveyResponsePayload';
  accepted: Scalars['Boolean']['output'];
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
  id: Scalars['ID']['output'];
  instrument: Instrument;
  /**
   * People invited, counted as for nonResponderCount: everyone for the coordinator, their own
   * school's for a head or champion. Null, with a FORBIDDEN error for this field only, for everyone else.
   */
  invitedCount: Maybe<Scalars['Int']['output']>;
  /** Number of items to answer, each on a 1–5 scale. */
  itemCount: Scalars['Int']['output'];
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
  phase: SurveyPhase;
  /** The free-text question every survey asks. */
  reflectionQuestion: Scalars['String']['output'];
  status: SurveyStatus;
};

export type SurveyPhase =
  | 'POST'
  | 'PRE';

export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
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
  /** ISO date. */
  completedOn: Maybe<Scalars['String']['output']>;
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** ISO date: the last day of the overlap of both windows. */
  endsOn: Scalars['String']['output'];
  /** Why the matcher proposed this pair; null for a pinned pair proposed before scoring. */
  explanation: Maybe<MatchExplanation>;
  hostApproved: Scalars['Boolean']['output'];
  /** The host school; resolved by partners-governance, null when the caller may not see it. */
  hostPartner: Maybe<Partner>;
  hostPartnerId: Scalars['ID']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  hostTeacher: Maybe<Person>;
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
  phase: Phase;
  /** The coordinator proposed this pair by hand. */
  pinned: Scalars['Boolean']['output'];
  /** The teachers' reflections, once the swap has happened. */
  reflections: Array<SwapReflection>;
  /** Null when the caller may not see the request. */
  request: Maybe<SwapRequest>;
  /** For the coordinator: why needsReview is true (each side, host first); null otherwise. */
  reviewReason: Maybe<Scalars['String']['output']>;
  /** ISO date: the first day of the overlap of both windows. */
  startsOn: Scalars['String']['output'];
  status: SwapStatus;
  /** The subjects both teachers share. */
  subjects: Array<Scalars['String']['output']>;
  visitingApproved: Scalars['Boolean']['output'];
  /** The visitor's school; resolved by partners-governance, null when the caller may not see it. */
  visitingPartner: Maybe<Partner>;
  visitingPartnerId: Scalars['ID']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  visitingTeacher: Maybe<Person>;
  withdrawnReason: Maybe<Scalars['String']['output']>;
};

export type SwapAimCount = {
  __typename?: 'SwapAimCount';
  aim: Aim;
  reflections: Scalars['Int']['output'];
};

/** A teacher's swaps that have happened (COMPLETED or REFLECTED), for their CPD record. */
export type SwapCpd = {
  __typename?: 'SwapCpd';
  /** Swaps visited plus swaps hosted. */
  completedSwaps: Scalars['Int']['output'];
  /** Days those swaps spanned, startsOn to endsOn with both days included. */
  days: Scalars['Int']['output'];
  hosted: Scalars['Int']['output'];
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
  id: Scalars['ID']['output'];
  /** How far the teacher will travel, 1–60 miles. */
  maxTravelMiles: Scalars['Int']['output'];
  notes: Maybe<Scalars['String']['output']>;
  phase: Phase;
  /** The sector of the teacher's partner when the offer was made: STATE or INDEPENDENT. */
  sector: Sector;
  status: SwapOfferStatus;
  /** 1–5 subjects, as the teacher names them. */
  subjects: Array<Scalars['String']['output']>;
  /** Resolved by people; null when the caller may not see that person. */
  teacher: Maybe<Person>;
};

export type SwapOfferStatus =
  | 'OPEN'
  | 'WITHDRAWN';

export type SwapPayload = {
  __typename?: 'SwapPayload';
  errors: Array<UserError>;
  swap: Maybe<Swap>;
};

export type SwapReflection = {
  __typename?: 'SwapReflection';
  aims: Array<Aim>;
  /** ISO date. */
  reflectedOn: Scalars['String']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  teacher: Maybe<Person>;
  text: Scalars['String']['output'];
};

/** Teacher swap reflections of one academic year within the caller's report scope: counts only. */
export type SwapReflectionEvidence = {
  __typename?: 'SwapReflectionEvidence';
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
  id: Scalars['ID']['output'];
  /** How far the teacher will travel for the return visit, 1–60 miles. */
  maxTravelMiles: Scalars['Int']['output'];
  notes: Maybe<Scalars['String']['output']>;
  phase: Phase;
  /** STATE or INDEPENDENT, copied from the teacher's partner. */
  sector: Sector;
  status: SwapOfferStatus;
  subjects: Array<Scalars['String']['output']>;
  /** Resolved by people; null when the caller may not see that person. */
  teacher: Maybe<Person>;
};

export type SwapStatus =
  /** Both heads approved; the host confirms the visitor's checks next. */
  | 'APPROVED'
  /** The host confirmed in writing that the visitor's checks are valid for the swap's days. */
  | 'CHECKS_CONFIRMED'
  | 'COMPLETED'
  /** Matched, waiting for both heads. */
  | 'PROPOSED'
  /** Both teachers have reflected. */
  | 'REFLECTED'
  /** Fixed; in the events programme as a teacher-swap visit. */
  | 'SCHEDULED'
  /** Withdrawn before it happened, with a reason. */
  | 'WITHDRAWN';

export type Term =
  | 'AUTUMN'
  | 'SPRING'
  | 'SUMMER';

/** How many focus group notes of a year carry a theme under an aim. */
export type ThemeCount = {
  __typename?: 'ThemeCount';
  aim: Aim;
  notes: Scalars['Int']['output'];
  theme: Scalars['String']['output'];
};

/** Only the fields given change; the result is validated as a whole. */
export type UpdateEventInput = {
  aims?: InputMaybe<Array<Aim>>;
  audience?: InputMaybe<Audience>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  endsAt?: InputMaybe<Scalars['String']['input']>;
  hostPartnerId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EventKind>;
  partnerQuota?: InputMaybe<Scalars['Int']['input']>;
  requiredConsents?: InputMaybe<Array<ConsentKind>>;
  startsAt?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
  yearGroups?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Only the fields given change; null clears an optional field. The result must pass the registration rules. */
export type UpdatePersonInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
  yearGroup?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdatePersonPayload = {
  __typename?: 'UpdatePersonPayload';
  errors: Array<UserError>;
  person: Maybe<Person>;
};

/** A problem with a mutation's input, returned as data so a client can show it by the field. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/**
 * Why evaluation refused a mutation's input; nothing was written. Every subgraph declares the codes
 * it returns under this one name; the graph's enum is their union.
 */
export type UserErrorCode =
  /** The person is already checked in. */
  | 'ALREADY_CHECKED_IN'
  /** The person is already checked out. */
  | 'ALREADY_CHECKED_OUT'
  /** This school or teacher has already taken this step for the swap. */
  | 'ALREADY_DONE'
  /** The person is already a member of this subject cluster. */
  | 'ALREADY_MEMBER'
  /** The person already has a place, an offer or a place in the queue at this event. */
  | 'ALREADY_REGISTERED'
  /** The caller has already answered this survey. */
  | 'ALREADY_RESPONDED'
  /** An answer is off the instrument's scale; `field` names it (answers.<index>). */
  | 'ANSWER_OUT_OF_RANGE'
  /** The new capacity is below the places already held. */
  | 'CAPACITY_BELOW_REGISTRATIONS'
  /** Check-in is open from two hours before the start until a day after the end. */
  | 'CHECK_IN_CLOSED'
  /** A consent record must say who gave, refused or withdrew it (`givenBy`). */
  | 'CONSENT_GIVER_REQUIRED'
  /** The event needs a consent (e.g. for a trip) this person has not given. */
  | 'CONSENT_REQUIRED'
  /** A partner with this name (ignoring case) already exists. */
  | 'DUPLICATE'
  /** Someone is already registered with this e-mail address (regardless of case). */
  | 'DUPLICATE_EMAIL'
  /** The event already has a survey of this phase. */
  | 'DUPLICATE_SURVEY'
  /** The event is cancelled: nothing more can be done with it (registering, evaluating). */
  | 'EVENT_CANCELLED'
  /** The event of this POST survey has not happened yet. */
  | 'EVENT_NOT_HAPPENED'
  /** Not open for this: registration needs a PUBLISHED event, check-in a PUBLISHED or COMPLETED one. */
  | 'EVENT_NOT_OPEN'
  /** The event has already started: no registrations or cancellations any more. */
  | 'EVENT_STARTED'
  /** The pair breaks a hard matching rule (same sector, no shared subject or phase, no date overlap, too far, partner inactive); `message` names it. */
  | 'HARD_RULE_BROKEN'
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
  /** The event's status does not allow this change (e.g. cancelling a completed event). */
  | 'INVALID_TRANSITION'
  /** A focus group note records a group already held: its date is after today. */
  | 'IN_THE_FUTURE'
  /** Too many wrong passwords in a row: sign-in with this address is paused for 15 minutes. */
  | 'LOCKED_OUT'
  /** An item is unanswered; `field` names it (answers.<index>). */
  | 'MISSING_ITEM'
  /** The registration is no longer active (cancelled, attended or a no-show). */
  | 'NOT_ACTIVE'
  /** Safeguarding checks are recorded for adults only, never for a student. */
  | 'NOT_AN_ADULT'
  /** The person is not a member of this subject cluster. */
  | 'NOT_A_MEMBER'
  /** The person making the offer is not registered as a teacher. */
  | 'NOT_A_TEACHER'
  /** The person was never checked in, so cannot be checked out. */
  | 'NOT_CHECKED_IN'
  /** Only a DRAFT can be published or opened (an event, a survey); this one is not a draft any more. */
  | 'NOT_DRAFT'
  /** A CANCELLED or COMPLETED event cannot be changed. */
  | 'NOT_EDITABLE'
  /** The event has not ended yet, so it cannot be completed. */
  | 'NOT_ENDED'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** The caller is not invited to this survey, or the link is not theirs. */
  | 'NOT_INVITED'
  /** The event's audience (students, teachers) does not include this person. */
  | 'NOT_IN_AUDIENCE'
  /** The offer or request is not open (already withdrawn or already in a swap). */
  | 'NOT_OPEN'
  /** The person has no place at this event (for check-in and check-out). */
  | 'NOT_REGISTERED'
  /** Organisers and teachers in charge are staff of a partner. */
  | 'NOT_STAFF'
  /** There is no open offer to confirm for this registration. */
  | 'NO_OFFER'
  /** Students have no password: they sign in with a code from their school. */
  | 'NO_PASSWORD_SIGN_IN'
  /** The visiting teacher has no safeguarding check (as the people service reports it) valid through the swap's last day. */
  | 'NO_VALID_CHECK'
  /** The deadline to confirm the offered place has passed; the place has moved on. */
  | 'OFFER_EXPIRED'
  /** The partner has left the partnership: nothing new can be tied to it. */
  | 'PARTNER_LEFT'
  /** The person's school or organisation is not a member of the partnership today. */
  | 'PARTNER_NOT_MEMBER'
  /** The new partner quota is below the places one partner already holds. */
  | 'QUOTA_BELOW_REGISTRATIONS'
  /** The reflection is longer than allowed. */
  | 'REFLECTION_TOO_LONG'
  /** An ambassador needs a safeguarding check valid on the last day of the event. */
  | 'SAFEGUARDING_NOT_VALID'
  /** The survey is not open for answers. */
  | 'SURVEY_NOT_OPEN'
  /** The swap's status does not allow this step (e.g. scheduling before the checks are confirmed, reflecting before it happened). */
  | 'SWAP_STEP_NOT_ALLOWED'
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

export type WithdrawSwapOfferPayload = {
  __typename?: 'WithdrawSwapOfferPayload';
  errors: Array<UserError>;
  swapOffer: Maybe<SwapOffer>;
};

export type WithdrawSwapRequestPayload = {
  __typename?: 'WithdrawSwapRequestPayload';
  errors: Array<UserError>;
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

export type DashboardQueryVariables = Exact<{
  weekFrom: Scalars['String']['input'];
  weekTo: Scalars['String']['input'];
  recentFrom: Scalars['String']['input'];
}>;


export type DashboardQuery = { __typename?: 'Query', thisWeek: { __typename?: 'EventConnection', edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, title: string, startsAt: string, status: EventStatus, capacity: number, registeredCount: number, waitlistCount: number } }> }, recent: { __typename?: 'EventConnection', edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, title: string, startsAt: string, waitlistCount: number, registrations: Array<{ __typename?: 'Registration', id: string, status: RegistrationStatus, offerExpiresAt: string | null }> | null, surveys: Array<{ __typename?: 'Survey', id: string, phase: SurveyPhase, status: SurveyStatus, invitedCount: number | null, nonResponderCount: number | null }> } }> } };

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
    ) | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field: string | null, message: string }> } };

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

export type PlanningEventFragment = { __typename?: 'Event', id: string, title: string, kind: EventKind, audience: Audience, yearGroups: Array<number>, venue: string | null, startsAt: string, endsAt: string, aims: Array<Aim>, capacity: number, partnerQuota: number | null, status: EventStatus, cancelReason: string | null, registeredCount: number, waitlistCount: number, hostPartner: { __typename?: 'Partner', id: string, name: string } | null } & { ' $fragmentName'?: 'PlanningEventFragment' };

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
export const ProgrammeEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}}]}}]} as unknown as DocumentNode<ProgrammeEventFragment, unknown>;
export const PlanningEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuota"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]} as unknown as DocumentNode<PlanningEventFragment, unknown>;
export const SignInDocument = {"__meta__":{"hash":"c4a6c3fcea3b59d5d7a71733ddd74384d0dff41a5b830fdda94ee94f6fc5fbb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RedeemSignInCodeDocument = {"__meta__":{"hash":"bab2dc0c084873f6f8f10d17feb0c77d73c29d9e9c3f01f5ef0438f9e24b9e8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemSignInCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemSignInCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]} as unknown as DocumentNode<RedeemSignInCodeMutation, RedeemSignInCodeMutationVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"9195a8c83f942d13bb94476c31cb2b0b10281fe0755679fcdf36b3c51c4fb358"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"41c9b260ff2afe5284ec796a702e38cb4739117b8f966cfbddb88f73751ec5d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RevokeSessionsDocument = {"__meta__":{"hash":"19a3434d68498226ce41d8912c885d813c6fbc7c5679f8890b240f1016a9dc1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<RevokeSessionsMutation, RevokeSessionsMutationVariables>;
export const CancelRegistrationDocument = {"__meta__":{"hash":"4673587a0a3e16c1f1544b60924a2e67a21b460c2e4b0fb4438a871d6b74b866"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const ConfirmPlaceDocument = {"__meta__":{"hash":"919e2289daafc2c5612983aeb83ddb4859c588f58e2e1a5555748e0eed60245c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmPlaceMutation, ConfirmPlaceMutationVariables>;
export const CheckInListDocument = {"__meta__":{"hash":"5a4c4888b242a6667097bb34a842e5b67e1ae7dd306757c9dd15a9e7b7176673"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckInList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoConsent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}}]}}]}}]} as unknown as DocumentNode<CheckInListQuery, CheckInListQueryVariables>;
export const CheckInDocument = {"__meta__":{"hash":"a394c784c0bdb5d70aeed00a0577d023e206563e52ae2affa63d3fc60ae19900"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"photoConsent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const CheckInEventsDocument = {"__meta__":{"hash":"74c53b0729c48f5e3252aa54717533f17ef8a01bff4fe779e7bcc8fdfb3bdce5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckInEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckInEventsQuery, CheckInEventsQueryVariables>;
export const DashboardDocument = {"__meta__":{"hash":"bf4202ab3387f150e2f40bdd43ac31311b1d0a5fb3736fc882bf7e049e188838"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recentFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"thisWeek"},"name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recent"},"name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recentFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"nonResponderCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const EditEventDocument = {"__meta__":{"hash":"dd98b9b924be46d52783a1e3e68cfd46b58e024c54a1823840de439cd6e22a18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuota"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]} as unknown as DocumentNode<EditEventQuery, EditEventQueryVariables>;
export const UpdateEventDocument = {"__meta__":{"hash":"f005ab90d14eabb614f8d46640e5f627750177e081c641ab12cbb87c2848b5d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEvent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuota"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const ImpactDocument = {"__meta__":{"hash":"be67adaf4dd1d903290a636e50168e077a37e160f1cb344d6c3755a475b94d3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Impact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byAim"},"name":{"kind":"Name","value":"impactReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"academicYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"AIM"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactCellRow"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byYear"},"name":{"kind":"Name","value":"impactReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"academicYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"academicYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactCellRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactCellRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupKey"}},{"kind":"Field","name":{"kind":"Name","value":"groupLabel"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"doseBand"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"tooFewToConclude"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNotice"}}]}}]} as unknown as DocumentNode<ImpactQuery, ImpactQueryVariables>;
export const PersonPageDocument = {"__meta__":{"hash":"03f8e8777c96398fea2d896362f4d4acc3d8dc3de0ebb30ae16f3c8aa54dbbbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const PlanningDocument = {"__meta__":{"hash":"145475b648e5966bd518863745608c486596c67a667c275dce3d56a50462de66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Planning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEvent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuota"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]} as unknown as DocumentNode<PlanningQuery, PlanningQueryVariables>;
export const CreateEventDocument = {"__meta__":{"hash":"8dde667e12f7bce7581e9bd2ab06cbdb633cbc6f1273d5433da9a2f9a4c0c773"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEvent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerQuota"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const ProgrammeDocument = {"__meta__":{"hash":"5f7e24a77029685cbae03c8f6e05bffa79835691460eb993f4186464e89414dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeEvent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}}]}}]} as unknown as DocumentNode<ProgrammeQuery, ProgrammeQueryVariables>;
export const RegisterForEventDocument = {"__meta__":{"hash":"8555297009fde3126c869d92da8941cdc356f4fe24271e29256986f105328a3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const PlanningPartnersDocument = {"__meta__":{"hash":"9c0203eaad45307781123fd5caad9ec936c8da9fd8726aec2b68e349269ac9a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlanningPartnersQuery, PlanningPartnersQueryVariables>;
export const PublishEventDocument = {"__meta__":{"hash":"57a879a20dd9de8bb85db4519c39d7a07e3d5e16e73119c8e166b389d6ecad03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishEventMutation, PublishEventMutationVariables>;
export const CancelEventDocument = {"__meta__":{"hash":"fc0ac137a07c0453194e8ddf463741fd8e40e419efc301a08b0a9591306cee57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelEventMutation, CancelEventMutationVariables>;