import type { GraphQLResolveInfo } from 'graphql';
import type { EventEntity } from '../entities/event.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import type { EventRoleEntity } from '../entities/event-role.entity';
import type { CalendarFeedEntity } from '../entities/calendar-feed.entity';
import type { PartnerRef, PersonRef } from '../resolvers/schema.mappers';
import type { TermClash } from '../domain/term-clash';
import type { EventPayloadModel } from '../resolvers/clash.resolvers';
import type { StandingGroupEntity } from '../standing-groups/standing-group.entity';
import type { StandingGroupSkipRow } from '../standing-groups/standing-group.use-cases';
import type { TransportListRow } from '../travel/transport-list.query';
import type { AmbassadorAvailabilityEntity, AmbassadorOfferEntity } from '../ambassadors/ambassador.entities';
import type { AmbassadorHoursEntryRef, AmbassadorHoursSummaryResult } from '../ambassadors/ambassador-hours.query';
import type { CpdEntryRow, CpdRecordResult } from '../cpd/cpd-record.query';
import type { EventsContext } from '../context';
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
  availability?: Maybe<AmbassadorAvailability>;
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
  entry?: Maybe<AmbassadorHoursEntry>;
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
  acceptedAt?: Maybe<Scalars['String']['output']>;
  /** The event the slot is at. */
  event: Event;
  /** ISO date-time with offset. */
  offeredAt: Scalars['String']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  person?: Maybe<Person>;
  /** Offered or accepted. */
  status: AmbassadorOfferStatus;
};

/** The result of offerAmbassadorSlot or acceptAmbassadorSlot. */
export type AmbassadorOfferPayload = {
  __typename?: 'AmbassadorOfferPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The offer (as it was, when already made or accepted); null when refused. */
  offer?: Maybe<AmbassadorOffer>;
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
  event?: Maybe<Event>;
};

/** The result of assignEventRole. */
export type AssignEventRolePayload = {
  __typename?: 'AssignEventRolePayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The role, also when the person held it already; null when refused. */
  role?: Maybe<EventRole>;
};

/** The result of checkIn or checkOut. */
export type AttendancePayload = {
  __typename?: 'AttendancePayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The registration with its check-in or check-out time; null when refused. */
  registration?: Maybe<Registration>;
  /** What whoever is at the door must know about this person; empty when refused or nothing to say. */
  warnings: Array<CheckInWarning>;
};

/** Who an event is for: it decides who may register. */
export type Audience =
  /** Students and teachers. */
  | 'BOTH'
  /** Students. */
  | 'STUDENTS'
  /** Teachers. */
  | 'TEACHERS';

/** A secret, revocable iCalendar subscription. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  /** ISO date-time with offset. */
  createdAt: Scalars['String']['output'];
  /** The feed's id, for revokeCalendarFeed. */
  id: Scalars['ID']['output'];
  /** ISO date-time with offset when it was revoked (its URL answers 404 from then on); null while live. */
  revokedAt?: Maybe<Scalars['String']['output']>;
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

/** What kind of day in a partner's calendar an event clashes with. */
export type ClashKind =
  /** An exam period. */
  | 'EXAM_PERIOD'
  /** A school holiday. */
  | 'HOLIDAY'
  /** A staff training (INSET) day: no students in school. */
  | 'INSET_DAY';

/** What a consent record is about. */
export type ConsentKind =
  /** consent to the privacy notice of `noticeVersion` */
  | 'DATA_PROCESSING'
  /** Being photographed, and appearing in the partnership's publicity. No record means no photos. */
  | 'PHOTO_PUBLICITY'
  /** Going on trips away from the person's own school. */
  | 'TRIPS';

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

