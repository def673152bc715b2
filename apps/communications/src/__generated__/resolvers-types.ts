import type { GraphQLResolveInfo } from 'graphql';
import type { PersonRef, NotificationRow, DeliveryRow, AnnouncementRow } from '../resolvers/schema.mappers';
import type { CommunicationsContext } from '../context';
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
  targetId?: Maybe<Scalars['ID']['output']>;
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
 * A person as the subject of their personal data (UK GDPR): every service that holds personal data
 * contributes what it holds about them, one field per service. Keyed by the person's id only, so
 * what other services still hold is shown even when people no longer knows the person (erased).
 * Only the coordinator or the data protection lead may read the held data (FORBIDDEN otherwise).
 */
export type DataSubject = {
  __typename?: 'DataSubject';
  /** What communications: notifications, e-mail deliveries, notification preferences holds about this person, one part per table (parts with no records included). */
  heldByCommunications: Array<HeldDataPart>;
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
  lastError?: Maybe<Scalars['String']['output']>;
  /** Resolved by people; null when the caller may not see that person. */
  recipient?: Maybe<Person>;
  /** ISO 8601 timestamp; null until sent. */
  sentAt?: Maybe<Scalars['String']['output']>;
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

/** markNotificationsRead's answer. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** Why nothing was marked (INVALID, NOT_FOUND); empty when done. */
  errors: Array<UserError>;
  /** Unread notifications left in the caller's inbox; null when rejected. */
  unreadCount?: Maybe<Scalars['Int']['output']>;
};

/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Marks the caller's own notifications read: those in `ids`, or all of them with `all: true`.
   * Ids that are not the caller's are NOT_FOUND and nothing is marked.
   */
  markNotificationsRead: MarkNotificationsReadPayload;
  /**
   * Posts an announcement: the coordinator and heads to anyone; a champion to their own partner
   * or their partner's events (TARGET_NOT_ALLOWED otherwise). Others are FORBIDDEN. A partner or
   * event this service does not know is NOT_FOUND, and nothing is posted.
   */
  postAnnouncement: PostAnnouncementPayload;
  /** Queues a DEAD (or SKIPPED) e-mail again, attempts reset. The coordinator only. */
  retryDelivery: RetryDeliveryPayload;
  /**
   * The caller's own choice for one category. A mandatory category (SAFEGUARDING, ACCOUNT) can
   * only be IMMEDIATE: anything else is MANDATORY_CATEGORY and nothing changes.
   */
  setNotificationPreference: SetNotificationPreferencePayload;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationMarkNotificationsReadArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationPostAnnouncementArgs = {
  input: PostAnnouncementInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationSetNotificationPreferenceArgs = {
  category: NotificationCategory;
  mode: DeliveryMode;
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
  link?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 timestamp; null while unread. */
  readAt?: Maybe<Scalars['String']['output']>;
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

/**
 * What the platform's operators watch, for the coordinator only (FORBIDDEN for anyone else): one
 * record, to which every service adds its own field.
 */
export type Operations = {
  __typename?: 'Operations';
  /** The dead letters of the communications service's inbox consumer (coordinator only). */
  communicationsDeadLetters: DeadLetterSummary;
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

export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /**
   * How the person is told of each category (a category never chosen is IMMEDIATE). The person
   * themself only: null, with a FORBIDDEN error for this field, for anyone else.
   */
  notificationPreferences?: Maybe<Array<NotificationPreference>>;
  /**
   * The person's in-app notifications, newest first. `first` defaults to 20 and is capped at 100;
   * `after` is the `endCursor` of the previous page; `unreadOnly` leaves out what was read. The
   * person themself only: null, with a FORBIDDEN error for this field, for anyone else.
   */
  notifications?: Maybe<NotificationConnection>;
};


export type PersonNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

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
  announcement?: Maybe<Announcement>;
  /** Why it was not posted; empty when it was. */
  errors: Array<UserError>;
};

/** Entry points for reading the graph. */
export type Query = {
  __typename?: 'Query';
  /**
   * The e-mail delivery log, newest first, for the coordinator (FORBIDDEN for anyone else).
   * `status` filters; `first` defaults to 50 and is capped at 100; `after` is the previous
   * page's `endCursor`.
   */
  deliveryLog: DeliveryConnection;
};


/** Entry points for reading the graph. */
export type QueryDeliveryLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DeliveryStatus>;
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
  /** communications's tables, in the order of its data policy. */
  communications: Array<RetentionEntry>;
  /** Always `partnership`: there is one record. */
  id: Scalars['ID']['output'];
};

