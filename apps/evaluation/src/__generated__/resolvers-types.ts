import type { GraphQLResolveInfo } from 'graphql';
import type { SurveyEntity } from '../entities/survey.entity';
import type { EventRef, PartnerRef, MySurveyModel, ImpactReportModel, EventEvaluationModel, ImpactSummaryModel, ImpactCellModel } from '../resolvers/schema.mappers';
import type { InstrumentDefinition } from '../domain/instruments';
import type { FocusGroupNoteEntity } from '../entities/focus-group-note.entity';
import type { FocusGroupNotePage } from '../use-cases/focus-group-notes.query';
import type { StudentVoiceModel, StudentVoicePage } from '../use-cases/student-voices.query';
import type { ReachReportModel, ReachRowModel } from '../use-cases/reach-report.query';
import type { PersonRef } from '../resolvers/person-dose.resolvers';
import type { EvaluationContext } from '../context';
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
  voice?: Maybe<StudentVoice>;
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
  survey?: Maybe<Survey>;
};

/**
 * A person as the subject of their personal data (UK GDPR): every service that holds personal data
 * contributes what it holds about them, one field per service. Keyed by the person's id only, so
 * what other services still hold is shown even when people no longer knows the person (erased).
 * Only the coordinator or the data protection lead may read the held data (FORBIDDEN otherwise).
 */
export type DataSubject = {
  __typename?: 'DataSubject';
  /** What evaluation: survey invitations, the person's own survey responses (unlinkable in every report), attendance dose, teacher-swap reflections holds about this person, one part per table (parts with no records included). */
  heldByEvaluation: Array<HeldDataPart>;
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

export type Event = {
  __typename?: 'Event';
  /** Pre/post change of this event's respondents. Coordinator, heads and champions; null for others. */
  evaluation?: Maybe<EventEvaluation>;
  id: Scalars['ID']['output'];
  /** Surveys of this event the caller may see, PRE first. */
  surveys: Array<Survey>;
};

/** What the partnership's evaluation shows about one event. */
export type EventEvaluation = {
  __typename?: 'EventEvaluation';
  /** By instrument and dose band; respondents of the caller's partner for heads and champions. */
  cells: Array<ImpactCell>;
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
  event?: Maybe<Event>;
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
  partner?: Maybe<Partner>;
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
  ciHigh?: Maybe<Scalars['Float']['output']>;
  /** Lower end of the 95% confidence interval of meanChange (Student's t); null when suppressed. */
  ciLow?: Maybe<Scalars['Float']['output']>;
  /** Which respondents the cell counts, by events attended in the academic year. */
  doseBand: DoseBand;
  /** Event id, aim, partner id, sector or academic year (2025 = 2025/26); null when unknown. */
  groupKey?: Maybe<Scalars['String']['output']>;
  /** The group's readable name: event title, aim, partner name, sector or academic year (2025/26); null when unknown. */
  groupLabel?: Maybe<Scalars['String']['output']>;
  /** The grouping of the report this cell belongs to. */
  grouping: ImpactGrouping;
  /** The instrument of this cell's scores; each instrument has its own cells. */
  instrument: Instrument;
  /** The instrument's copyright or citation line: show it with the figures. */
  licenceNotice?: Maybe<Scalars['String']['output']>;
  /** Mean change (post − pre) on the instrument's own scale; null when suppressed. */
  meanChange?: Maybe<Scalars['Float']['output']>;
  /** People in the cell, each counted once (with the mean of their changes); null when suppressed. */
  n?: Maybe<Scalars['Int']['output']>;
  /** Sample standard deviation of the changes; null when suppressed. */
  sd?: Maybe<Scalars['Float']['output']>;
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
  academicYear?: Maybe<Scalars['Int']['output']>;
  /** One cell per group, academic year, instrument and dose band, by year, group, instrument and band. */
  cells: Array<ImpactCell>;
  /** The cells as CSV (a suppressed cell shows n as <10, or as suppressed when it was hidden only to protect a smaller one). */
  csv: Scalars['String']['output'];
  /** How the cells are grouped. */
  grouping: ImpactGrouping;
  /** How the confidence interval is computed. */
  method: Scalars['String']['output'];
  /** Null for all partners. */
  partnerId?: Maybe<Scalars['ID']['output']>;
};

/** A yearly impact summary (by aim); associates see it once published. */
export type ImpactSummary = {
  __typename?: 'ImpactSummary';
  /** Starting year of the academic year summarised (2025 is 2025–26). */
  academicYear: Scalars['Int']['output'];
  /** ISO date-time with offset; null while unpublished. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /**
   * The year's impact report by aim, over every partner. Computed from the responses held when it is
   * read, not frozen at publication.
   */
  report: ImpactReport;
};

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
  itemCount?: Maybe<Scalars['Int']['output']>;
  /** The copyright or citation line to show with the instrument. */
  licenceNotice?: Maybe<Scalars['String']['output']>;
  /** Oldest age the instrument is validated for, when it has an upper bound. */
  maxAge?: Maybe<Scalars['Int']['output']>;
  /** Youngest age the instrument is validated for, when it has a lower bound. */
  minAge?: Maybe<Scalars['Int']['output']>;
  /** The instrument's full name, e.g. Short Warwick-Edinburgh Mental Wellbeing Scale. */
  name: Scalars['String']['output'];
  /** Highest possible score, on the instrument's own scale. */
  scoreMax: Scalars['Float']['output'];
  /** Lowest possible score, on the instrument's own scale. */
  scoreMin: Scalars['Float']['output'];
  /** How a response is scored. Incomplete responses get no score (never prorated). */
  scoringRule: Scalars['String']['output'];
};

