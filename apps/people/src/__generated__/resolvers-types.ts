import type { GraphQLResolveInfo } from 'graphql';
import type { PersonEntity } from '../entities/person.entity';
import type { PartnerRef, ClearanceView } from '../resolvers/schema.mappers';
import type { ConsentRecordEntity } from '../entities/consent-record.entity';
import type { ConsentState as ConsentStateModel } from '../domain/consent-state';
import type { SafeguardingCheckEntity } from '../entities/safeguarding-check.entity';
import type { IssuedSession } from '../use-cases/issue-session';
import type { DataSubjectRef } from '@ekst/subgraph-kit';
import type { RectificationRequestEntity } from '../entities/rectification-request.entity';
import type { RolloverGroup as RolloverGroupModel } from '../use-cases/rollover.use-case';
import type { PeopleContext } from '../context';
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

/** Whether an adult may work with children on one day, from the safeguarding checks on record. */
export type ChildrenClearance = {
  __typename?: 'ChildrenClearance';
  /** The kind of check that clears them (the one valid longest); null when not cleared. */
  basis?: Maybe<SafeguardingCheckKind>;
  /** An enhanced DBS with barred list, or the employer's written confirmation, valid that day. */
  cleared: Scalars['Boolean']['output'];
  /** YYYY-MM-DD the answer is for */
  on: Scalars['String']['output'];
  /** The person the answer is about. */
  personId: Scalars['ID']['output'];
  /** YYYY-MM-DD, the last day that check holds (its review date); null when not cleared. */
  validUntil?: Maybe<Scalars['String']['output']>;
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
  giverName?: Maybe<Scalars['String']['output']>;
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** What the decision is about. */
  kind: ConsentKind;
  /** How the decision was made known (paper, online, verbal). */
  method: ConsentMethod;
  /** For DATA_PROCESSING: the version of the privacy notice decided on; null for other kinds. */
  noticeVersion?: Maybe<Scalars['String']['output']>;
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
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** The latest record's decision; null when there is no record of this kind. */
  decision?: Maybe<ConsentDecision>;
  /** Who made the latest decision; null when there is no record. */
  givenBy?: Maybe<ConsentGiver>;
  /** True only while the latest record grants it; false with no record at all. */
  granted: Scalars['Boolean']['output'];
  /** What the consent is about. */
  kind: ConsentKind;
  /** For DATA_PROCESSING: the privacy notice version of the latest record; null otherwise. */
  noticeVersion?: Maybe<Scalars['String']['output']>;
};

/** createSignInCode's answer. */
export type CreateSignInCodePayload = {
  __typename?: 'CreateSignInCodePayload';
  /** Shown once: give it to the person; it works once, within 15 minutes. */
  code?: Maybe<Scalars['String']['output']>;
  /** Why no code was made (NOT_FOUND, PERSON_LEFT); empty when it was. */
  errors: Array<UserError>;
  /** ISO 8601 date-time the code stops working; null when refused. */
  expiresAt?: Maybe<Scalars['String']['output']>;
};

/**
 * A person as the subject of their personal data (UK GDPR): every service that holds personal data
 * contributes what it holds about them, one field per service. Keyed by the person's id only, so
 * what other services still hold is shown even when people no longer knows the person (erased).
 * Only the coordinator or the data protection lead may read the held data (FORBIDDEN otherwise).
 */