/** The result of createCalendarFeed. */
export type CreateCalendarFeedPayload = {
  __typename?: 'CreateCalendarFeedPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The new feed; null when refused. */
  feed?: Maybe<CalendarFeed>;
  /** The secret, shown once: the feed URL is /calendars/<token>.ics */
  token?: Maybe<Scalars['String']['output']>;
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
  event?: Maybe<Event>;
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

/** A new standing group (no sessions or members yet). */
export type CreateStandingGroupInput = {
  /** The kind of its sessions. */
  kind: EventKind;
  /** 3 to 200 characters. */
  title: Scalars['String']['input'];
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
  /** What events: registrations, attendance (check-in and check-out), roles at events, standing groups, ambassador offers and hours holds about this person, one part per table (parts with no records included). */
  heldByEvents: Array<HeldDataPart>;
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

/** An event in the partnership's programme. Owned by events; evaluation contributes its surveys. */
export type Event = {
  __typename?: 'Event';
  /** The partnership aims the event serves; the annual report groups evidence by these. */
  aims: Array<Aim>;
  /**
   * Slots offered and accepted. Those who manage the event; null with a FORBIDDEN error for everyone
   * else.
   */
  ambassadorOffers?: Maybe<Array<AmbassadorOffer>>;
  /** Ambassador slots the event wants (0 when none). Signed-in callers. */
  ambassadorSlots: Scalars['Int']['output'];
  /**
   * Who the event is for: it decides who may register. Students must be in one of the year groups;
   * teachers, heads and champions count as teachers; anyone else (ambassadors, finance, associates)
   * cannot register.
   */
  audience: Audience;
  /** Set when CANCELLED. */
  cancelReason?: Maybe<Scalars['String']['output']>;
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
  copiedFrom?: Maybe<Event>;
  /** ISO date-time with offset; always after startsAt. */
  endsAt: Scalars['String']['output'];
  /**
   * The partner hosting the event, resolved by partners-governance; null when it is held at an
   * external venue, or when partners-governance does not know the partner.
   */
  hostPartner?: Maybe<Partner>;
  /** The event's id (a UUID). */
  id: Scalars['ID']['output'];
  /** What sort of event it is; CPD, TEACHMEET, SUBJECT_CLUSTER and TEACHER_SWAP_VISIT count as CPD. */
  kind: EventKind;
  /** At most this many places for the people of any one partner; null when there is no quota. */
  partnerQuota?: Maybe<Scalars['Int']['output']>;
  /** The Student Voice proposal the event came from. */
  proposalId?: Maybe<Scalars['ID']['output']>;
  /** Places held (registered, offered, attended or no-show). */
  registeredCount: Scalars['Int']['output'];
  /**
   * Coordinator, a teacher, champion or head of the host partner, or an organiser or teacher in
   * charge of this event (from any partner). Null, with a FORBIDDEN error for this field only, for
   * everyone else.
   */
  registrations?: Maybe<Array<Registration>>;
  /** Consents a student must have given to take a place. */
  requiredConsents: Array<ConsentKind>;
  /** Organisers, student organisers, teachers in charge and ambassadors. Signed-in callers. */
  roles: Array<EventRole>;
  /** Events created together on several dates share a series id. */
  seriesId?: Maybe<Scalars['ID']['output']>;
  /** The standing group this event is a session of; null for a one-off event. */
  standingGroup?: Maybe<StandingGroup>;
  /** ISO date-time with offset. */
  startsAt: Scalars['String']['output'];
  /**
   * DRAFT → PUBLISHED → COMPLETED, or CANCELLED (from DRAFT or PUBLISHED). Drafts and cancelled
   * events are listed only to the coordinator and champions; by id the event's organisers and
   * student organisers see them too, and a registration always shows its own event.
   */
  status: EventStatus;
  /** What the event is called in the programme (3–200 characters). */
  title: Scalars['String']['output'];
  /**
   * Per participating partner (with travel planned or students registered): mode, pick-up, seats,
   * registered students and distance to the venue. Those who manage the event and its teachers in
   * charge; null with a FORBIDDEN error for everyone else.
   */
  transportList?: Maybe<Array<TransportListEntry>>;
  /**
   * The event's total travel cost in pence (0 when none is planned). Finance, and those who may read
   * the transport list; null with a FORBIDDEN error for everyone else.
   */
  travelCostPence?: Maybe<Scalars['Int']['output']>;
  /** Where it happens: a room at the host, or the external venue's name. */
  venue?: Maybe<Scalars['String']['output']>;
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
  partner?: Maybe<Partner>;
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
  event?: Maybe<Event>;
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
  person?: Maybe<Person>;
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
  travel?: Maybe<TransportListEntry>;
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

/** The result of leaveStandingGroup. */
export type LeaveStandingGroupPayload = {
  __typename?: 'LeaveStandingGroupPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The group; null when refused. */
  standingGroup?: Maybe<StandingGroup>;
  /** Registrations for sessions that have not started, now CANCELLED. */
  withdrawn: Array<Registration>;
};

/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The ambassador the slot was offered to (FORBIDDEN otherwise). Takes the AMBASSADOR role at the
   * event, if their safeguarding check is still valid on the day.
   */
  acceptAmbassadorSlot: AmbassadorOfferPayload;
  /**
   * The coordinator (FORBIDDEN otherwise). Makes DRAFT or PUBLISHED events sessions of the group and
   * registers every current member for the PUBLISHED ones that have not started (a draft is reported
   * in `skipped`: add it again once published). Idempotent.
   */
  addStandingGroupSessions: StandingGroupRegistrationsPayload;
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
  /**
   * Who manages the event: the coordinator, the host partner's champions and head, or an organiser
   * of the event (FORBIDDEN otherwise); after the end. Marks no-shows; announces EventCompleted with
   * attendees.
   */
  completeEvent: EventPayload;
  /** Confirms an OFFERED place before its deadline. Same people as cancelRegistration. */
  confirmPlace: RegistrationPayload;
  /**
   * Same callers as createEvent at the earlier event's host (FORBIDDEN otherwise). A new DRAFT like
   * the earlier event, on a new date.
   */
  copyEvent: EventPayload;
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
  /** The coordinator (FORBIDDEN otherwise). */
  createStandingGroup: StandingGroupPayload;
  /**
   * The same callers as registerForEvent for this person. Joins the group once and registers the
   * person for every session that has not started, with the same capacity and eligibility rules as
   * registerForEvent (idempotent: joining again registers only what is missing).
   */
  joinStandingGroup: StandingGroupRegistrationsPayload;
  /**
   * The same callers as cancelRegistration for this person. Leaves the group and cancels the
   * person's registrations for sessions that have not started; attended sessions stay.
   */
  leaveStandingGroup: LeaveStandingGroupPayload;
  /**
   * Those who manage the event (FORBIDDEN otherwise). Records (or corrects) the minutes an
   * ambassador at the event worked, 1 to 1440, once the event has started.
   */
  logAmbassadorHours: AmbassadorHoursPayload;
  /**
   * Those who manage the event (FORBIDDEN otherwise). Offers a slot to an ambassador who is available
   * for the whole event and whose safeguarding check is valid on its last day (idempotent).
   */
  offerAmbassadorSlot: AmbassadorOfferPayload;
  /**
   * Who manages the event: the coordinator, the host partner's champions and head, or an organiser
   * of the event (FORBIDDEN otherwise). DRAFT → PUBLISHED only; announces EventScheduled.
   */
  publishEvent: PublishEventPayload;
  /** The ambassador themself or the coordinator (FORBIDDEN otherwise). */
  recordAmbassadorAvailability: AmbassadorAvailabilityPayload;
  /**
   * A student or teacher for themself; a teacher, champion or head for someone at their partner; or
   * the coordinator. When the event is full the person joins the waitlist.
   */
  registerForEvent: RegisterForEventPayload;
  /**
   * Whoever may create such a feed: the person who owns a PERSON or PROGRAMME feed, the partner's
   * teachers, champions and head for a PARTNER feed, or the coordinator (FORBIDDEN otherwise). Its
   * URL answers 404 from then on; revoking again changes nothing.
   */
  revokeCalendarFeed: RevokeCalendarFeedPayload;
  /** Those who manage the event (FORBIDDEN otherwise). 0 to 100, not below the slots offered or taken. */
  setAmbassadorSlots: AmbassadorSlotsPayload;
  /**
   * Those who manage the event and its teachers in charge (FORBIDDEN otherwise). Plans (or replaces)
   * one partner's travel; refused with SEATS_BELOW_REGISTERED when the seats are fewer than that
   * partner's registered students.
   */
  setEventTravel: EventTravelPayload;
  /**
   * Who manages the event: the coordinator, the host partner's champions and head, or an organiser
   * of the event (FORBIDDEN otherwise); moving it to another host also needs the right to createEvent
   * there. Any field of a DRAFT or PUBLISHED event; capacity and quota not below places held.
   */
  updateEvent: EventPayload;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAcceptAmbassadorSlotArgs = {
  eventId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAddStandingGroupSessionsArgs = {
  eventIds: Array<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
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
  code?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCheckOutArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCompleteEventArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationConfirmPlaceArgs = {
  registrationId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCopyEventArgs = {
  endsAt: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  startsAt: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateCalendarFeedArgs = {
  partnerId?: InputMaybe<Scalars['ID']['input']>;
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
export type MutationCreateStandingGroupArgs = {
  input: CreateStandingGroupInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationJoinStandingGroupArgs = {
  groupId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationLeaveStandingGroupArgs = {
  groupId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationLogAmbassadorHoursArgs = {
  eventId: Scalars['ID']['input'];
  minutes: Scalars['Int']['input'];
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationOfferAmbassadorSlotArgs = {
  eventId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordAmbassadorAvailabilityArgs = {
  endsAt: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  startsAt: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRegisterForEventArgs = {
  eventId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRevokeCalendarFeedArgs = {
  id: Scalars['ID']['input'];
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
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};

/**
 * What the platform's operators watch, for the coordinator only (FORBIDDEN for anyone else): one
 * record, to which every service adds its own field.
 */
export type Operations = {
  __typename?: 'Operations';
  /** The dead letters of the events service's inbox consumer (coordinator only). */
  eventsDeadLetters: DeadLetterSummary;
  /** Always `platform`: there is one operations record. */
  id: Scalars['ID']['output'];
};

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of this page's last item: pass it as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Partner = {
  __typename?: 'Partner';
  /** Events at this partner that the caller may see, soonest first. */
  hostedEvents: Array<Event>;
  id: Scalars['ID']['output'];
};

export type Person = {
  __typename?: 'Person';
  /**
   * The ambassador's availability windows that have not ended. The ambassador and the coordinator;
   * null with a FORBIDDEN error for everyone else.
   */
  ambassadorAvailability?: Maybe<Array<AmbassadorAvailability>>;
  /**
   * The ambassador's logged hours in an academic year, by term. The ambassador and the coordinator;
   * null with a FORBIDDEN error for everyone else.
   */
  ambassadorHours?: Maybe<AmbassadorHoursSummary>;
  /**
   * The teacher's CPD record for an academic year (2025 is 2025–26). The teacher themself, their
   * school's head and the coordinator; null with a FORBIDDEN error for everyone else. The same as
   * CSV at /people/<id>/cpd.csv and printable at /people/<id>/cpd.html (?academicYear=2025).
   */
  cpdRecord?: Maybe<CpdRecord>;
  id: Scalars['ID']['output'];
  /**
   * The person themself, the coordinator, or a teacher, champion or head of the person's partner.
   * Null, with a FORBIDDEN error for this field only, for everyone else.
   */
  registrations?: Maybe<Array<Registration>>;
};


export type PersonAmbassadorHoursArgs = {
  academicYear: Scalars['Int']['input'];
};


export type PersonCpdRecordArgs = {
  academicYear: Scalars['Int']['input'];
};

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

/** The result of publishEvent. */
export type PublishEventPayload = {
  __typename?: 'PublishEventPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The event, now PUBLISHED; null when refused. */
  event?: Maybe<Event>;
};

/** Entry points for reading the graph. */
export type Query = {
  __typename?: 'Query';
  /** Null when there is no such event or the caller may not see it. */
  event?: Maybe<Event>;
  /**
   * The draft (or later) event an approved Student Voice proposal became, or null: the same
   * visibility as `event` (its student organisers see it as a draft).
   */
  eventForProposal?: Maybe<Event>;
  /**
   * The programme, by start time. Every signed-in caller sees PUBLISHED and COMPLETED events; the
   * coordinator and champions see drafts and cancelled events too. `from` keeps events that have not
   * ended by then, `to` keeps events that start before it (ISO date-times with offset). `first` is
   * capped at 200.
   */
  events: EventConnection;
  /** Null when there is no such group. */
  standingGroup?: Maybe<StandingGroup>;
  /** Standing groups, by title. Signed-in callers. */
  standingGroups: Array<StandingGroup>;
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
export type QueryEventsArgs = {
  academicYear?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  aim?: InputMaybe<Aim>;
  audience?: InputMaybe<Audience>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<EventKind>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<EventStatus>;
  term?: InputMaybe<Term>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading the graph. */
export type QueryStandingGroupArgs = {
  id: Scalars['ID']['input'];
};

/** The result of registerForEvent. */
export type RegisterForEventPayload = {
  __typename?: 'RegisterForEventPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The new registration: REGISTERED with a place, or WAITLISTED with a position; null when refused. */
  registration?: Maybe<Registration>;
};

/** A person's place (or place in the queue) at an event. Free, RSVP style. */
export type Registration = {
  __typename?: 'Registration';
  /** ISO date-time with offset when it was cancelled or its offer lapsed; null otherwise. */
  cancelledAt?: Maybe<Scalars['String']['output']>;
  /**
   * The code to show at the door. The person, their partner's staff and the coordinator; null for
   * anyone else (the host's staff see no codes of visiting students).
   */
  checkInCode?: Maybe<Scalars['String']['output']>;
  /** ISO date-time with offset of the check-in; null until checked in. */
  checkedInAt?: Maybe<Scalars['String']['output']>;
  /** ISO date-time with offset of the check-out; null until checked out (a new check-in clears it). */
  checkedOutAt?: Maybe<Scalars['String']['output']>;
  /** The event the registration is for (shown whatever the event's status is now). */
  event: Event;
  /** The registration's id. */
  id: Scalars['ID']['output'];
  /** While OFFERED: the deadline to confirm the place, after which it moves on. */
  offerExpiresAt?: Maybe<Scalars['String']['output']>;
  /**
   * Resolved by people; null when the caller may not see that person. The event's organisers and
   * teachers in charge and the host partner's staff see everyone registered (not CANCELLED) until
   * 30 days after the event ends; the status and the rest of the registration are still shown.
   */
  person?: Maybe<Person>;
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
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/** The result of cancelRegistration or confirmPlace. */
export type RegistrationPayload = {
  __typename?: 'RegistrationPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** People offered a place freed by this change. */
  offered: Array<Registration>;
  /** The registration as changed; null when refused. */
  registration?: Maybe<Registration>;
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
  /** events's tables, in the order of its data policy. */
  events: Array<RetentionEntry>;
  /** Always `partnership`: there is one record. */
  id: Scalars['ID']['output'];
};

/** The result of revokeCalendarFeed. */
export type RevokeCalendarFeedPayload = {
  __typename?: 'RevokeCalendarFeedPayload';
  /** Why the input was refused (nothing written); empty on success. */
  errors: Array<UserError>;
  /** The feed, now revoked; null when refused. */
  feed?: Maybe<CalendarFeed>;
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
  standingGroup?: Maybe<StandingGroup>;
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
  standingGroup?: Maybe<StandingGroup>;
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
  person?: Maybe<Person>;
};

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

/** Minutes in one term. */
export type TermMinutes = {
  __typename?: 'TermMinutes';
  /** Minutes logged at events starting in that term; 0 when none. */
  minutes: Scalars['Int']['output'];
  /** The term. */
  term: Term;
};

/** One partner's line of an event's transport list. */
export type TransportListEntry = {
  __typename?: 'TransportListEntry';
  /** In pence; null until planned. */
  costPence?: Maybe<Scalars['Int']['output']>;
  /** Straight-line (haversine) distance from the partner's site to the venue in km, to 0.1; null when a location is unknown. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** Null until travel is planned for this partner. */
  mode?: Maybe<TravelMode>;
  /** Resolved by partners-governance; null when it does not know the partner. */
  partner?: Maybe<Partner>;
  /** ISO date-time with offset; null until planned. */
  pickupAt?: Maybe<Scalars['String']['output']>;
  /** Where the students are picked up; null until planned. */
  pickupPlace?: Maybe<Scalars['String']['output']>;
  /** Students of this partner holding a place (registered, offered or attended). */
  registeredStudents: Scalars['Int']['output'];
  /** Seats booked; null until planned. */
  seats?: Maybe<Scalars['Int']['output']>;
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
 * Why events refused a mutation (nothing changed). Other subgraphs add their own values: the
 * supergraph's UserErrorCode is the union.
 */
export type UserErrorCode =
  /** The person is already checked in. */
  | 'ALREADY_CHECKED_IN'
  /** The person is already checked out. */
  | 'ALREADY_CHECKED_OUT'
  /** The person already has a place, an offer or a place in the queue at this event. */
  | 'ALREADY_REGISTERED'
  /** The new capacity is below the places already held. */
  | 'CAPACITY_BELOW_REGISTRATIONS'
  /** Check-in is open from two hours before the start until a day after the end. */
  | 'CHECK_IN_CLOSED'
  /** The event needs a consent (e.g. for a trip) this person has not given. */
  | 'CONSENT_REQUIRED'
  /** The event is cancelled: nothing more can be done with it (registering, evaluating). */
  | 'EVENT_CANCELLED'
  /** Not open for this: registration needs a PUBLISHED event, check-in a PUBLISHED or COMPLETED one. */
  | 'EVENT_NOT_OPEN'
  /** The event has already started: no registrations or cancellations any more. */
  | 'EVENT_STARTED'
  /** Hours are logged once the event has started, not in advance. */
  | 'HOURS_BEFORE_START'
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** The event's status does not allow this change (e.g. cancelling a completed event). */
  | 'INVALID_TRANSITION'
  /** The registration is no longer active (cancelled, attended or a no-show). */
  | 'NOT_ACTIVE'
  /** The person is not an ambassador at this event. */
  | 'NOT_AMBASSADOR_AT_EVENT'
  /** The person does not hold the AMBASSADOR role. */
  | 'NOT_AN_AMBASSADOR'
  /** None of the ambassador's availability windows covers the whole event. */
  | 'NOT_AVAILABLE'
  /** A student organiser must be a student. */
  | 'NOT_A_STUDENT'
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
  /** The event's audience (students, teachers) does not include this person. */
  | 'NOT_IN_AUDIENCE'
  /** The person is not a current member of this standing group. */
  | 'NOT_IN_GROUP'
  /** The person has no place at this event (for check-in and check-out). */
  | 'NOT_REGISTERED'
  /** Organisers and teachers in charge are staff of a partner. */
  | 'NOT_STAFF'
  /** There is no ambassador slot offered to this person at this event. */
  | 'NO_AMBASSADOR_OFFER'
  /** There is no open offer to confirm for this registration. */
  | 'NO_OFFER'
  /** Every ambassador slot of the event is already offered or taken. */
  | 'NO_SLOTS_LEFT'
  /** The deadline to confirm the offered place has passed; the place has moved on. */
  | 'OFFER_EXPIRED'
  /** The person's school or organisation is not a member of the partnership today. */
  | 'PARTNER_NOT_MEMBER'
  /** The person left the partnership (a Year 13 leaver): they can no longer sign in. */
  | 'PERSON_LEFT'
  /** The new partner quota is below the places one partner already holds. */
  | 'QUOTA_BELOW_REGISTRATIONS'
  /** An ambassador needs a safeguarding check valid on the last day of the event. */
  | 'SAFEGUARDING_NOT_VALID'
  /** Fewer travel seats than the students this partner has registered for the event. */
  | 'SEATS_BELOW_REGISTERED'
  /** The event is already a session of another standing group. */
  | 'SESSION_OF_OTHER_GROUP'
  /** Fewer ambassador slots than ambassadors already offered or taken. */
  | 'SLOTS_BELOW_OFFERED'
  /** No partner with this id is known to the service answering (it may not have heard of a new partner yet). */
  | 'UNKNOWN_PARTNER'
  /** No person with this id is known to events. */
  | 'UNKNOWN_PERSON'
  /** The event is not for this student's year group. */
  | 'YEAR_GROUP_NOT_ELIGIBLE';



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
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Aim: Aim;
  AmbassadorAvailability: ResolverTypeWrapper<AmbassadorAvailabilityEntity>;
  AmbassadorAvailabilityPayload: ResolverTypeWrapper<Omit<AmbassadorAvailabilityPayload, 'availability'> & { availability?: Maybe<ResolversTypes['AmbassadorAvailability']> }>;
  AmbassadorHoursEntry: ResolverTypeWrapper<AmbassadorHoursEntryRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AmbassadorHoursPayload: ResolverTypeWrapper<Omit<AmbassadorHoursPayload, 'entry'> & { entry?: Maybe<ResolversTypes['AmbassadorHoursEntry']> }>;
  AmbassadorHoursSummary: ResolverTypeWrapper<AmbassadorHoursSummaryResult>;
  AmbassadorOffer: ResolverTypeWrapper<AmbassadorOfferEntity>;
  AmbassadorOfferPayload: ResolverTypeWrapper<Omit<AmbassadorOfferPayload, 'offer'> & { offer?: Maybe<ResolversTypes['AmbassadorOffer']> }>;
  AmbassadorOfferStatus: AmbassadorOfferStatus;
  AmbassadorSlotsPayload: ResolverTypeWrapper<Omit<AmbassadorSlotsPayload, 'event'> & { event?: Maybe<ResolversTypes['Event']> }>;
  AssignEventRolePayload: ResolverTypeWrapper<Omit<AssignEventRolePayload, 'role'> & { role?: Maybe<ResolversTypes['EventRole']> }>;
  AttendancePayload: ResolverTypeWrapper<Omit<AttendancePayload, 'registration'> & { registration?: Maybe<ResolversTypes['Registration']> }>;
  Audience: Audience;
  CalendarFeed: ResolverTypeWrapper<CalendarFeedEntity>;
  CalendarScope: CalendarScope;
  CheckInWarning: CheckInWarning;
  ClashKind: ClashKind;
  ConsentKind: ConsentKind;
  CpdEntry: ResolverTypeWrapper<CpdEntryRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CpdParticipation: CpdParticipation;
  CpdRecord: ResolverTypeWrapper<CpdRecordResult>;
  CreateCalendarFeedPayload: ResolverTypeWrapper<Omit<CreateCalendarFeedPayload, 'feed'> & { feed?: Maybe<ResolversTypes['CalendarFeed']> }>;
  CreateEventInput: CreateEventInput;
  CreateEventPayload: ResolverTypeWrapper<EventPayloadModel>;
  CreateEventSeriesInput: CreateEventSeriesInput;
  CreateStandingGroupInput: CreateStandingGroupInput;
  DataSubject: ResolverTypeWrapper<DataSubject>;
  DeadLetterFailureKind: DeadLetterFailureKind;
  DeadLetterReason: ResolverTypeWrapper<DeadLetterReason>;
  DeadLetterSummary: ResolverTypeWrapper<DeadLetterSummary>;
  Event: ResolverTypeWrapper<EventEntity>;
  EventClash: ResolverTypeWrapper<TermClash>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventDateInput: EventDateInput;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventKind: EventKind;
  EventPayload: ResolverTypeWrapper<EventPayloadModel>;
  EventRole: ResolverTypeWrapper<EventRoleEntity>;
  EventRoleKind: EventRoleKind;
  EventSeriesPayload: ResolverTypeWrapper<Omit<EventSeriesPayload, 'events'> & { events: Array<ResolversTypes['Event']> }>;
  EventStatus: EventStatus;
  EventTravelPayload: ResolverTypeWrapper<Omit<EventTravelPayload, 'travel'> & { travel?: Maybe<ResolversTypes['TransportListEntry']> }>;
  HeldDataPart: ResolverTypeWrapper<HeldDataPart>;
  HeldField: ResolverTypeWrapper<HeldField>;
  HeldRecord: ResolverTypeWrapper<HeldRecord>;
  LeaveStandingGroupPayload: ResolverTypeWrapper<Omit<LeaveStandingGroupPayload, 'standingGroup' | 'withdrawn'> & { standingGroup?: Maybe<ResolversTypes['StandingGroup']>, withdrawn: Array<ResolversTypes['Registration']> }>;
  Mutation: ResolverTypeWrapper<{}>;
  Operations: ResolverTypeWrapper<Operations>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Partner: ResolverTypeWrapper<PartnerRef>;
  Person: ResolverTypeWrapper<PersonRef>;
  PhotoConsent: PhotoConsent;
  PublishEventPayload: ResolverTypeWrapper<Omit<PublishEventPayload, 'event'> & { event?: Maybe<ResolversTypes['Event']> }>;
  Query: ResolverTypeWrapper<{}>;
  RegisterForEventPayload: ResolverTypeWrapper<Omit<RegisterForEventPayload, 'registration'> & { registration?: Maybe<ResolversTypes['Registration']> }>;
  Registration: ResolverTypeWrapper<RegistrationEntity>;
  RegistrationPayload: ResolverTypeWrapper<Omit<RegistrationPayload, 'offered' | 'registration'> & { offered: Array<ResolversTypes['Registration']>, registration?: Maybe<ResolversTypes['Registration']> }>;
  RegistrationStatus: RegistrationStatus;
  RetentionEntry: ResolverTypeWrapper<RetentionEntry>;
  RetentionRecord: ResolverTypeWrapper<RetentionRecord>;
  RevokeCalendarFeedPayload: ResolverTypeWrapper<Omit<RevokeCalendarFeedPayload, 'feed'> & { feed?: Maybe<ResolversTypes['CalendarFeed']> }>;
  SetEventTravelInput: SetEventTravelInput;
  StandingGroup: ResolverTypeWrapper<StandingGroupEntity>;
  StandingGroupPayload: ResolverTypeWrapper<Omit<StandingGroupPayload, 'standingGroup'> & { standingGroup?: Maybe<ResolversTypes['StandingGroup']> }>;
  StandingGroupRegistrationsPayload: ResolverTypeWrapper<Omit<StandingGroupRegistrationsPayload, 'registrations' | 'skipped' | 'standingGroup'> & { registrations: Array<ResolversTypes['Registration']>, skipped: Array<ResolversTypes['StandingGroupSkip']>, standingGroup?: Maybe<ResolversTypes['StandingGroup']> }>;
  StandingGroupSkip: ResolverTypeWrapper<StandingGroupSkipRow>;
  Term: Term;
  TermMinutes: ResolverTypeWrapper<TermMinutes>;
  TransportListEntry: ResolverTypeWrapper<TransportListRow>;
  TravelMode: TravelMode;
  UpdateEventInput: UpdateEventInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogEntry: AccessLogEntry;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AmbassadorAvailability: AmbassadorAvailabilityEntity;
  AmbassadorAvailabilityPayload: Omit<AmbassadorAvailabilityPayload, 'availability'> & { availability?: Maybe<ResolversParentTypes['AmbassadorAvailability']> };
  AmbassadorHoursEntry: AmbassadorHoursEntryRef;
  Int: Scalars['Int']['output'];
  AmbassadorHoursPayload: Omit<AmbassadorHoursPayload, 'entry'> & { entry?: Maybe<ResolversParentTypes['AmbassadorHoursEntry']> };
  AmbassadorHoursSummary: AmbassadorHoursSummaryResult;
  AmbassadorOffer: AmbassadorOfferEntity;
  AmbassadorOfferPayload: Omit<AmbassadorOfferPayload, 'offer'> & { offer?: Maybe<ResolversParentTypes['AmbassadorOffer']> };
  AmbassadorSlotsPayload: Omit<AmbassadorSlotsPayload, 'event'> & { event?: Maybe<ResolversParentTypes['Event']> };
  AssignEventRolePayload: Omit<AssignEventRolePayload, 'role'> & { role?: Maybe<ResolversParentTypes['EventRole']> };
  AttendancePayload: Omit<AttendancePayload, 'registration'> & { registration?: Maybe<ResolversParentTypes['Registration']> };
  CalendarFeed: CalendarFeedEntity;
  CpdEntry: CpdEntryRow;
  Float: Scalars['Float']['output'];
  CpdRecord: CpdRecordResult;
  CreateCalendarFeedPayload: Omit<CreateCalendarFeedPayload, 'feed'> & { feed?: Maybe<ResolversParentTypes['CalendarFeed']> };
  CreateEventInput: CreateEventInput;
  CreateEventPayload: EventPayloadModel;
  CreateEventSeriesInput: CreateEventSeriesInput;
  CreateStandingGroupInput: CreateStandingGroupInput;
  DataSubject: DataSubject;
  DeadLetterReason: DeadLetterReason;
  DeadLetterSummary: DeadLetterSummary;
  Event: EventEntity;
  EventClash: TermClash;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventDateInput: EventDateInput;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventPayload: EventPayloadModel;
  EventRole: EventRoleEntity;
  EventSeriesPayload: Omit<EventSeriesPayload, 'events'> & { events: Array<ResolversParentTypes['Event']> };
  EventTravelPayload: Omit<EventTravelPayload, 'travel'> & { travel?: Maybe<ResolversParentTypes['TransportListEntry']> };
  HeldDataPart: HeldDataPart;
  HeldField: HeldField;
  HeldRecord: HeldRecord;
  LeaveStandingGroupPayload: Omit<LeaveStandingGroupPayload, 'standingGroup' | 'withdrawn'> & { standingGroup?: Maybe<ResolversParentTypes['StandingGroup']>, withdrawn: Array<ResolversParentTypes['Registration']> };
  Mutation: {};
  Operations: Operations;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Partner: PartnerRef;
  Person: PersonRef;
  PublishEventPayload: Omit<PublishEventPayload, 'event'> & { event?: Maybe<ResolversParentTypes['Event']> };
  Query: {};
  RegisterForEventPayload: Omit<RegisterForEventPayload, 'registration'> & { registration?: Maybe<ResolversParentTypes['Registration']> };
  Registration: RegistrationEntity;
  RegistrationPayload: Omit<RegistrationPayload, 'offered' | 'registration'> & { offered: Array<ResolversParentTypes['Registration']>, registration?: Maybe<ResolversParentTypes['Registration']> };
  RetentionEntry: RetentionEntry;
  RetentionRecord: RetentionRecord;
  RevokeCalendarFeedPayload: Omit<RevokeCalendarFeedPayload, 'feed'> & { feed?: Maybe<ResolversParentTypes['CalendarFeed']> };
  SetEventTravelInput: SetEventTravelInput;
  StandingGroup: StandingGroupEntity;
  StandingGroupPayload: Omit<StandingGroupPayload, 'standingGroup'> & { standingGroup?: Maybe<ResolversParentTypes['StandingGroup']> };
  StandingGroupRegistrationsPayload: Omit<StandingGroupRegistrationsPayload, 'registrations' | 'skipped' | 'standingGroup'> & { registrations: Array<ResolversParentTypes['Registration']>, skipped: Array<ResolversParentTypes['StandingGroupSkip']>, standingGroup?: Maybe<ResolversParentTypes['StandingGroup']> };
  StandingGroupSkip: StandingGroupSkipRow;
  TermMinutes: TermMinutes;
  TransportListEntry: TransportListRow;
  UpdateEventInput: UpdateEventInput;
  UserError: UserError;
};

export type AccessLogEntryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  viewerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmbassadorAvailabilityResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AmbassadorAvailability'] = ResolversParentTypes['AmbassadorAvailability']> = {
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmbassadorAvailabilityPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AmbassadorAvailabilityPayload'] = ResolversParentTypes['AmbassadorAvailabilityPayload']> = {
  availability?: Resolver<Maybe<ResolversTypes['AmbassadorAvailability']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmbassadorHoursEntryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AmbassadorHoursEntry'] = ResolversParentTypes['AmbassadorHoursEntry']> = {
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  loggedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmbassadorHoursPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AmbassadorHoursPayload'] = ResolversParentTypes['AmbassadorHoursPayload']> = {
  entry?: Resolver<Maybe<ResolversTypes['AmbassadorHoursEntry']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmbassadorHoursSummaryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AmbassadorHoursSummary'] = ResolversParentTypes['AmbassadorHoursSummary']> = {
  academicYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byTerm?: Resolver<Array<ResolversTypes['TermMinutes']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['AmbassadorHoursEntry']>, ParentType, ContextType>;
  totalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmbassadorOfferResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AmbassadorOffer'] = ResolversParentTypes['AmbassadorOffer']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  offeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AmbassadorOfferStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmbassadorOfferPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AmbassadorOfferPayload'] = ResolversParentTypes['AmbassadorOfferPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['AmbassadorOffer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmbassadorSlotsPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AmbassadorSlotsPayload'] = ResolversParentTypes['AmbassadorSlotsPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssignEventRolePayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AssignEventRolePayload'] = ResolversParentTypes['AssignEventRolePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['EventRole']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttendancePayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AttendancePayload'] = ResolversParentTypes['AttendancePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['CheckInWarning']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CalendarFeedResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['CalendarFeed'] = ResolversParentTypes['CalendarFeed']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['CalendarScope'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CpdEntryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['CpdEntry'] = ResolversParentTypes['CpdEntry']> = {
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participation?: Resolver<ResolversTypes['CpdParticipation'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CpdRecordResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['CpdRecord'] = ResolversParentTypes['CpdRecord']> = {
  academicYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['CpdEntry']>, ParentType, ContextType>;
  totalHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateCalendarFeedPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['CreateCalendarFeedPayload'] = ResolversParentTypes['CreateCalendarFeedPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  feed?: Resolver<Maybe<ResolversTypes['CalendarFeed']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateEventPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['CreateEventPayload'] = ResolversParentTypes['CreateEventPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['EventClash']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataSubjectResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['DataSubject'] = ResolversParentTypes['DataSubject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataSubject']>, { __typename: 'DataSubject' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  eventsReadsBy?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  eventsReadsOf?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  heldByEvents?: Resolver<Array<ResolversTypes['HeldDataPart']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterReasonResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['DeadLetterReason'] = ResolversParentTypes['DeadLetterReason']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeadLetterFailureKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterSummaryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['DeadLetterSummary'] = ResolversParentTypes['DeadLetterSummary']> = {
  oldestPendingAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DeadLetterReason']>, ParentType, ContextType>;
  redriven?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']>, { __typename: 'Event' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  aims?: Resolver<Array<ResolversTypes['Aim']>, ParentType, ContextType>;
  ambassadorOffers?: Resolver<Maybe<Array<ResolversTypes['AmbassadorOffer']>>, ParentType, ContextType>;
  ambassadorSlots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clashWarnings?: Resolver<Array<ResolversTypes['EventClash']>, ParentType, ContextType>;
  copiedFrom?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostPartner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  partnerQuota?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  proposalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  registeredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrations?: Resolver<Maybe<Array<ResolversTypes['Registration']>>, ParentType, ContextType>;
  requiredConsents?: Resolver<Array<ResolversTypes['ConsentKind']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['EventRole']>, ParentType, ContextType>;
  seriesId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  standingGroup?: Resolver<Maybe<ResolversTypes['StandingGroup']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transportList?: Resolver<Maybe<Array<ResolversTypes['TransportListEntry']>>, ParentType, ContextType>;
  travelCostPence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearGroups?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventClashResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventClash'] = ResolversParentTypes['EventClash']> = {
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClashKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventPayload'] = ResolversParentTypes['EventPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['EventClash']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventRoleResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventRole'] = ResolversParentTypes['EventRole']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['EventRoleKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventSeriesPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventSeriesPayload'] = ResolversParentTypes['EventSeriesPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventTravelPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventTravelPayload'] = ResolversParentTypes['EventTravelPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  travel?: Resolver<Maybe<ResolversTypes['TransportListEntry']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldDataPartResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['HeldDataPart'] = ResolversParentTypes['HeldDataPart']> = {
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

export type HeldFieldResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['HeldField'] = ResolversParentTypes['HeldField']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldRecordResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['HeldRecord'] = ResolversParentTypes['HeldRecord']> = {
  fields?: Resolver<Array<ResolversTypes['HeldField']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LeaveStandingGroupPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['LeaveStandingGroupPayload'] = ResolversParentTypes['LeaveStandingGroupPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  standingGroup?: Resolver<Maybe<ResolversTypes['StandingGroup']>, ParentType, ContextType>;
  withdrawn?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptAmbassadorSlot?: Resolver<ResolversTypes['AmbassadorOfferPayload'], ParentType, ContextType, RequireFields<MutationAcceptAmbassadorSlotArgs, 'eventId'>>;
  addStandingGroupSessions?: Resolver<ResolversTypes['StandingGroupRegistrationsPayload'], ParentType, ContextType, RequireFields<MutationAddStandingGroupSessionsArgs, 'eventIds' | 'groupId'>>;
  assignEventRole?: Resolver<ResolversTypes['AssignEventRolePayload'], ParentType, ContextType, RequireFields<MutationAssignEventRoleArgs, 'eventId' | 'personId' | 'role'>>;
  cancelEvent?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType, RequireFields<MutationCancelEventArgs, 'id' | 'reason'>>;
  cancelRegistration?: Resolver<ResolversTypes['RegistrationPayload'], ParentType, ContextType, RequireFields<MutationCancelRegistrationArgs, 'registrationId'>>;
  checkIn?: Resolver<ResolversTypes['AttendancePayload'], ParentType, ContextType, RequireFields<MutationCheckInArgs, 'eventId'>>;
  checkOut?: Resolver<ResolversTypes['AttendancePayload'], ParentType, ContextType, RequireFields<MutationCheckOutArgs, 'eventId'>>;
  completeEvent?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType, RequireFields<MutationCompleteEventArgs, 'id'>>;
  confirmPlace?: Resolver<ResolversTypes['RegistrationPayload'], ParentType, ContextType, RequireFields<MutationConfirmPlaceArgs, 'registrationId'>>;
  copyEvent?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType, RequireFields<MutationCopyEventArgs, 'endsAt' | 'id' | 'startsAt'>>;
  createCalendarFeed?: Resolver<ResolversTypes['CreateCalendarFeedPayload'], ParentType, ContextType, RequireFields<MutationCreateCalendarFeedArgs, 'scope'>>;
  createEvent?: Resolver<ResolversTypes['CreateEventPayload'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  createEventSeries?: Resolver<ResolversTypes['EventSeriesPayload'], ParentType, ContextType, RequireFields<MutationCreateEventSeriesArgs, 'input'>>;
  createStandingGroup?: Resolver<ResolversTypes['StandingGroupPayload'], ParentType, ContextType, RequireFields<MutationCreateStandingGroupArgs, 'input'>>;
  joinStandingGroup?: Resolver<ResolversTypes['StandingGroupRegistrationsPayload'], ParentType, ContextType, RequireFields<MutationJoinStandingGroupArgs, 'groupId' | 'personId'>>;
  leaveStandingGroup?: Resolver<ResolversTypes['LeaveStandingGroupPayload'], ParentType, ContextType, RequireFields<MutationLeaveStandingGroupArgs, 'groupId' | 'personId'>>;
  logAmbassadorHours?: Resolver<ResolversTypes['AmbassadorHoursPayload'], ParentType, ContextType, RequireFields<MutationLogAmbassadorHoursArgs, 'eventId' | 'minutes' | 'personId'>>;
  offerAmbassadorSlot?: Resolver<ResolversTypes['AmbassadorOfferPayload'], ParentType, ContextType, RequireFields<MutationOfferAmbassadorSlotArgs, 'eventId' | 'personId'>>;
  publishEvent?: Resolver<ResolversTypes['PublishEventPayload'], ParentType, ContextType, RequireFields<MutationPublishEventArgs, 'id'>>;
  recordAmbassadorAvailability?: Resolver<ResolversTypes['AmbassadorAvailabilityPayload'], ParentType, ContextType, RequireFields<MutationRecordAmbassadorAvailabilityArgs, 'endsAt' | 'personId' | 'startsAt'>>;
  registerForEvent?: Resolver<ResolversTypes['RegisterForEventPayload'], ParentType, ContextType, RequireFields<MutationRegisterForEventArgs, 'eventId' | 'personId'>>;
  revokeCalendarFeed?: Resolver<ResolversTypes['RevokeCalendarFeedPayload'], ParentType, ContextType, RequireFields<MutationRevokeCalendarFeedArgs, 'id'>>;
  setAmbassadorSlots?: Resolver<ResolversTypes['AmbassadorSlotsPayload'], ParentType, ContextType, RequireFields<MutationSetAmbassadorSlotsArgs, 'eventId' | 'slots'>>;
  setEventTravel?: Resolver<ResolversTypes['EventTravelPayload'], ParentType, ContextType, RequireFields<MutationSetEventTravelArgs, 'eventId' | 'input'>>;
  updateEvent?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'id' | 'input'>>;
};

export type OperationsResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Operations'] = ResolversParentTypes['Operations']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Operations']>, { __typename: 'Operations' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  eventsDeadLetters?: Resolver<ResolversTypes['DeadLetterSummary'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']>, { __typename: 'Partner' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  hostedEvents?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  ambassadorAvailability?: Resolver<Maybe<Array<ResolversTypes['AmbassadorAvailability']>>, ParentType, ContextType>;
  ambassadorHours?: Resolver<Maybe<ResolversTypes['AmbassadorHoursSummary']>, ParentType, ContextType, RequireFields<PersonAmbassadorHoursArgs, 'academicYear'>>;
  cpdRecord?: Resolver<Maybe<ResolversTypes['CpdRecord']>, ParentType, ContextType, RequireFields<PersonCpdRecordArgs, 'academicYear'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registrations?: Resolver<Maybe<Array<ResolversTypes['Registration']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublishEventPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['PublishEventPayload'] = ResolversParentTypes['PublishEventPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  eventForProposal?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventForProposalArgs, 'proposalId'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  standingGroup?: Resolver<Maybe<ResolversTypes['StandingGroup']>, ParentType, ContextType, RequireFields<QueryStandingGroupArgs, 'id'>>;
  standingGroups?: Resolver<Array<ResolversTypes['StandingGroup']>, ParentType, ContextType>;
};

export type RegisterForEventPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['RegisterForEventPayload'] = ResolversParentTypes['RegisterForEventPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegistrationResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration']> = {
  cancelledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkInCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkedOutAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerExpiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  photoConsent?: Resolver<ResolversTypes['PhotoConsent'], ParentType, ContextType>;
  photoConsentRefused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegistrationPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['RegistrationPayload'] = ResolversParentTypes['RegistrationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  offered?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RetentionEntryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['RetentionEntry'] = ResolversParentTypes['RetentionEntry']> = {
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

export type RetentionRecordResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['RetentionRecord'] = ResolversParentTypes['RetentionRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RetentionRecord']>, { __typename: 'RetentionRecord' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  events?: Resolver<Array<ResolversTypes['RetentionEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevokeCalendarFeedPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['RevokeCalendarFeedPayload'] = ResolversParentTypes['RevokeCalendarFeedPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  feed?: Resolver<Maybe<ResolversTypes['CalendarFeed']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StandingGroupResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['StandingGroup'] = ResolversParentTypes['StandingGroup']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StandingGroupPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['StandingGroupPayload'] = ResolversParentTypes['StandingGroupPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  standingGroup?: Resolver<Maybe<ResolversTypes['StandingGroup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StandingGroupRegistrationsPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['StandingGroupRegistrationsPayload'] = ResolversParentTypes['StandingGroupRegistrationsPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  registrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['StandingGroupSkip']>, ParentType, ContextType>;
  standingGroup?: Resolver<Maybe<ResolversTypes['StandingGroup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StandingGroupSkipResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['StandingGroupSkip'] = ResolversParentTypes['StandingGroupSkip']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TermMinutesResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['TermMinutes'] = ResolversParentTypes['TermMinutes']> = {
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['Term'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransportListEntryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['TransportListEntry'] = ResolversParentTypes['TransportListEntry']> = {
  costPence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['TravelMode']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  pickupAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pickupPlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredStudents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = EventsContext> = {
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AmbassadorAvailability?: AmbassadorAvailabilityResolvers<ContextType>;
  AmbassadorAvailabilityPayload?: AmbassadorAvailabilityPayloadResolvers<ContextType>;
  AmbassadorHoursEntry?: AmbassadorHoursEntryResolvers<ContextType>;
  AmbassadorHoursPayload?: AmbassadorHoursPayloadResolvers<ContextType>;
  AmbassadorHoursSummary?: AmbassadorHoursSummaryResolvers<ContextType>;
  AmbassadorOffer?: AmbassadorOfferResolvers<ContextType>;
  AmbassadorOfferPayload?: AmbassadorOfferPayloadResolvers<ContextType>;
  AmbassadorSlotsPayload?: AmbassadorSlotsPayloadResolvers<ContextType>;
  AssignEventRolePayload?: AssignEventRolePayloadResolvers<ContextType>;
  AttendancePayload?: AttendancePayloadResolvers<ContextType>;
  CalendarFeed?: CalendarFeedResolvers<ContextType>;
  CpdEntry?: CpdEntryResolvers<ContextType>;
  CpdRecord?: CpdRecordResolvers<ContextType>;
  CreateCalendarFeedPayload?: CreateCalendarFeedPayloadResolvers<ContextType>;
  CreateEventPayload?: CreateEventPayloadResolvers<ContextType>;
  DataSubject?: DataSubjectResolvers<ContextType>;
  DeadLetterReason?: DeadLetterReasonResolvers<ContextType>;
  DeadLetterSummary?: DeadLetterSummaryResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventClash?: EventClashResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventPayload?: EventPayloadResolvers<ContextType>;
  EventRole?: EventRoleResolvers<ContextType>;
  EventSeriesPayload?: EventSeriesPayloadResolvers<ContextType>;
  EventTravelPayload?: EventTravelPayloadResolvers<ContextType>;
  HeldDataPart?: HeldDataPartResolvers<ContextType>;
  HeldField?: HeldFieldResolvers<ContextType>;
  HeldRecord?: HeldRecordResolvers<ContextType>;
  LeaveStandingGroupPayload?: LeaveStandingGroupPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Operations?: OperationsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PublishEventPayload?: PublishEventPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterForEventPayload?: RegisterForEventPayloadResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  RegistrationPayload?: RegistrationPayloadResolvers<ContextType>;
  RetentionEntry?: RetentionEntryResolvers<ContextType>;
  RetentionRecord?: RetentionRecordResolvers<ContextType>;
  RevokeCalendarFeedPayload?: RevokeCalendarFeedPayloadResolvers<ContextType>;
  StandingGroup?: StandingGroupResolvers<ContextType>;
  StandingGroupPayload?: StandingGroupPayloadResolvers<ContextType>;
  StandingGroupRegistrationsPayload?: StandingGroupRegistrationsPayloadResolvers<ContextType>;
  StandingGroupSkip?: StandingGroupSkipResolvers<ContextType>;
  TermMinutes?: TermMinutesResolvers<ContextType>;
  TransportListEntry?: TransportListEntryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