/** retryDelivery's answer. */
export type RetryDeliveryPayload = {
  __typename?: 'RetryDeliveryPayload';
  /** The delivery, queued again (PENDING, attempts 0); null when refused. */
  delivery?: Maybe<Delivery>;
  /** Why it was not queued (NOT_FOUND, NOT_RETRYABLE); empty when it was. */
  errors: Array<UserError>;
};

/** setNotificationPreference's answer. */
export type SetNotificationPreferencePayload = {
  __typename?: 'SetNotificationPreferencePayload';
  /** Why nothing changed (MANDATORY_CATEGORY); empty when saved. */
  errors: Array<UserError>;
  /** The choice as saved; null when refused. */
  preference?: Maybe<NotificationPreference>;
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
 * Why communications refused a mutation's input. Every subgraph declares the codes it returns under
 * this one name; the graph's enum is their union.
 */
export type UserErrorCode =
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** Safeguarding and account messages cannot be turned off or delayed. */
  | 'MANDATORY_CATEGORY'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** The delivery is not DEAD or SKIPPED, so there is nothing to retry. */
  | 'NOT_RETRYABLE'
  /** The caller may not address this audience (a champion announces to their own partner and its events only). */
  | 'TARGET_NOT_ALLOWED'
  /** This kind of audience cannot be addressed yet. */
  | 'TARGET_NOT_SUPPORTED';



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
  Announcement: ResolverTypeWrapper<AnnouncementRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnnouncementTargetKind: AnnouncementTargetKind;
  DataSubject: ResolverTypeWrapper<DataSubject>;
  DeadLetterFailureKind: DeadLetterFailureKind;
  DeadLetterReason: ResolverTypeWrapper<DeadLetterReason>;
  DeadLetterSummary: ResolverTypeWrapper<DeadLetterSummary>;
  Delivery: ResolverTypeWrapper<DeliveryRow>;
  DeliveryConnection: ResolverTypeWrapper<Omit<DeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['DeliveryEdge']> }>;
  DeliveryEdge: ResolverTypeWrapper<Omit<DeliveryEdge, 'node'> & { node: ResolversTypes['Delivery'] }>;
  DeliveryMode: DeliveryMode;
  DeliveryStatus: DeliveryStatus;
  HeldDataPart: ResolverTypeWrapper<HeldDataPart>;
  HeldField: ResolverTypeWrapper<HeldField>;
  HeldRecord: ResolverTypeWrapper<HeldRecord>;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  Mutation: ResolverTypeWrapper<{}>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationCategory: NotificationCategory;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationPreference: ResolverTypeWrapper<NotificationPreference>;
  Operations: ResolverTypeWrapper<Operations>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRef>;
  PostAnnouncementInput: PostAnnouncementInput;
  PostAnnouncementPayload: ResolverTypeWrapper<Omit<PostAnnouncementPayload, 'announcement'> & { announcement?: Maybe<ResolversTypes['Announcement']> }>;
  Query: ResolverTypeWrapper<{}>;
  RetentionEntry: ResolverTypeWrapper<RetentionEntry>;
  RetentionRecord: ResolverTypeWrapper<RetentionRecord>;
  RetryDeliveryPayload: ResolverTypeWrapper<Omit<RetryDeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversTypes['Delivery']> }>;
  SetNotificationPreferencePayload: ResolverTypeWrapper<SetNotificationPreferencePayload>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Announcement: AnnouncementRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  DataSubject: DataSubject;
  DeadLetterReason: DeadLetterReason;
  DeadLetterSummary: DeadLetterSummary;
  Delivery: DeliveryRow;
  DeliveryConnection: Omit<DeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeliveryEdge']> };
  DeliveryEdge: Omit<DeliveryEdge, 'node'> & { node: ResolversParentTypes['Delivery'] };
  HeldDataPart: HeldDataPart;
  HeldField: HeldField;
  HeldRecord: HeldRecord;
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  Mutation: {};
  Boolean: Scalars['Boolean']['output'];
  Notification: NotificationRow;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationPreference: NotificationPreference;
  Operations: Operations;
  PageInfo: PageInfo;
  Person: PersonRef;
  PostAnnouncementInput: PostAnnouncementInput;
  PostAnnouncementPayload: Omit<PostAnnouncementPayload, 'announcement'> & { announcement?: Maybe<ResolversParentTypes['Announcement']> };
  Query: {};
  RetentionEntry: RetentionEntry;
  RetentionRecord: RetentionRecord;
  RetryDeliveryPayload: Omit<RetryDeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversParentTypes['Delivery']> };
  SetNotificationPreferencePayload: SetNotificationPreferencePayload;
  UserError: UserError;
};