export type DataSubject = {
  __typename?: 'DataSubject';
  /** What people: profile, roles, contact details, consents, safeguarding check metadata, accounts and sessions holds about this person, one part per table (parts with no records included). */
  heldByPeople: Array<HeldDataPart>;
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

/** erasePerson's answer. */
export type ErasePersonPayload = {
  __typename?: 'ErasePersonPayload';
  /** The id of the person erased; null when refused. */
  erasedId?: Maybe<Scalars['ID']['output']>;
  /** Why the request was refused (NOT_FOUND); empty when the person was erased. */
  errors: Array<UserError>;
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
  report?: Maybe<RosterImportReport>;
};

/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The data protection lead or the coordinator applies an open request: the person's record is
   * changed through updatePerson's rules (PersonUpdated is announced), and the request is APPLIED
   * with who and when, in one transaction. A request already handled is ALREADY_HANDLED and nothing
   * changes; a value that no longer passes the rules leaves the request open. FORBIDDEN for anyone else.
   */
  applyRectification: RectificationPayload;
  /**
   * The coordinator; heads and champions for their partner's people (never a coordinator's
   * account); teachers for their partner's students. NOT_FOUND for someone the caller cannot see;
   * PERSON_LEFT for a leaver. Makes any earlier unused code of the person stop working.
   */
  createSignInCode: CreateSignInCodePayload;
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
  /**
   * The coordinator, or a head or champion of the person's partner. The person themself may record
   * their own REFUSED or WITHDRAWN (givenBy STUDENT or SELF, method ONLINE, no givenAt), never
   * GRANTED (FORBIDDEN). Someone the caller may not see is NOT_FOUND, like an unknown id. Announces
   * ConsentChanged when the state changes.
   */
  recordConsent: RecordConsentPayload;
  /**
   * The coordinator, or a head or champion of the person's partner; adults only. Someone the caller
   * may not see is NOT_FOUND, like an unknown id.
   */
  recordSafeguardingCheck: RecordSafeguardingCheckPayload;
  /** No token needed. A code from the person's school; error INVALID_CODE. */
  redeemSignInCode: SignInPayload;
  /** No token needed. Rotates the refresh token; reusing an old one ends the session. */
  refreshSession: SignInPayload;
  /**
   * The data protection lead or the coordinator refuses an open request with a reason (3–1000
   * characters), recorded with who and when; the record is not changed. ALREADY_HANDLED when it was
   * handled before. FORBIDDEN for anyone else.
   */
  refuseRectification: RectificationPayload;
  /**
   * The coordinator, or a head or champion of the same partner (who may not grant COORDINATOR).
   * Only the coordinator may give CHAMPION, HEAD or FINANCE here (GOVERNING_ROLE_FOLLOWS_GROUP for
   * anyone else). Announces PersonRegistered (ids, roles and year group only) to every service.
   */
  registerPerson: RegisterPersonPayload;
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
  /** The coordinator or the person: signs them out everywhere. */
  revokeSessions: RevokeSessionsPayload;
  /**
   * The coordinator: the September rollover for `academicYear` (2026 = 2026/27), once. Every current
   * student moves up a year group (PersonUpdated); Year 13 students become leavers, who cannot sign
   * in and are erased everywhere a year later. ALREADY_ROLLED (nobody moved) for a year already
   * rolled or earlier than one rolled; INVALID for a year outside 2000–2100.
   */
  runRollover: RunRolloverPayload;
  /**
   * The signed-in adult; the current password is required once one is set (at least 12 characters).
   * Every other session of the person ends (its tokens are refused within seconds). The session
   * kept is the one `refreshToken` names (error INVALID_REFRESH_TOKEN, nothing changed, when it is
   * not one of the person's sessions), else the one the caller's access token belongs to; a caller
   * with neither ends every session.
   */
  setPassword: SetPasswordPayload;
  /** No token needed. Errors: INVALID_CREDENTIALS (never says whether the address exists), LOCKED_OUT. */
  signIn: SignInPayload;
  /** No token needed. Ends the session; its access tokens are refused within seconds. */
  signOut: SignOutPayload;
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
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationApplyRectificationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateSignInCodeArgs = {
  personId: Scalars['ID']['input'];
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
export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
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
export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRefuseRectificationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
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
export type MutationRevokeSessionsArgs = {
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRunRolloverArgs = {
  academicYear: Scalars['Int']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetPasswordArgs = {
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  newPassword: Scalars['String']['input'];
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSignOutArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationWithdrawMyConsentArgs = {
  kind: ConsentKind;
  noticeVersion?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What the platform's operators watch, for the coordinator only (FORBIDDEN for anyone else): one
 * record, to which every service adds its own field.
 */
export type Operations = {
  __typename?: 'Operations';
  /** Always `platform`: there is one operations record. */
  id: Scalars['ID']['output'];
  /** The dead letters of the people service's inbox consumer (coordinator only). */
  peopleDeadLetters: DeadLetterSummary;
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
   * The partner's people visible to the caller, by name (not paginated): the coordinator sees them
   * all; a head, champion or teacher of this partner sees its people; anyone else sees at most
   * themself. Leavers are included (see `Person.leftOn`).
   */
  people: Array<Person>;
};


export type PartnerPeopleArgs = {
  role?: InputMaybe<Role>;
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
export type Person = {
  __typename?: 'Person';
  /** Every consent record, newest first. Null unless coordinator, the person, or a head or champion of their partner. */
  consentRecords?: Maybe<Array<ConsentRecord>>;
  /**
   * The current consent of each kind, derived from the records (the latest wins). Null unless the
   * caller is the coordinator, the person, or a head, champion or teacher of the person's partner.
   */
  consentState?: Maybe<Array<ConsentState>>;
  /** The name the partnership uses for them (2–100 characters); no separate first or family name is kept. */
  displayName: Scalars['String']['output'];
  /**
   * Adults only. Visible to the person themself, the coordinator, and the head or champions of the
   * person's own partner; null for everyone else.
   */
  email?: Maybe<Scalars['String']['output']>;
  /** The person's id, the same in every subgraph. */
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD the student left at a September rollover (Year 13 leavers); null while they take part. A leaver cannot sign in. */
  leftOn?: Maybe<Scalars['String']['output']>;
  /** Resolved by partners-governance; null when it does not know the partner. */
  partner?: Maybe<Partner>;
  /** Adults only; visible to the same people as `email`. */
  phone?: Maybe<Scalars['String']['output']>;
  /** One person may hold several roles; a student holds only STUDENT. */
  roles: Array<Role>;
  /** Safeguarding check metadata. Null unless coordinator, the person, or a head or champion of their partner. */
  safeguardingChecks?: Maybe<Array<SafeguardingCheck>>;
  /** Students only (7–13); the platform never stores a date of birth. */
  yearGroup?: Maybe<Scalars['Int']['output']>;
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

/** Entry points for reading the graph. */
export type Query = {
  __typename?: 'Query';
  /**
   * The coordinator or the data protection lead: a person as the subject of their data, to read the
   * access logs about them (`peopleReadsOf`, `eventsReadsOf`) or by them (`…ReadsBy`) without making
   * a subject access request. FORBIDDEN for anyone else.
   */
  dataSubject: DataSubject;
  /**
   * Check-in by name: the people registered for the event (any status but cancelled) whose name
   * starts with `namePrefix`, regardless of case and accents, by name; `first` is capped at 50
   * (default 20). Only for those who may see the event's register: its organisers and teachers in
   * charge, the host partner's heads, champions and teachers (until 30 days after it ends) and the
   * coordinator; FORBIDDEN for anyone else.
   */
  eventRegistrantSearch: Array<Person>;
  /**
   * Whether the person may work with children on `on` (YYYY-MM-DD, default today). Null when the
   * caller may not see their safeguarding data.
   */
  mayWorkWithChildren?: Maybe<ChildrenClearance>;
  /** The signed-in person; null for API-key callers. */
  me?: Maybe<Person>;
  /** The rectification requests the signed-in person made, newest first, at most 100 (empty for anyone else). */
  myRectificationRequests: Array<RectificationRequest>;
  /**
   * The people the caller may see, ordered by display name. `first` defaults to 50 and is capped
   * at 100; `after` is the `endCursor` of the previous page.
   */
  people: PersonConnection;
  /** Null when there is no such person or the caller may not see them. */
  person?: Maybe<Person>;
  /** The coordinator only: what the September rollover for `academicYear` (2026 = 2026/27) would do. Writes nothing. */
  previewRollover: RolloverPreview;
  /**
   * The data protection lead or the coordinator: rectification requests, oldest first, at most 500;
   * only those with `status` (e.g. OPEN) and about `personId` when given. FORBIDDEN for anyone else.
   */
  rectificationRequests: Array<RectificationRequest>;
  /** The coordinator or the data protection lead: the data policy of every service as data, with the retention job's last runs (select each service's field). FORBIDDEN for anyone else. */
  retentionRecord: RetentionRecord;
  /**
   * The coordinator or the data protection lead: a subject access request for `personId`. The
   * answer's `subject` gathers, through the gateway, what every service holds about the person (its
   * `heldBy…` fields); the request itself is recorded in the access log. An unknown or erased person
   * is not an error: `personKnown` is false and the parts hold no records (nothing is held), or only
   * what a service must keep. FORBIDDEN for anyone else.
   */
  subjectAccessRequest: SubjectAccessRequest;
};


/** Entry points for reading the graph. */
export type QueryDataSubjectArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryEventRegistrantSearchArgs = {
  eventId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  namePrefix: Scalars['String']['input'];
};


/** Entry points for reading the graph. */
export type QueryMayWorkWithChildrenArgs = {
  on?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
  yearGroup?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryRectificationRequestsArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RectificationStatus>;
};


/** Entry points for reading the graph. */
export type QuerySubjectAccessRequestArgs = {
  personId: Scalars['ID']['input'];
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
  consent?: Maybe<ConsentRecord>;
  /** Why the input was refused; empty when the record was made. */
  errors: Array<UserError>;
  /** The person's current consent of that kind with the new record counted; null when refused. */
  state?: Maybe<ConsentState>;
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
  check?: Maybe<SafeguardingCheck>;
  /** The person's clearance today with this check counted; null when refused. */
  clearance?: Maybe<ChildrenClearance>;
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
  request?: Maybe<RectificationRequest>;
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
  handledAt?: Maybe<Scalars['String']['output']>;
  /** Who applied or refused it; null while open. */
  handledBy?: Maybe<Scalars['ID']['output']>;
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** Why it was refused; null otherwise. */
  outcomeReason?: Maybe<Scalars['String']['output']>;
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
  person?: Maybe<Person>;
};

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
  /** people's tables, in the order of its data policy. */
  people: Array<RetentionEntry>;
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
  movesTo?: Maybe<Scalars['Int']['output']>;
  /** Resolved by partners-governance; null when it does not know the partner. */
  partner?: Maybe<Partner>;
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
  field?: Maybe<Scalars['String']['output']>;
  /** The line of the file (the header is line 1). */
  line: Scalars['Int']['output'];
  /** What is wrong, without repeating the cell's value. */
  message?: Maybe<Scalars['String']['output']>;
  /** What the row does (or would do). */
  outcome: RosterRowOutcome;
  /** The person matched or (in a real import) created; null for refused rows and dry-run creations. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** Set when REFUSED. */
  reason?: Maybe<RosterRefusal>;
};

/** runRollover's answer. */
export type RunRolloverPayload = {
  __typename?: 'RunRolloverPayload';
  /** Why nobody was moved (ALREADY_ROLLED, INVALID); empty when the rollover ran. */
  errors: Array<UserError>;
  /** What the rollover did; null when refused. */
  rollover?: Maybe<RolloverResult>;
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

/** setPassword's answer. */
export type SetPasswordPayload = {
  __typename?: 'SetPasswordPayload';
  /** Why the password was not set; empty when it was. */
  errors: Array<UserError>;
  /** How many sessions the change ended. */
  revokedSessions: Scalars['Int']['output'];
};

/** The answer of every way to sign in. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** Why sign-in was refused; empty on success. */
  errors: Array<UserError>;
  /** The new session's tokens; null when refused. */
  session?: Maybe<AuthSession>;
};

/** signOut's answer. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** True when a session was ended; false when the token matched no open session (nothing to end). */
  signedOut: Scalars['Boolean']['output'];
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
  person?: Maybe<Person>;
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

/** Why people refused a mutation's input (nothing was changed). */
export type UserErrorCode =
  /** The request was already handled (applied or refused): nothing was changed again. */
  | 'ALREADY_HANDLED'
  /** The rollover has already been run for this academic year (or a later one): nobody was moved. */
  | 'ALREADY_ROLLED'
  /** A consent record must say who gave, refused or withdrew it (`givenBy`). */
  | 'CONSENT_GIVER_REQUIRED'
  /** The roster has a date-of-birth column: the platform never stores one, so the whole file is refused (its values are neither stored nor repeated). */
  | 'DATE_OF_BIRTH_COLUMN'
  /** Someone is already registered with this e-mail address (regardless of case). */
  | 'DUPLICATE_EMAIL'
  /** CHAMPION, HEAD and FINANCE follow group membership in partners-governance: join or leave the group there (only the coordinator may give them when registering someone). */
  | 'GOVERNING_ROLE_FOLLOWS_GROUP'
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
  /** Too many wrong passwords in a row: sign-in with this address is paused for 15 minutes. */
  | 'LOCKED_OUT'
  /** Safeguarding checks are recorded for adults only, never for a student. */
  | 'NOT_AN_ADULT'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** Students have no password: they sign in with a code from their school. */
  | 'NO_PASSWORD_SIGN_IN'
  /** The partner has left the partnership: nothing new can be tied to it. */
  | 'PARTNER_LEFT'
  /** The person left the partnership (a Year 13 leaver): they can no longer sign in. */
  | 'PERSON_LEFT'
  /** No partner with this id is known to the service answering (it may not have heard of a new partner yet). */
  | 'UNKNOWN_PARTNER';



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
  AuthSession: ResolverTypeWrapper<IssuedSession>;
  ChildrenClearance: ResolverTypeWrapper<ClearanceView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConsentDecision: ConsentDecision;
  ConsentGiver: ConsentGiver;
  ConsentKind: ConsentKind;
  ConsentMethod: ConsentMethod;
  ConsentRecord: ResolverTypeWrapper<ConsentRecordEntity>;
  ConsentState: ResolverTypeWrapper<ConsentStateModel>;
  CreateSignInCodePayload: ResolverTypeWrapper<CreateSignInCodePayload>;
  DataSubject: ResolverTypeWrapper<DataSubjectRef>;
  DeadLetterFailureKind: DeadLetterFailureKind;
  DeadLetterReason: ResolverTypeWrapper<DeadLetterReason>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DeadLetterSummary: ResolverTypeWrapper<DeadLetterSummary>;
  ErasePersonPayload: ResolverTypeWrapper<ErasePersonPayload>;
  HeldDataPart: ResolverTypeWrapper<HeldDataPart>;
  HeldField: ResolverTypeWrapper<HeldField>;
  HeldRecord: ResolverTypeWrapper<HeldRecord>;
  ImportRosterInput: ImportRosterInput;
  ImportRosterPayload: ResolverTypeWrapper<ImportRosterPayload>;
  Mutation: ResolverTypeWrapper<{}>;
  Operations: ResolverTypeWrapper<Operations>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRef>;
  Person: ResolverTypeWrapper<PersonEntity>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  Query: ResolverTypeWrapper<{}>;
  RecordConsentInput: RecordConsentInput;
  RecordConsentPayload: ResolverTypeWrapper<Omit<RecordConsentPayload, 'consent' | 'state'> & { consent?: Maybe<ResolversTypes['ConsentRecord']>, state?: Maybe<ResolversTypes['ConsentState']> }>;
  RecordSafeguardingCheckInput: RecordSafeguardingCheckInput;
  RecordSafeguardingCheckPayload: ResolverTypeWrapper<Omit<RecordSafeguardingCheckPayload, 'check' | 'clearance'> & { check?: Maybe<ResolversTypes['SafeguardingCheck']>, clearance?: Maybe<ResolversTypes['ChildrenClearance']> }>;
  RectifiableField: RectifiableField;
  RectificationPayload: ResolverTypeWrapper<Omit<RectificationPayload, 'request'> & { request?: Maybe<ResolversTypes['RectificationRequest']> }>;
  RectificationRequest: ResolverTypeWrapper<RectificationRequestEntity>;
  RectificationStatus: RectificationStatus;
  RegisterPersonInput: RegisterPersonInput;
  RegisterPersonPayload: ResolverTypeWrapper<Omit<RegisterPersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  RequestPasswordResetPayload: ResolverTypeWrapper<RequestPasswordResetPayload>;
  RequestRectificationInput: RequestRectificationInput;
  ResetPasswordPayload: ResolverTypeWrapper<ResetPasswordPayload>;
  RetentionEntry: ResolverTypeWrapper<RetentionEntry>;
  RetentionRecord: ResolverTypeWrapper<DataSubjectRef>;
  RevokeSessionsPayload: ResolverTypeWrapper<RevokeSessionsPayload>;
  Role: Role;
  RolloverGroup: ResolverTypeWrapper<RolloverGroupModel>;
  RolloverPreview: ResolverTypeWrapper<Omit<RolloverPreview, 'groups' | 'leavers'> & { groups: Array<ResolversTypes['RolloverGroup']>, leavers: Array<ResolversTypes['Person']> }>;
  RolloverResult: ResolverTypeWrapper<RolloverResult>;
  RosterImportReport: ResolverTypeWrapper<RosterImportReport>;
  RosterKind: RosterKind;
  RosterRefusal: RosterRefusal;
  RosterRowOutcome: RosterRowOutcome;
  RosterRowResult: ResolverTypeWrapper<RosterRowResult>;
  RunRolloverPayload: ResolverTypeWrapper<RunRolloverPayload>;
  SafeguardingCheck: ResolverTypeWrapper<SafeguardingCheckEntity>;
  SafeguardingCheckKind: SafeguardingCheckKind;
  SetPasswordPayload: ResolverTypeWrapper<SetPasswordPayload>;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  SubjectAccessRequest: ResolverTypeWrapper<Omit<SubjectAccessRequest, 'subject'> & { subject: ResolversTypes['DataSubject'] }>;
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: ResolverTypeWrapper<Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogEntry: AccessLogEntry;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuthSession: IssuedSession;
  ChildrenClearance: ClearanceView;
  Boolean: Scalars['Boolean']['output'];
  ConsentRecord: ConsentRecordEntity;
  ConsentState: ConsentStateModel;
  CreateSignInCodePayload: CreateSignInCodePayload;
  DataSubject: DataSubjectRef;
  DeadLetterReason: DeadLetterReason;
  Int: Scalars['Int']['output'];
  DeadLetterSummary: DeadLetterSummary;
  ErasePersonPayload: ErasePersonPayload;
  HeldDataPart: HeldDataPart;
  HeldField: HeldField;
  HeldRecord: HeldRecord;
  ImportRosterInput: ImportRosterInput;
  ImportRosterPayload: ImportRosterPayload;
  Mutation: {};
  Operations: Operations;
  PageInfo: PageInfo;
  Partner: PartnerRef;
  Person: PersonEntity;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Query: {};
  RecordConsentInput: RecordConsentInput;
  RecordConsentPayload: Omit<RecordConsentPayload, 'consent' | 'state'> & { consent?: Maybe<ResolversParentTypes['ConsentRecord']>, state?: Maybe<ResolversParentTypes['ConsentState']> };
  RecordSafeguardingCheckInput: RecordSafeguardingCheckInput;
  RecordSafeguardingCheckPayload: Omit<RecordSafeguardingCheckPayload, 'check' | 'clearance'> & { check?: Maybe<ResolversParentTypes['SafeguardingCheck']>, clearance?: Maybe<ResolversParentTypes['ChildrenClearance']> };
  RectificationPayload: Omit<RectificationPayload, 'request'> & { request?: Maybe<ResolversParentTypes['RectificationRequest']> };
  RectificationRequest: RectificationRequestEntity;
  RegisterPersonInput: RegisterPersonInput;
  RegisterPersonPayload: Omit<RegisterPersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  RequestPasswordResetPayload: RequestPasswordResetPayload;
  RequestRectificationInput: RequestRectificationInput;
  ResetPasswordPayload: ResetPasswordPayload;
  RetentionEntry: RetentionEntry;
  RetentionRecord: DataSubjectRef;
  RevokeSessionsPayload: RevokeSessionsPayload;
  RolloverGroup: RolloverGroupModel;
  RolloverPreview: Omit<RolloverPreview, 'groups' | 'leavers'> & { groups: Array<ResolversParentTypes['RolloverGroup']>, leavers: Array<ResolversParentTypes['Person']> };
  RolloverResult: RolloverResult;
  RosterImportReport: RosterImportReport;
  RosterRowResult: RosterRowResult;
  RunRolloverPayload: RunRolloverPayload;
  SafeguardingCheck: SafeguardingCheckEntity;
  SetPasswordPayload: SetPasswordPayload;
  SignInPayload: Omit<SignInPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  SignOutPayload: SignOutPayload;
  SubjectAccessRequest: Omit<SubjectAccessRequest, 'subject'> & { subject: ResolversParentTypes['DataSubject'] };
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  UserError: UserError;
};

export type AccessLogEntryResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
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

export type AuthSessionResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['AuthSession'] = ResolversParentTypes['AuthSession']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChildrenClearanceResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['ChildrenClearance'] = ResolversParentTypes['ChildrenClearance']> = {
  basis?: Resolver<Maybe<ResolversTypes['SafeguardingCheckKind']>, ParentType, ContextType>;
  cleared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConsentRecordResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['ConsentRecord'] = ResolversParentTypes['ConsentRecord']> = {
  decision?: Resolver<ResolversTypes['ConsentDecision'], ParentType, ContextType>;
  givenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenBy?: Resolver<ResolversTypes['ConsentGiver'], ParentType, ContextType>;
  giverName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentKind'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ConsentMethod'], ParentType, ContextType>;
  noticeVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConsentStateResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['ConsentState'] = ResolversParentTypes['ConsentState']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['ConsentDecision']>, ParentType, ContextType>;
  givenBy?: Resolver<Maybe<ResolversTypes['ConsentGiver']>, ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentKind'], ParentType, ContextType>;
  noticeVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateSignInCodePayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['CreateSignInCodePayload'] = ResolversParentTypes['CreateSignInCodePayload']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataSubjectResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['DataSubject'] = ResolversParentTypes['DataSubject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataSubject']>, { __typename: 'DataSubject' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  heldByPeople?: Resolver<Array<ResolversTypes['HeldDataPart']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  peopleReadsBy?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  peopleReadsOf?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterReasonResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['DeadLetterReason'] = ResolversParentTypes['DeadLetterReason']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeadLetterFailureKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterSummaryResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['DeadLetterSummary'] = ResolversParentTypes['DeadLetterSummary']> = {
  oldestPendingAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DeadLetterReason']>, ParentType, ContextType>;
  redriven?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ErasePersonPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['ErasePersonPayload'] = ResolversParentTypes['ErasePersonPayload']> = {
  erasedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldDataPartResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['HeldDataPart'] = ResolversParentTypes['HeldDataPart']> = {
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

export type HeldFieldResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['HeldField'] = ResolversParentTypes['HeldField']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldRecordResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['HeldRecord'] = ResolversParentTypes['HeldRecord']> = {
  fields?: Resolver<Array<ResolversTypes['HeldField']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportRosterPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['ImportRosterPayload'] = ResolversParentTypes['ImportRosterPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['RosterImportReport']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyRectification?: Resolver<ResolversTypes['RectificationPayload'], ParentType, ContextType, RequireFields<MutationApplyRectificationArgs, 'id'>>;
  createSignInCode?: Resolver<ResolversTypes['CreateSignInCodePayload'], ParentType, ContextType, RequireFields<MutationCreateSignInCodeArgs, 'personId'>>;
  erasePerson?: Resolver<ResolversTypes['ErasePersonPayload'], ParentType, ContextType, RequireFields<MutationErasePersonArgs, 'id'>>;
  importRoster?: Resolver<ResolversTypes['ImportRosterPayload'], ParentType, ContextType, RequireFields<MutationImportRosterArgs, 'input'>>;
  recordConsent?: Resolver<ResolversTypes['RecordConsentPayload'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  recordSafeguardingCheck?: Resolver<ResolversTypes['RecordSafeguardingCheckPayload'], ParentType, ContextType, RequireFields<MutationRecordSafeguardingCheckArgs, 'input'>>;
  redeemSignInCode?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationRedeemSignInCodeArgs, 'code'>>;
  refreshSession?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  refuseRectification?: Resolver<ResolversTypes['RectificationPayload'], ParentType, ContextType, RequireFields<MutationRefuseRectificationArgs, 'id' | 'reason'>>;
  registerPerson?: Resolver<ResolversTypes['RegisterPersonPayload'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['RequestPasswordResetPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  requestRectification?: Resolver<ResolversTypes['RectificationPayload'], ParentType, ContextType, RequireFields<MutationRequestRectificationArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  revokeSessions?: Resolver<ResolversTypes['RevokeSessionsPayload'], ParentType, ContextType, RequireFields<MutationRevokeSessionsArgs, 'personId'>>;
  runRollover?: Resolver<ResolversTypes['RunRolloverPayload'], ParentType, ContextType, RequireFields<MutationRunRolloverArgs, 'academicYear'>>;
  setPassword?: Resolver<ResolversTypes['SetPasswordPayload'], ParentType, ContextType, RequireFields<MutationSetPasswordArgs, 'newPassword'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType, RequireFields<MutationSignOutArgs, 'refreshToken'>>;
  updatePerson?: Resolver<ResolversTypes['UpdatePersonPayload'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'id' | 'input'>>;
  withdrawMyConsent?: Resolver<ResolversTypes['RecordConsentPayload'], ParentType, ContextType, RequireFields<MutationWithdrawMyConsentArgs, 'kind'>>;
};

export type OperationsResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['Operations'] = ResolversParentTypes['Operations']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Operations']>, { __typename: 'Operations' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  peopleDeadLetters?: Resolver<ResolversTypes['DeadLetterSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']>, { __typename: 'Partner' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<PartnerPeopleArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  consentRecords?: Resolver<Maybe<Array<ResolversTypes['ConsentRecord']>>, ParentType, ContextType>;
  consentState?: Resolver<Maybe<Array<ResolversTypes['ConsentState']>>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  safeguardingChecks?: Resolver<Maybe<Array<ResolversTypes['SafeguardingCheck']>>, ParentType, ContextType>;
  yearGroup?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  dataSubject?: Resolver<ResolversTypes['DataSubject'], ParentType, ContextType, RequireFields<QueryDataSubjectArgs, 'id'>>;
  eventRegistrantSearch?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryEventRegistrantSearchArgs, 'eventId' | 'first' | 'namePrefix'>>;
  mayWorkWithChildren?: Resolver<Maybe<ResolversTypes['ChildrenClearance']>, ParentType, ContextType, RequireFields<QueryMayWorkWithChildrenArgs, 'personId'>>;
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  myRectificationRequests?: Resolver<Array<ResolversTypes['RectificationRequest']>, ParentType, ContextType>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  previewRollover?: Resolver<ResolversTypes['RolloverPreview'], ParentType, ContextType, RequireFields<QueryPreviewRolloverArgs, 'academicYear'>>;
  rectificationRequests?: Resolver<Array<ResolversTypes['RectificationRequest']>, ParentType, ContextType, Partial<QueryRectificationRequestsArgs>>;
  retentionRecord?: Resolver<ResolversTypes['RetentionRecord'], ParentType, ContextType>;
  subjectAccessRequest?: Resolver<ResolversTypes['SubjectAccessRequest'], ParentType, ContextType, RequireFields<QuerySubjectAccessRequestArgs, 'personId'>>;
};

export type RecordConsentPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RecordConsentPayload'] = ResolversParentTypes['RecordConsentPayload']> = {
  consent?: Resolver<Maybe<ResolversTypes['ConsentRecord']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['ConsentState']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordSafeguardingCheckPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RecordSafeguardingCheckPayload'] = ResolversParentTypes['RecordSafeguardingCheckPayload']> = {
  check?: Resolver<Maybe<ResolversTypes['SafeguardingCheck']>, ParentType, ContextType>;
  clearance?: Resolver<Maybe<ResolversTypes['ChildrenClearance']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RectificationPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RectificationPayload'] = ResolversParentTypes['RectificationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['RectificationRequest']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RectificationRequestResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RectificationRequest'] = ResolversParentTypes['RectificationRequest']> = {
  field?: Resolver<ResolversTypes['RectifiableField'], ParentType, ContextType>;
  handledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handledBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcomeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RectificationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegisterPersonPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RegisterPersonPayload'] = ResolversParentTypes['RegisterPersonPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RequestPasswordResetPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RequestPasswordResetPayload'] = ResolversParentTypes['RequestPasswordResetPayload']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResetPasswordPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['ResetPasswordPayload'] = ResolversParentTypes['ResetPasswordPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  passwordSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RetentionEntryResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RetentionEntry'] = ResolversParentTypes['RetentionEntry']> = {
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

export type RetentionRecordResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RetentionRecord'] = ResolversParentTypes['RetentionRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RetentionRecord']>, { __typename: 'RetentionRecord' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['RetentionEntry']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevokeSessionsPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RevokeSessionsPayload'] = ResolversParentTypes['RevokeSessionsPayload']> = {
  revoked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RolloverGroupResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RolloverGroup'] = ResolversParentTypes['RolloverGroup']> = {
  movesTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearGroup?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RolloverPreviewResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RolloverPreview'] = ResolversParentTypes['RolloverPreview']> = {
  academicYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alreadyRolled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['RolloverGroup']>, ParentType, ContextType>;
  leavers?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  leaving?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movingUp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RolloverResultResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RolloverResult'] = ResolversParentTypes['RolloverResult']> = {
  academicYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  left?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movedUp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RosterImportReportResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RosterImportReport'] = ResolversParentTypes['RosterImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RosterKind'], ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['RosterRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RosterRowResultResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RosterRowResult'] = ResolversParentTypes['RosterRowResult']> = {
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['RosterRowOutcome'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['RosterRefusal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RunRolloverPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RunRolloverPayload'] = ResolversParentTypes['RunRolloverPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  rollover?: Resolver<Maybe<ResolversTypes['RolloverResult']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SafeguardingCheckResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['SafeguardingCheck'] = ResolversParentTypes['SafeguardingCheck']> = {
  checkedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SafeguardingCheckKind'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SetPasswordPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['SetPasswordPayload'] = ResolversParentTypes['SetPasswordPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SignInPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['AuthSession']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SignOutPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['SignOutPayload'] = ResolversParentTypes['SignOutPayload']> = {
  signedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectAccessRequestResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['SubjectAccessRequest'] = ResolversParentTypes['SubjectAccessRequest']> = {
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personKnown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['DataSubject'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpdatePersonPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['UpdatePersonPayload'] = ResolversParentTypes['UpdatePersonPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = PeopleContext> = {
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AuthSession?: AuthSessionResolvers<ContextType>;
  ChildrenClearance?: ChildrenClearanceResolvers<ContextType>;
  ConsentRecord?: ConsentRecordResolvers<ContextType>;
  ConsentState?: ConsentStateResolvers<ContextType>;
  CreateSignInCodePayload?: CreateSignInCodePayloadResolvers<ContextType>;
  DataSubject?: DataSubjectResolvers<ContextType>;
  DeadLetterReason?: DeadLetterReasonResolvers<ContextType>;
  DeadLetterSummary?: DeadLetterSummaryResolvers<ContextType>;
  ErasePersonPayload?: ErasePersonPayloadResolvers<ContextType>;
  HeldDataPart?: HeldDataPartResolvers<ContextType>;
  HeldField?: HeldFieldResolvers<ContextType>;
  HeldRecord?: HeldRecordResolvers<ContextType>;
  ImportRosterPayload?: ImportRosterPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Operations?: OperationsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordConsentPayload?: RecordConsentPayloadResolvers<ContextType>;
  RecordSafeguardingCheckPayload?: RecordSafeguardingCheckPayloadResolvers<ContextType>;
  RectificationPayload?: RectificationPayloadResolvers<ContextType>;
  RectificationRequest?: RectificationRequestResolvers<ContextType>;
  RegisterPersonPayload?: RegisterPersonPayloadResolvers<ContextType>;
  RequestPasswordResetPayload?: RequestPasswordResetPayloadResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  RetentionEntry?: RetentionEntryResolvers<ContextType>;
  RetentionRecord?: RetentionRecordResolvers<ContextType>;
  RevokeSessionsPayload?: RevokeSessionsPayloadResolvers<ContextType>;
  RolloverGroup?: RolloverGroupResolvers<ContextType>;
  RolloverPreview?: RolloverPreviewResolvers<ContextType>;
  RolloverResult?: RolloverResultResolvers<ContextType>;
  RosterImportReport?: RosterImportReportResolvers<ContextType>;
  RosterRowResult?: RosterRowResultResolvers<ContextType>;
  RunRolloverPayload?: RunRolloverPayloadResolvers<ContextType>;
  SafeguardingCheck?: SafeguardingCheckResolvers<ContextType>;
  SetPasswordPayload?: SetPasswordPayloadResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  SubjectAccessRequest?: SubjectAccessRequestResolvers<ContextType>;
  UpdatePersonPayload?: UpdatePersonPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