/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Coordinator only: tag a quote with themes and clear it (or not) for the annual report. Errors:
   * NOT_FOUND, INVALID. Nothing is written when there is an error.
   */
  annotateStudentVoice: AnnotateStudentVoicePayload;
  /**
   * Coordinator, heads and champions. One survey per event, phase and instrument; a POST survey opens
   * once the event has ended, a PRE survey before it starts. Created as DRAFT; the survey-windows job
   * opens it when its opensAt comes (or openSurvey opens it now) and closes it at closesAt.
   */
  createSurvey: CreateSurveyPayload;
  /**
   * Coordinator, heads and champions. Opens a DRAFT survey now: a PRE survey before its event
   * starts (anyone may then answer it), a POST survey once the event has ended (attendees are
   * invited when the event completes). Errors: NOT_FOUND, NOT_DRAFT, TOO_EARLY (POST before the
   * end), TOO_LATE (PRE after the start), EVENT_CANCELLED, WINDOW_ENDED (its closesAt has passed).
   * Nothing changes on error.
   */
  openSurvey: OpenSurveyPayload;
  /** Coordinator: publish (or republish) the summary of an academic year to associates. */
  publishImpactSummary: PublishImpactSummaryPayload;
  /**
   * Coordinator (any partner, or none for a partnership-wide group); heads and champions for their
   * own partner only (the default). Errors: INVALID (field rules), IN_THE_FUTURE, UNKNOWN_EVENT,
   * UNKNOWN_PARTNER. Nothing is written when there is an error.
   */
  recordFocusGroupNote: RecordFocusGroupNotePayload;
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
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAnnotateStudentVoiceArgs = {
  input: AnnotateStudentVoiceInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationOpenSurveyArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationPublishImpactSummaryArgs = {
  academicYear: Scalars['Int']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRecordFocusGroupNoteArgs = {
  input: RecordFocusGroupNoteInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSubmitSurveyResponseArgs = {
  input: SubmitSurveyResponseInput;
};

/** A survey the signed-in person is invited to answer. */
export type MySurvey = {
  __typename?: 'MySurvey';
  /** ISO date-time with offset, once answered. */
  respondedAt?: Maybe<Scalars['String']['output']>;
  /** The survey (open or closed; drafts are not listed). */
  survey: Survey;
  /** The secret link token of this invitation. */
  token: Scalars['String']['output'];
};

/** The result of openSurvey. */
export type OpenSurveyPayload = {
  __typename?: 'OpenSurveyPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The survey, now OPEN; null when there are errors. */
  survey?: Maybe<Survey>;
};

/**
 * What the platform's operators watch, for the coordinator only (FORBIDDEN for anyone else): one
 * record, to which every service adds its own field.
 */
export type Operations = {
  __typename?: 'Operations';
  /** The dead letters of the evaluation service's inbox consumer (coordinator only). */
  evaluationDeadLetters: DeadLetterSummary;
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
  id: Scalars['ID']['output'];
  /**
   * Impact on this partner's students in an academic year, by instrument and dose band. Coordinator;
   * its own heads and champions. Null, with a FORBIDDEN error for this field only, for everyone else.
   */
  impact?: Maybe<Array<ImpactCell>>;
};


export type PartnerImpactArgs = {
  academicYear: Scalars['Int']['input'];
};

export type Person = {
  __typename?: 'Person';
  /**
   * How many events the person attended (checked in) in an academic year (2025 is 2025–26), from
   * events' AttendanceRecorded: their dose in the dose-response analysis. Each session of a standing
   * group counts once. The person themself, a teacher, champion or head of their school, and the
   * coordinator; null with a FORBIDDEN error for everyone else.
   */
  attendanceDose?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
};


export type PersonAttendanceDoseArgs = {
  academicYear: Scalars['Int']['input'];
};

/** The result of publishImpactSummary. */
export type PublishImpactSummaryPayload = {
  __typename?: 'PublishImpactSummaryPayload';
  /** Why nothing was written (INVALID academic year); empty on success. */
  errors: Array<UserError>;
  /** The year's summary, published (republishing keeps the first publication date); null when there are errors. */
  summary?: Maybe<ImpactSummary>;
};

/** Entry points for reading the graph. */
export type Query = {
  __typename?: 'Query';
  /**
   * Focus group notes, most recently held first. Coordinator: every note; heads and champions: their
   * own partner's. `theme` is matched after normalising (lower-case). `first` is capped at 200.
   * Null, with a FORBIDDEN error for this field only, for anyone else.
   */
  focusGroupNotes?: Maybe<FocusGroupNoteConnection>;
  /**
   * Impact report for an academic year (null: every year). Coordinator: any partner or all; heads
   * and champions: their own partner's students only. Null, with a FORBIDDEN error for this field
   * only, for any other caller or another partner.
   */
  impactReport?: Maybe<ImpactReport>;
  /** Yearly summaries. Associates and everyone else but the coordinator see published ones only. Null, with a FORBIDDEN error for this field only, for students. */
  impactSummaries?: Maybe<Array<ImpactSummary>>;
  /** The instrument registry, in registry order: each instrument's number of items, age band, score range, scoring rule and licence notice. */
  instruments: Array<InstrumentInfo>;
  /** Surveys the signed-in person is invited to, newest first. */
  mySurveys: Array<MySurvey>;
  /**
   * Reach of an academic year. Coordinator: every partner, the subtotals by kind and the total;
   * heads and champions: their own school's row only. Null, with a FORBIDDEN error for this field
   * only, for anyone else. Computed in SQL over attendance and registrations; counts of 1–9 people
   * (and places held by 1–9 people) and the cells that would reveal them are suppressed.
   */
  reachReport?: Maybe<ReachReport>;
  /**
   * The quote bank: students' reflections, newest academic year first. Coordinator: every quote (a
   * partner filter matches only quotes that show their school); heads and champions: their own
   * school's quotes from surveys that at least 10 of its students answered. Null, with a FORBIDDEN
   * error for this field only, for anyone else. `first` is capped at 200.
   */
  studentVoices?: Maybe<StudentVoiceConnection>;
  /**
   * One survey; null when there is none or the caller may not see it (a DRAFT is seen only by the
   * coordinator, heads and champions).
   */
  survey?: Maybe<Survey>;
  /** Drafts only for the coordinator, heads and champions; open and closed surveys for everyone signed in. */
  surveys: Array<Survey>;
  /**
   * Teacher swap reflections received in an academic year (from teacher-swap): counts only, never
   * who. Scope as impactReport, by the reflecting teacher's school: the coordinator any partner or
   * all; heads and champions their own. Null, with a FORBIDDEN error for this field only, for anyone
   * else.
   */
  swapReflectionEvidence?: Maybe<SwapReflectionEvidence>;
  /** Notes per theme per aim in an academic year, most frequent first, within the caller's scope as for focusGroupNotes (null, with a FORBIDDEN error for this field only, when that scope is empty). */
  themes?: Maybe<Array<ThemeCount>>;
};


/** Entry points for reading the graph. */
export type QueryFocusGroupNotesArgs = {
  academicYear?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  aim?: InputMaybe<Aim>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading the graph. */
export type QueryImpactReportArgs = {
  academicYear?: InputMaybe<Scalars['Int']['input']>;
  groupBy: ImpactGrouping;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the graph. */
export type QueryReachReportArgs = {
  academicYear: Scalars['Int']['input'];
};


/** Entry points for reading the graph. */
export type QueryStudentVoicesArgs = {
  academicYear?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  aim?: InputMaybe<Aim>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  publishableOnly?: InputMaybe<Scalars['Boolean']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
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
export type QuerySwapReflectionEvidenceArgs = {
  academicYear: Scalars['Int']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the graph. */
export type QueryThemesArgs = {
  academicYear: Scalars['Int']['input'];
};

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
  total?: Maybe<ReachRow>;
};

/** One row of a reach report. A null count is suppressed (see `suppressed`). */
export type ReachRow = {
  __typename?: 'ReachRow';
  /** Attendances (one per student per event attended). */
  attendances?: Maybe<Scalars['Int']['output']>;
  /** Published or completed events the partner hosted (not suppressed: events are not people). */
  eventsHosted: Scalars['Int']['output'];
  /** The row's name: the partner's name, a kind of partner, or Partnership. */
  label: Scalars['String']['output'];
  /** Distinct students recorded as a no-show at least once. */
  noShowStudents?: Maybe<Scalars['Int']['output']>;
  /** No-shows recorded. */
  noShows?: Maybe<Scalars['Int']['output']>;
  /** The partner, resolved by partners-governance; null for subtotal, total and unknown-school rows. */
  partner?: Maybe<Partner>;
  /** The partner's kind (STATE, SELECTIVE, INDEPENDENT, UNIVERSITY, ASSOCIATE), or the subtotal's; null for the total. */
  partnerKind?: Maybe<Scalars['String']['output']>;
  /**
   * The total row: places offered at the year's published and completed events (the sum of their
   * capacities), for the partnership as a whole; null on other rows and when an event's places are
   * not known. Not suppressed: it counts places, not people.
   */
  placesOffered?: Maybe<Scalars['Int']['output']>;
  /**
   * Places held (registered, offered, attended or no-show) at the academic year's published and
   * completed events by the partner's people. Suppressed when 1–9 people hold them.
   */
  placesUsed?: Maybe<Scalars['Int']['output']>;
  /**
   * Partner rows: the most places one partner's people could hold at the year's events with a
   * partner quota (the sum of their quotas, each at most the event's capacity), the same for every
   * partner; null on subtotal, total and unknown-school rows, and when an event's places are not
   * known (announced before events reported them). Not suppressed: it counts places, not people.
   */
  quotaPlaces?: Maybe<Scalars['Int']['output']>;
  /**
   * The part of `placesUsed` at events with a partner quota; used against quota is this over
   * `quotaPlaces`. Suppressed when 1–9 people hold them.
   */
  quotaPlacesUsed?: Maybe<Scalars['Int']['output']>;
  /** Students who attended four or more events. */
  reachedFourPlus?: Maybe<Scalars['Int']['output']>;
  /** Students who attended exactly one event. */
  reachedOnce?: Maybe<Scalars['Int']['output']>;
  /** Students who attended two or more events (repeat attenders). */
  reachedTwoPlus?: Maybe<Scalars['Int']['output']>;
  /** Distinct students who attended at least one event. */
  studentsReached?: Maybe<Scalars['Int']['output']>;
  /** The counts of this row that are suppressed. */
  suppressed: Array<ReachMeasure>;
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
  note?: Maybe<FocusGroupNote>;
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
  /** evaluation's tables, in the order of its data policy. */
  evaluation: Array<RetentionEntry>;
  /** Always `partnership`: there is one record. */
  id: Scalars['ID']['output'];
};

/** One point of an instrument's answer scale. */
export type ScalePoint = {
  __typename?: 'ScalePoint';
  /** What the point means, e.g. None of the time. */
  label: Scalars['String']['output'];
  /** The value submitted as the answer, 1 to 5. */
  value: Scalars['Int']['output'];
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
  event?: Maybe<Event>;
  /** The quote's id (not the student's). */
  id: Scalars['ID']['output'];
  /**
   * The student's school, only when at least 10 of its students answered the same survey; null
   * otherwise, so that a school and an event never point to a child.
   */
  partner?: Maybe<Partner>;
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
  event?: Maybe<Event>;
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
  invitedCount?: Maybe<Scalars['Int']['output']>;
  /** Number of items to answer, each on a 1–5 scale. */
  itemCount: Scalars['Int']['output'];
  /**
   * The instrument's scored statements, in order, as worded (itemCount of them); answer them in this
   * order (answers[n] is the answer to the item at position n + 1), each on the item's scale.
   */
  items: Array<SurveyItem>;
  /** The instrument's copyright or citation line: show it wherever the survey is shown. */
  licenceNotice?: Maybe<Scalars['String']['output']>;
  /**
   * People invited who have not answered yet, for reminders. The coordinator counts everyone; a head
   * or champion counts their own school's invitees (reminders go school by school). Null, with a
   * FORBIDDEN error for this field only, for everyone else.
   */
  nonResponderCount?: Maybe<Scalars['Int']['output']>;
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

/** How many teacher swap reflections named one aim. */
export type SwapAimCount = {
  __typename?: 'SwapAimCount';
  /** The aim. */
  aim: Aim;
  /** Reflections that named it. */
  reflections: Scalars['Int']['output'];
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
 * Why evaluation refused a mutation's input; nothing was written. Every subgraph declares the codes
 * it returns under this one name; the graph's enum is their union.
 */
export type UserErrorCode =
  /** The caller has already answered this survey. */
  | 'ALREADY_RESPONDED'
  /** An answer is off the instrument's scale; `field` names it (answers.<index>). */
  | 'ANSWER_OUT_OF_RANGE'
  /** The event already has a survey of this phase on this instrument. */
  | 'DUPLICATE_SURVEY'
  /** The event is cancelled: nothing more can be done with it (registering, evaluating). */
  | 'EVENT_CANCELLED'
  /** The event of this POST survey has not happened yet. */
  | 'EVENT_NOT_HAPPENED'
  /** The instrument is not validated for the age of the event's year groups, or of the respondent. */
  | 'INSTRUMENT_OUTSIDE_AGE_BAND'
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** A focus group note records a group already held: its date is after today. */
  | 'IN_THE_FUTURE'
  /** An item is unanswered; `field` names it (answers.<index>). */
  | 'MISSING_ITEM'
  /** Only a DRAFT can be published or opened (an event, a survey); this one is not a draft any more. */
  | 'NOT_DRAFT'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** The caller is not invited to this survey, or the link is not theirs. */
  | 'NOT_INVITED'
  /** The reflection is longer than allowed. */
  | 'REFLECTION_TOO_LONG'
  /** The survey's window has passed (a PRE survey closes when its event starts); it takes no more answers. */
  | 'SURVEY_CLOSED'
  /** The survey is not open for answers yet (still a draft, or its window has not begun). */
  | 'SURVEY_NOT_OPEN'
  /** A POST survey cannot open before its event has ended. */
  | 'TOO_EARLY'
  /** A PRE survey must open before its event starts (it is a baseline). */
  | 'TOO_LATE'
  /** No event with this id is known to evaluation (it has not heard of it from events). */
  | 'UNKNOWN_EVENT'
  /** No partner with this id is known to the service answering (it may not have heard of a new partner yet). */
  | 'UNKNOWN_PARTNER'
  /** There is no survey with this id to answer. */
  | 'UNKNOWN_SURVEY'
  /** The survey's window closed before it was opened. */
  | 'WINDOW_ENDED'
  /** The number of answers is not the instrument's number of items. */
  | 'WRONG_ITEM_COUNT';



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
  Aim: Aim;
  AnnotateStudentVoiceInput: AnnotateStudentVoiceInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AnnotateStudentVoicePayload: ResolverTypeWrapper<Omit<AnnotateStudentVoicePayload, 'voice'> & { voice?: Maybe<ResolversTypes['StudentVoice']> }>;
  CreateSurveyInput: CreateSurveyInput;
  CreateSurveyPayload: ResolverTypeWrapper<Omit<CreateSurveyPayload, 'survey'> & { survey?: Maybe<ResolversTypes['Survey']> }>;
  DataSubject: ResolverTypeWrapper<DataSubject>;
  DeadLetterFailureKind: DeadLetterFailureKind;
  DeadLetterReason: ResolverTypeWrapper<DeadLetterReason>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DeadLetterSummary: ResolverTypeWrapper<DeadLetterSummary>;
  DoseBand: DoseBand;
  Event: ResolverTypeWrapper<EventRef>;
  EventEvaluation: ResolverTypeWrapper<EventEvaluationModel>;
  FocusGroupNote: ResolverTypeWrapper<FocusGroupNoteEntity>;
  FocusGroupNoteConnection: ResolverTypeWrapper<FocusGroupNotePage>;
  FocusGroupNoteEdge: ResolverTypeWrapper<Omit<FocusGroupNoteEdge, 'node'> & { node: ResolversTypes['FocusGroupNote'] }>;
  HeldDataPart: ResolverTypeWrapper<HeldDataPart>;
  HeldField: ResolverTypeWrapper<HeldField>;
  HeldRecord: ResolverTypeWrapper<HeldRecord>;
  ImpactCell: ResolverTypeWrapper<ImpactCellModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ImpactGrouping: ImpactGrouping;
  ImpactReport: ResolverTypeWrapper<ImpactReportModel>;
  ImpactSummary: ResolverTypeWrapper<ImpactSummaryModel>;
  Instrument: Instrument;
  InstrumentInfo: ResolverTypeWrapper<InstrumentDefinition>;
  Mutation: ResolverTypeWrapper<{}>;
  MySurvey: ResolverTypeWrapper<MySurveyModel>;
  OpenSurveyPayload: ResolverTypeWrapper<Omit<OpenSurveyPayload, 'survey'> & { survey?: Maybe<ResolversTypes['Survey']> }>;
  Operations: ResolverTypeWrapper<Operations>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRef>;
  Person: ResolverTypeWrapper<PersonRef>;
  PublishImpactSummaryPayload: ResolverTypeWrapper<Omit<PublishImpactSummaryPayload, 'summary'> & { summary?: Maybe<ResolversTypes['ImpactSummary']> }>;
  Query: ResolverTypeWrapper<{}>;
  ReachMeasure: ReachMeasure;
  ReachReport: ResolverTypeWrapper<ReachReportModel>;
  ReachRow: ResolverTypeWrapper<ReachRowModel>;
  RecordFocusGroupNoteInput: RecordFocusGroupNoteInput;
  RecordFocusGroupNotePayload: ResolverTypeWrapper<Omit<RecordFocusGroupNotePayload, 'note'> & { note?: Maybe<ResolversTypes['FocusGroupNote']> }>;
  RetentionEntry: ResolverTypeWrapper<RetentionEntry>;
  RetentionRecord: ResolverTypeWrapper<RetentionRecord>;
  ScalePoint: ResolverTypeWrapper<ScalePoint>;
  StudentVoice: ResolverTypeWrapper<StudentVoiceModel>;
  StudentVoiceConnection: ResolverTypeWrapper<StudentVoicePage>;
  StudentVoiceEdge: ResolverTypeWrapper<Omit<StudentVoiceEdge, 'node'> & { node: ResolversTypes['StudentVoice'] }>;
  SubmitSurveyResponseInput: SubmitSurveyResponseInput;
  SubmitSurveyResponsePayload: ResolverTypeWrapper<SubmitSurveyResponsePayload>;
  Survey: ResolverTypeWrapper<SurveyEntity>;
  SurveyItem: ResolverTypeWrapper<SurveyItem>;
  SurveyPhase: SurveyPhase;
  SurveyStatus: SurveyStatus;
  SwapAimCount: ResolverTypeWrapper<SwapAimCount>;
  SwapReflectionEvidence: ResolverTypeWrapper<SwapReflectionEvidence>;
  ThemeCount: ResolverTypeWrapper<ThemeCount>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnnotateStudentVoiceInput: AnnotateStudentVoiceInput;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  AnnotateStudentVoicePayload: Omit<AnnotateStudentVoicePayload, 'voice'> & { voice?: Maybe<ResolversParentTypes['StudentVoice']> };
  CreateSurveyInput: CreateSurveyInput;
  CreateSurveyPayload: Omit<CreateSurveyPayload, 'survey'> & { survey?: Maybe<ResolversParentTypes['Survey']> };
  DataSubject: DataSubject;
  DeadLetterReason: DeadLetterReason;
  Int: Scalars['Int']['output'];
  DeadLetterSummary: DeadLetterSummary;
  Event: EventRef;
  EventEvaluation: EventEvaluationModel;
  FocusGroupNote: FocusGroupNoteEntity;
  FocusGroupNoteConnection: FocusGroupNotePage;
  FocusGroupNoteEdge: Omit<FocusGroupNoteEdge, 'node'> & { node: ResolversParentTypes['FocusGroupNote'] };
  HeldDataPart: HeldDataPart;
  HeldField: HeldField;
  HeldRecord: HeldRecord;
  ImpactCell: ImpactCellModel;
  Float: Scalars['Float']['output'];
  ImpactReport: ImpactReportModel;
  ImpactSummary: ImpactSummaryModel;
  InstrumentInfo: InstrumentDefinition;
  Mutation: {};
  MySurvey: MySurveyModel;
  OpenSurveyPayload: Omit<OpenSurveyPayload, 'survey'> & { survey?: Maybe<ResolversParentTypes['Survey']> };
  Operations: Operations;
  PageInfo: PageInfo;
  Partner: PartnerRef;
  Person: PersonRef;
  PublishImpactSummaryPayload: Omit<PublishImpactSummaryPayload, 'summary'> & { summary?: Maybe<ResolversParentTypes['ImpactSummary']> };
  Query: {};
  ReachReport: ReachReportModel;
  ReachRow: ReachRowModel;
  RecordFocusGroupNoteInput: RecordFocusGroupNoteInput;
  RecordFocusGroupNotePayload: Omit<RecordFocusGroupNotePayload, 'note'> & { note?: Maybe<ResolversParentTypes['FocusGroupNote']> };
  RetentionEntry: RetentionEntry;
  RetentionRecord: RetentionRecord;
  ScalePoint: ScalePoint;
  StudentVoice: StudentVoiceModel;
  StudentVoiceConnection: StudentVoicePage;
  StudentVoiceEdge: Omit<StudentVoiceEdge, 'node'> & { node: ResolversParentTypes['StudentVoice'] };
  SubmitSurveyResponseInput: SubmitSurveyResponseInput;
  SubmitSurveyResponsePayload: SubmitSurveyResponsePayload;
  Survey: SurveyEntity;
  SurveyItem: SurveyItem;
  SwapAimCount: SwapAimCount;
  SwapReflectionEvidence: SwapReflectionEvidence;
  ThemeCount: ThemeCount;
  UserError: UserError;
};

export type AnnotateStudentVoicePayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['AnnotateStudentVoicePayload'] = ResolversParentTypes['AnnotateStudentVoicePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  voice?: Resolver<Maybe<ResolversTypes['StudentVoice']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateSurveyPayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['CreateSurveyPayload'] = ResolversParentTypes['CreateSurveyPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  survey?: Resolver<Maybe<ResolversTypes['Survey']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataSubjectResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['DataSubject'] = ResolversParentTypes['DataSubject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataSubject']>, { __typename: 'DataSubject' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  heldByEvaluation?: Resolver<Array<ResolversTypes['HeldDataPart']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterReasonResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['DeadLetterReason'] = ResolversParentTypes['DeadLetterReason']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeadLetterFailureKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterSummaryResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['DeadLetterSummary'] = ResolversParentTypes['DeadLetterSummary']> = {
  oldestPendingAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DeadLetterReason']>, ParentType, ContextType>;
  redriven?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']>, { __typename: 'Event' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['EventEvaluation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  surveys?: Resolver<Array<ResolversTypes['Survey']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventEvaluationResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['EventEvaluation'] = ResolversParentTypes['EventEvaluation']> = {
  cells?: Resolver<Array<ResolversTypes['ImpactCell']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FocusGroupNoteResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['FocusGroupNote'] = ResolversParentTypes['FocusGroupNote']> = {
  aims?: Resolver<Array<ResolversTypes['Aim']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FocusGroupNoteConnectionResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['FocusGroupNoteConnection'] = ResolversParentTypes['FocusGroupNoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FocusGroupNoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FocusGroupNoteEdgeResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['FocusGroupNoteEdge'] = ResolversParentTypes['FocusGroupNoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FocusGroupNote'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldDataPartResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['HeldDataPart'] = ResolversParentTypes['HeldDataPart']> = {
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

export type HeldFieldResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['HeldField'] = ResolversParentTypes['HeldField']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldRecordResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['HeldRecord'] = ResolversParentTypes['HeldRecord']> = {
  fields?: Resolver<Array<ResolversTypes['HeldField']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImpactCellResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['ImpactCell'] = ResolversParentTypes['ImpactCell']> = {
  academicYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ciHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  doseBand?: Resolver<ResolversTypes['DoseBand'], ParentType, ContextType>;
  groupKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groupLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grouping?: Resolver<ResolversTypes['ImpactGrouping'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  licenceNotice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meanChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  n?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sd?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tooFewToConclude?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImpactReportResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['ImpactReport'] = ResolversParentTypes['ImpactReport']> = {
  academicYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['ImpactCell']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grouping?: Resolver<ResolversTypes['ImpactGrouping'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImpactSummaryResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['ImpactSummary'] = ResolversParentTypes['ImpactSummary']> = {
  academicYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['ImpactReport'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstrumentInfoResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['InstrumentInfo'] = ResolversParentTypes['InstrumentInfo']> = {
  code?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  itemCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  licenceNotice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scoreMax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoreMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoringRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  annotateStudentVoice?: Resolver<ResolversTypes['AnnotateStudentVoicePayload'], ParentType, ContextType, RequireFields<MutationAnnotateStudentVoiceArgs, 'input'>>;
  createSurvey?: Resolver<ResolversTypes['CreateSurveyPayload'], ParentType, ContextType, RequireFields<MutationCreateSurveyArgs, 'input'>>;
  openSurvey?: Resolver<ResolversTypes['OpenSurveyPayload'], ParentType, ContextType, RequireFields<MutationOpenSurveyArgs, 'id'>>;
  publishImpactSummary?: Resolver<ResolversTypes['PublishImpactSummaryPayload'], ParentType, ContextType, RequireFields<MutationPublishImpactSummaryArgs, 'academicYear'>>;
  recordFocusGroupNote?: Resolver<ResolversTypes['RecordFocusGroupNotePayload'], ParentType, ContextType, RequireFields<MutationRecordFocusGroupNoteArgs, 'input'>>;
  submitSurveyResponse?: Resolver<ResolversTypes['SubmitSurveyResponsePayload'], ParentType, ContextType, RequireFields<MutationSubmitSurveyResponseArgs, 'input'>>;
};

export type MySurveyResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['MySurvey'] = ResolversParentTypes['MySurvey']> = {
  respondedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OpenSurveyPayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['OpenSurveyPayload'] = ResolversParentTypes['OpenSurveyPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  survey?: Resolver<Maybe<ResolversTypes['Survey']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OperationsResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Operations'] = ResolversParentTypes['Operations']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Operations']>, { __typename: 'Operations' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  evaluationDeadLetters?: Resolver<ResolversTypes['DeadLetterSummary'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']>, { __typename: 'Partner' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<Maybe<Array<ResolversTypes['ImpactCell']>>, ParentType, ContextType, RequireFields<PartnerImpactArgs, 'academicYear'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  attendanceDose?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<PersonAttendanceDoseArgs, 'academicYear'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublishImpactSummaryPayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['PublishImpactSummaryPayload'] = ResolversParentTypes['PublishImpactSummaryPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['ImpactSummary']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  focusGroupNotes?: Resolver<Maybe<ResolversTypes['FocusGroupNoteConnection']>, ParentType, ContextType, RequireFields<QueryFocusGroupNotesArgs, 'first'>>;
  impactReport?: Resolver<Maybe<ResolversTypes['ImpactReport']>, ParentType, ContextType, RequireFields<QueryImpactReportArgs, 'groupBy'>>;
  impactSummaries?: Resolver<Maybe<Array<ResolversTypes['ImpactSummary']>>, ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['InstrumentInfo']>, ParentType, ContextType>;
  mySurveys?: Resolver<Array<ResolversTypes['MySurvey']>, ParentType, ContextType>;
  reachReport?: Resolver<Maybe<ResolversTypes['ReachReport']>, ParentType, ContextType, RequireFields<QueryReachReportArgs, 'academicYear'>>;
  studentVoices?: Resolver<Maybe<ResolversTypes['StudentVoiceConnection']>, ParentType, ContextType, RequireFields<QueryStudentVoicesArgs, 'first' | 'publishableOnly'>>;
  survey?: Resolver<Maybe<ResolversTypes['Survey']>, ParentType, ContextType, RequireFields<QuerySurveyArgs, 'id'>>;
  surveys?: Resolver<Array<ResolversTypes['Survey']>, ParentType, ContextType, RequireFields<QuerySurveysArgs, 'eventId'>>;
  swapReflectionEvidence?: Resolver<Maybe<ResolversTypes['SwapReflectionEvidence']>, ParentType, ContextType, RequireFields<QuerySwapReflectionEvidenceArgs, 'academicYear'>>;
  themes?: Resolver<Maybe<Array<ResolversTypes['ThemeCount']>>, ParentType, ContextType, RequireFields<QueryThemesArgs, 'academicYear'>>;
};

export type ReachReportResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['ReachReport'] = ResolversParentTypes['ReachReport']> = {
  academicYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['ReachRow']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ReachRow']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['ReachRow']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReachRowResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['ReachRow'] = ResolversParentTypes['ReachRow']> = {
  attendances?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  eventsHosted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noShowStudents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  noShows?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  partnerKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placesOffered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  placesUsed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quotaPlaces?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quotaPlacesUsed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reachedFourPlus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reachedOnce?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reachedTwoPlus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  studentsReached?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['ReachMeasure']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordFocusGroupNotePayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['RecordFocusGroupNotePayload'] = ResolversParentTypes['RecordFocusGroupNotePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['FocusGroupNote']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RetentionEntryResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['RetentionEntry'] = ResolversParentTypes['RetentionEntry']> = {
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

export type RetentionRecordResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['RetentionRecord'] = ResolversParentTypes['RetentionRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RetentionRecord']>, { __typename: 'RetentionRecord' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  evaluation?: Resolver<Array<ResolversTypes['RetentionEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScalePointResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['ScalePoint'] = ResolversParentTypes['ScalePoint']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StudentVoiceResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['StudentVoice'] = ResolversParentTypes['StudentVoice']> = {
  academicYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  aims?: Resolver<Array<ResolversTypes['Aim']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['SurveyPhase'], ParentType, ContextType>;
  publishable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StudentVoiceConnectionResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['StudentVoiceConnection'] = ResolversParentTypes['StudentVoiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StudentVoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StudentVoiceEdgeResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['StudentVoiceEdge'] = ResolversParentTypes['StudentVoiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StudentVoice'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubmitSurveyResponsePayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['SubmitSurveyResponsePayload'] = ResolversParentTypes['SubmitSurveyResponsePayload']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SurveyResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Survey']>, { __typename: 'Survey' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  closesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  invitedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SurveyItem']>, ParentType, ContextType>;
  licenceNotice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nonResponderCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['SurveyPhase'], ParentType, ContextType>;
  reflectionQuestion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveyStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SurveyItemResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['SurveyItem'] = ResolversParentTypes['SurveyItem']> = {
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scale?: Resolver<Array<ResolversTypes['ScalePoint']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SwapAimCountResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['SwapAimCount'] = ResolversParentTypes['SwapAimCount']> = {
  aim?: Resolver<ResolversTypes['Aim'], ParentType, ContextType>;
  reflections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SwapReflectionEvidenceResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['SwapReflectionEvidence'] = ResolversParentTypes['SwapReflectionEvidence']> = {
  academicYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byAim?: Resolver<Array<ResolversTypes['SwapAimCount']>, ParentType, ContextType>;
  completedSwaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reflections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  swaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeCountResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['ThemeCount'] = ResolversParentTypes['ThemeCount']> = {
  aim?: Resolver<ResolversTypes['Aim'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = EvaluationContext> = {
  AnnotateStudentVoicePayload?: AnnotateStudentVoicePayloadResolvers<ContextType>;
  CreateSurveyPayload?: CreateSurveyPayloadResolvers<ContextType>;
  DataSubject?: DataSubjectResolvers<ContextType>;
  DeadLetterReason?: DeadLetterReasonResolvers<ContextType>;
  DeadLetterSummary?: DeadLetterSummaryResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventEvaluation?: EventEvaluationResolvers<ContextType>;
  FocusGroupNote?: FocusGroupNoteResolvers<ContextType>;
  FocusGroupNoteConnection?: FocusGroupNoteConnectionResolvers<ContextType>;
  FocusGroupNoteEdge?: FocusGroupNoteEdgeResolvers<ContextType>;
  HeldDataPart?: HeldDataPartResolvers<ContextType>;
  HeldField?: HeldFieldResolvers<ContextType>;
  HeldRecord?: HeldRecordResolvers<ContextType>;
  ImpactCell?: ImpactCellResolvers<ContextType>;
  ImpactReport?: ImpactReportResolvers<ContextType>;
  ImpactSummary?: ImpactSummaryResolvers<ContextType>;
  InstrumentInfo?: InstrumentInfoResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MySurvey?: MySurveyResolvers<ContextType>;
  OpenSurveyPayload?: OpenSurveyPayloadResolvers<ContextType>;
  Operations?: OperationsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PublishImpactSummaryPayload?: PublishImpactSummaryPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReachReport?: ReachReportResolvers<ContextType>;
  ReachRow?: ReachRowResolvers<ContextType>;
  RecordFocusGroupNotePayload?: RecordFocusGroupNotePayloadResolvers<ContextType>;
  RetentionEntry?: RetentionEntryResolvers<ContextType>;
  RetentionRecord?: RetentionRecordResolvers<ContextType>;
  ScalePoint?: ScalePointResolvers<ContextType>;
  StudentVoice?: StudentVoiceResolvers<ContextType>;
  StudentVoiceConnection?: StudentVoiceConnectionResolvers<ContextType>;
  StudentVoiceEdge?: StudentVoiceEdgeResolvers<ContextType>;
  SubmitSurveyResponsePayload?: SubmitSurveyResponsePayloadResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyItem?: SurveyItemResolvers<ContextType>;
  SwapAimCount?: SwapAimCountResolvers<ContextType>;
  SwapReflectionEvidence?: SwapReflectionEvidenceResolvers<ContextType>;
  ThemeCount?: ThemeCountResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