export type AnnouncementResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['Announcement'] = ResolversParentTypes['Announcement']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipientCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['AnnouncementTargetKind'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataSubjectResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['DataSubject'] = ResolversParentTypes['DataSubject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataSubject']>, { __typename: 'DataSubject' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  heldByCommunications?: Resolver<Array<ResolversTypes['HeldDataPart']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterReasonResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['DeadLetterReason'] = ResolversParentTypes['DeadLetterReason']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeadLetterFailureKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterSummaryResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['DeadLetterSummary'] = ResolversParentTypes['DeadLetterSummary']> = {
  oldestPendingAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DeadLetterReason']>, ParentType, ContextType>;
  redriven?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['Delivery'] = ResolversParentTypes['Delivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['NotificationCategory'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryConnectionResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['DeliveryConnection'] = ResolversParentTypes['DeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryEdgeResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['DeliveryEdge'] = ResolversParentTypes['DeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldDataPartResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['HeldDataPart'] = ResolversParentTypes['HeldDataPart']> = {
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

export type HeldFieldResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['HeldField'] = ResolversParentTypes['HeldField']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldRecordResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['HeldRecord'] = ResolversParentTypes['HeldRecord']> = {
  fields?: Resolver<Array<ResolversTypes['HeldField']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MarkNotificationsReadPayloadResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  unreadCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'all'>>;
  postAnnouncement?: Resolver<ResolversTypes['PostAnnouncementPayload'], ParentType, ContextType, RequireFields<MutationPostAnnouncementArgs, 'input'>>;
  retryDelivery?: Resolver<ResolversTypes['RetryDeliveryPayload'], ParentType, ContextType, RequireFields<MutationRetryDeliveryArgs, 'id'>>;
  setNotificationPreference?: Resolver<ResolversTypes['SetNotificationPreferencePayload'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferenceArgs, 'category' | 'mode'>>;
};

export type NotificationResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['NotificationCategory'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationPreferenceResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = {
  category?: Resolver<ResolversTypes['NotificationCategory'], ParentType, ContextType>;
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['DeliveryMode'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OperationsResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['Operations'] = ResolversParentTypes['Operations']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Operations']>, { __typename: 'Operations' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  communicationsDeadLetters?: Resolver<ResolversTypes['DeadLetterSummary'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notificationPreferences?: Resolver<Maybe<Array<ResolversTypes['NotificationPreference']>>, ParentType, ContextType>;
  notifications?: Resolver<Maybe<ResolversTypes['NotificationConnection']>, ParentType, ContextType, RequireFields<PersonNotificationsArgs, 'first' | 'unreadOnly'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PostAnnouncementPayloadResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['PostAnnouncementPayload'] = ResolversParentTypes['PostAnnouncementPayload']> = {
  announcement?: Resolver<Maybe<ResolversTypes['Announcement']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  deliveryLog?: Resolver<ResolversTypes['DeliveryConnection'], ParentType, ContextType, RequireFields<QueryDeliveryLogArgs, 'first'>>;
};

export type RetentionEntryResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['RetentionEntry'] = ResolversParentTypes['RetentionEntry']> = {
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

export type RetentionRecordResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['RetentionRecord'] = ResolversParentTypes['RetentionRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RetentionRecord']>, { __typename: 'RetentionRecord' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  communications?: Resolver<Array<ResolversTypes['RetentionEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RetryDeliveryPayloadResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['RetryDeliveryPayload'] = ResolversParentTypes['RetryDeliveryPayload']> = {
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SetNotificationPreferencePayloadResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['SetNotificationPreferencePayload'] = ResolversParentTypes['SetNotificationPreferencePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  preference?: Resolver<Maybe<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = CommunicationsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = CommunicationsContext> = {
  Announcement?: AnnouncementResolvers<ContextType>;
  DataSubject?: DataSubjectResolvers<ContextType>;
  DeadLetterReason?: DeadLetterReasonResolvers<ContextType>;
  DeadLetterSummary?: DeadLetterSummaryResolvers<ContextType>;
  Delivery?: DeliveryResolvers<ContextType>;
  DeliveryConnection?: DeliveryConnectionResolvers<ContextType>;
  DeliveryEdge?: DeliveryEdgeResolvers<ContextType>;
  HeldDataPart?: HeldDataPartResolvers<ContextType>;
  HeldField?: HeldFieldResolvers<ContextType>;
  HeldRecord?: HeldRecordResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  Operations?: OperationsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PostAnnouncementPayload?: PostAnnouncementPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RetentionEntry?: RetentionEntryResolvers<ContextType>;
  RetentionRecord?: RetentionRecordResolvers<ContextType>;
  RetryDeliveryPayload?: RetryDeliveryPayloadResolvers<ContextType>;
  SetNotificationPreferencePayload?: SetNotificationPreferencePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

