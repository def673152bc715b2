import type { GraphQLResolveInfo } from 'graphql';
import type { SwapOfferEntity } from '../entities/swap-offer.entity';
import type { SwapRequestEntity } from '../entities/swap-request.entity';
import type { SwapEntity, SwapExplanation } from '../entities/swap.entity';
import type { SwapReflectionEntity } from '../entities/swap-reflection.entity';
import type { SubjectClusterEntity } from '../entities/subject-cluster.entity';
import type { SubjectClusterMemberEntity } from '../entities/subject-cluster-member.entity';
import type { ClusterResourceEntity } from '../entities/cluster-resource.entity';
import type { PersonRef, PartnerRef } from '../resolvers/schema.mappers';
import type { TeacherSwapContext } from '../context';
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

/** A resource a cluster shares: either an https link or a reference to a file held elsewhere. */
export type ClusterResource = {
  __typename?: 'ClusterResource';
  /** Resolved by people; null once erased or when the caller may not see them. */
  addedBy?: Maybe<Person>;
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** The exam course it serves (e.g. an awarding body's specification), if any. */
  examCourse?: Maybe<Scalars['String']['output']>;
  /** Where the file is held; null when the resource is a link. */
  fileReference?: Maybe<Scalars['String']['output']>;
  /** The resource's id. */
  id: Scalars['ID']['output'];
  /** Lower-case. */
  tags: Array<Scalars['String']['output']>;
  /** What the resource is, 1–200 characters. */
  title: Scalars['String']['output'];
  /** An https:// link; null when the resource is a file reference. */
  url?: Maybe<Scalars['String']['output']>;
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
  clusterResource?: Maybe<ClusterResource>;
  /** Why nothing was written; empty on success. */
  errors: Array<UserError>;
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
  swapOffer?: Maybe<SwapOffer>;
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
  swapRequest?: Maybe<SwapRequest>;
};

/**
 * A person as the subject of their personal data (UK GDPR): every service that holds personal data
 * contributes what it holds about them, one field per service. Keyed by the person's id only, so
 * what other services still hold is shown even when people no longer knows the person (erased).
 * Only the coordinator or the data protection lead may read the held data (FORBIDDEN otherwise).
 */
export type DataSubject = {
  __typename?: 'DataSubject';
  /** What teacher-swap: offers, requests, swaps, reflections and subject cluster membership holds about this person, one part per table (parts with no records included). */
  heldByTeacherSwap: Array<HeldDataPart>;
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

/** Which hard rules a pair passed and how its score was made. */
export type MatchExplanation = {
  __typename?: 'MatchExplanation';
  /** Date overlap: 25 × overlap days / 10 (capped at 1), 0–25 points. */
  datesScore: Scalars['Float']['output'];
  /** Straight-line (great-circle) distance between the two schools, in miles to one decimal place. */
  distanceMiles?: Maybe<Scalars['Float']['output']>;
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

/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
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
  /** The coordinator or the host head, once it has happened; emits SwapCompleted. */
  completeSwap: SwapPayload;
  /** The host school's head confirms in writing the visitor's checks; refused without a valid check (NO_VALID_CHECK). */
  confirmSwapChecks: SwapPayload;
  /** The coordinator creates a subject cluster. */
  createSubjectCluster: SubjectClusterPayload;
  /** A teacher offers a swap for themself; their partner must be a state or independent school. */
  createSwapOffer: CreateSwapOfferPayload;
  /** A teacher asks to host a visitor, for themself; same rules as an offer. */
  createSwapRequest: CreateSwapRequestPayload;
  /** A teacher joins a cluster for themself (ALREADY_MEMBER if they have). */
  joinSubjectCluster: SubjectClusterPayload;
  /** A member leaves a cluster (NOT_A_MEMBER if they are not one). */
  leaveSubjectCluster: SubjectClusterPayload;
  /** The coordinator pins a pair by hand; the hard rules still apply (HARD_RULE_BROKEN). */
  proposeSwap: SwapPayload;
  /** Each teacher of a completed swap, once; emits SwapReflected (aims, not text). */
  reflectOnSwap: SwapPayload;
  /** The coordinator matches every open offer and request not yet in a live swap; proposals become PROPOSED swaps. */
  runMatchingRound: RunMatchingRoundPayload;
  /** The coordinator or the host head; emits SwapScheduled (the events programme shows the visit). */
  scheduleSwap: SwapPayload;
  /** Either teacher, either head or the coordinator, before the swap happens; reason 1–500 characters. */
  withdrawSwap: SwapPayload;
  /** The offer's teacher, or the coordinator; only an OPEN offer can be withdrawn. */
  withdrawSwapOffer: WithdrawSwapOfferPayload;
  /** The request's teacher, or the coordinator; only an OPEN request can be withdrawn. */
  withdrawSwapRequest: WithdrawSwapRequestPayload;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAddClusterResourceArgs = {
  clusterId: Scalars['ID']['input'];
  input: AddClusterResourceInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationAddSubjectClusterMemberArgs = {
  id: Scalars['ID']['input'];
  lead?: InputMaybe<Scalars['Boolean']['input']>;
  personId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationApproveSwapArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCompleteSwapArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationConfirmSwapChecksArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationCreateSubjectClusterArgs = {
  input: CreateSubjectClusterInput;
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
export type MutationJoinSubjectClusterArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationLeaveSubjectClusterArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationProposeSwapArgs = {
  offerId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationReflectOnSwapArgs = {
  id: Scalars['ID']['input'];
  input: ReflectOnSwapInput;
};


/** Entry points for changing data; each mutation returns a payload with typed `errors`. */
export type MutationScheduleSwapArgs = {
  id: Scalars['ID']['input'];
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

/**
 * What the platform's operators watch, for the coordinator only (FORBIDDEN for anyone else): one
 * record, to which every service adds its own field.
 */
export type Operations = {
  __typename?: 'Operations';
  /** Always `platform`: there is one operations record. */
  id: Scalars['ID']['output'];
  /** The dead letters of the teacher-swap service's inbox consumer (coordinator only). */
  teacherSwapDeadLetters: DeadLetterSummary;
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
  /** Swaps this partner hosts or sends that the caller may see, newest first; null when the caller sees no swaps at all. */
  swaps?: Maybe<Array<Swap>>;
};

export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /**
   * The person's completed teacher swaps for their CPD record; null unless the caller is the
   * person, the head of their current school or the coordinator.
   */
  swapCpd?: Maybe<SwapCpd>;
  /** The person's offers the caller may see, newest first. */
  swapOffers: Array<SwapOffer>;
  /** The person's swaps the caller may see, newest first; null when the caller sees no swaps at all. */
  swaps?: Maybe<Array<Swap>>;
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

/** Entry points for reading the graph. */
export type Query = {
  __typename?: 'Query';
  /**
   * A cluster's resources, newest first, for its members and the coordinator (others get null
   * with FORBIDDEN). `search` matches title, exam course or a tag (case-insensitive); `tag` one tag
   * exactly. `first` defaults to 20 and `first` is capped at 100; `after` is the `endCursor` of
   * the previous page.
   */
  clusterResources?: Maybe<ClusterResourceConnection>;
  /** Null when there is no such cluster or the caller may not see clusters. */
  subjectCluster?: Maybe<SubjectCluster>;
  /**
   * Subject clusters by name, for teachers, heads and the coordinator (others get null with
   * FORBIDDEN); optionally of one subject (case-insensitive).
   */
  subjectClusters?: Maybe<Array<SubjectCluster>>;
  /** Null when there is no such swap or the caller may not see it. */
  swap?: Maybe<Swap>;
  /** Null when there is no such offer or the caller may not see it. */
  swapOffer?: Maybe<SwapOffer>;
  /**
   * Newest first. The coordinator sees every offer; heads, champions and teachers see open offers
   * only (asking them for WITHDRAWN gives an empty list). Other roles get null, with a FORBIDDEN
   * error for this field only.
   */
  swapOffers?: Maybe<Array<SwapOffer>>;
  /** Null when there is no such request or the caller may not see it. */
  swapRequest?: Maybe<SwapRequest>;
  /**
   * Newest first, visible like offers: the coordinator every request, staff open requests and
   * their own. Other roles get null with FORBIDDEN.
   */
  swapRequests?: Maybe<Array<SwapRequest>>;
  /**
   * Newest first. The coordinator sees every swap, a head their school's (host or visiting), a
   * teacher their own. Other roles get null with FORBIDDEN. `needsReview` keeps only the swaps
   * whose `needsReview` is that value (so for anyone but the coordinator `true` gives none).
   */
  swaps?: Maybe<Array<Swap>>;
};


/** Entry points for reading the graph. */
export type QueryClusterResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading the graph. */
export type QuerySubjectClusterArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QuerySubjectClustersArgs = {
  subject?: InputMaybe<Scalars['String']['input']>;
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
  sector?: InputMaybe<Sector>;
  status?: InputMaybe<SwapOfferStatus>;
};


/** Entry points for reading the graph. */
export type QuerySwapRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. */
export type QuerySwapRequestsArgs = {
  sector?: InputMaybe<Sector>;
  status?: InputMaybe<SwapOfferStatus>;
};


/** Entry points for reading the graph. */
export type QuerySwapsArgs = {
  needsReview?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<SwapStatus>;
};

/** A teacher's reflection on a swap that has happened. */
export type ReflectOnSwapInput = {
  /** The partnership's aims the swap served; may be empty. */
  aims: Array<Aim>;
  /** 1–4000 characters. Stays in teacher-swap: evaluation is told the aims, not the text. */
  text: Scalars['String']['input'];
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
  /** teacher-swap's tables, in the order of its data policy. */
  teacherSwap: Array<RetentionEntry>;
};

/** The result of runMatchingRound. */
export type RunMatchingRoundPayload = {
  __typename?: 'RunMatchingRoundPayload';
  /** Always empty today: a round either proposes (possibly nothing) or is FORBIDDEN. */
  errors: Array<UserError>;
  /** The swaps this round proposed (pairs proposed before are not repeated). */
  proposed: Array<Swap>;
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
  members?: Maybe<Array<SubjectClusterMember>>;
  /** The cluster's name, 1–120 characters. */
  name: Scalars['String']['output'];
  /** Null for a cluster across phases. */
  phase?: Maybe<Phase>;
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
  person?: Maybe<Person>;
};

/** The result of a change to a subject cluster or its membership. */
export type SubjectClusterPayload = {
  __typename?: 'SubjectClusterPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The cluster after the change; null when there are errors. */
  subjectCluster?: Maybe<SubjectCluster>;
};

/**
 * An offer paired with a request: the offering (visiting) teacher spends startsOn–endsOn at the
 * requesting (host) teacher's school. The coordinator sees every swap, a head their school's, a
 * teacher their own; no one else.
 */
export type Swap = {
  __typename?: 'Swap';
  /** ISO 8601 timestamp the host head confirmed the visitor's checks in writing. */
  checksConfirmedAt?: Maybe<Scalars['String']['output']>;
  /** ISO date (UK) the swap was recorded as having happened; null before. */
  completedOn?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 timestamp. */
  createdAt: Scalars['String']['output'];
  /** ISO date: the last day of the overlap of both windows. */
  endsOn: Scalars['String']['output'];
  /** Why the matcher proposed this pair; null for a pinned pair proposed before scoring. */
  explanation?: Maybe<MatchExplanation>;
  /** The host school's head has approved. */
  hostApproved: Scalars['Boolean']['output'];
  /** The host school; resolved by partners-governance, null when the caller may not see it. */
  hostPartner?: Maybe<Partner>;
  /** The host teacher's school when the swap was matched. */
  hostPartnerId: Scalars['ID']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  hostTeacher?: Maybe<Person>;
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
  offer?: Maybe<SwapOffer>;
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
  request?: Maybe<SwapRequest>;
  /** For the coordinator: why needsReview is true (each side, host first); null otherwise. */
  reviewReason?: Maybe<Scalars['String']['output']>;
  /** ISO date: the first day of the overlap of both windows. */
  startsOn: Scalars['String']['output'];
  /** Where the swap is in its lifecycle. */
  status: SwapStatus;
  /** The subjects both teachers share. */
  subjects: Array<Scalars['String']['output']>;
  /** The visiting school's head has approved. */
  visitingApproved: Scalars['Boolean']['output'];
  /** The visitor's school; resolved by partners-governance, null when the caller may not see it. */
  visitingPartner?: Maybe<Partner>;
  /** The visiting teacher's school when the swap was matched. */
  visitingPartnerId: Scalars['ID']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  visitingTeacher?: Maybe<Person>;
  /** Why the swap was withdrawn (1–500 characters); null unless WITHDRAWN. */
  withdrawnReason?: Maybe<Scalars['String']['output']>;
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
  notes?: Maybe<Scalars['String']['output']>;
  /** The phase or key stage the teacher teaches; a match needs the same phase on both sides. */
  phase: Phase;
  /** The sector of the teacher's partner when the offer was made: STATE or INDEPENDENT. */
  sector: Sector;
  /** OPEN while listed (also while in a swap that has not been withdrawn), or WITHDRAWN. */
  status: SwapOfferStatus;
  /** 1–5 subjects, as the teacher names them. */
  subjects: Array<Scalars['String']['output']>;
  /** Resolved by people; null when the caller may not see that person. */
  teacher?: Maybe<Person>;
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
  swap?: Maybe<Swap>;
};

/** A teacher's reflection on a swap they took part in, written once it happened. */
export type SwapReflection = {
  __typename?: 'SwapReflection';
  /** The partnership's aims the teacher says the swap served; may be empty. */
  aims: Array<Aim>;
  /** ISO date. */
  reflectedOn: Scalars['String']['output'];
  /** Resolved by people; null when the caller may not see that person. */
  teacher?: Maybe<Person>;
  /** What the teacher wrote, 1–4000 characters. Stays in teacher-swap: evaluation receives the aims only. */
  text: Scalars['String']['output'];
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
  notes?: Maybe<Scalars['String']['output']>;
  /** The phase or key stage the teacher teaches; a match needs the same phase on both sides. */
  phase: Phase;
  /** STATE or INDEPENDENT, copied from the teacher's partner. */
  sector: Sector;
  /** OPEN while listed (also while in a swap that has not been withdrawn), or WITHDRAWN. */
  status: SwapOfferStatus;
  /** 1–5 subjects, as the teacher names them. */
  subjects: Array<Scalars['String']['output']>;
  /** Resolved by people; null when the caller may not see that person. */
  teacher?: Maybe<Person>;
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
 * Why teacher-swap refused a mutation's input. Every subgraph declares the codes it returns under
 * this one name; the graph's enum is their union.
 */
export type UserErrorCode =
  /** This school or teacher has already taken this step for the swap. */
  | 'ALREADY_DONE'
  /** The person is already a member of this subject cluster. */
  | 'ALREADY_MEMBER'
  /** The pair breaks a hard matching rule (same sector, no shared subject or phase, no date overlap, too far, partner inactive); `message` names it. */
  | 'HARD_RULE_BROKEN'
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** The person is not a member of this subject cluster. */
  | 'NOT_A_MEMBER'
  /** The person making the offer is not registered as a teacher. */
  | 'NOT_A_TEACHER'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** The offer or request is not open (already withdrawn or already in a swap). */
  | 'NOT_OPEN'
  /** The visiting teacher has no safeguarding check (as the people service reports it) valid through the swap's last day. */
  | 'NO_VALID_CHECK'
  /** The partner has left the partnership: nothing new can be tied to it. */
  | 'PARTNER_LEFT'
  /** The swap's status does not allow this step (e.g. scheduling before the checks are confirmed, reflecting before it happened). */
  | 'SWAP_STEP_NOT_ALLOWED'
  /** No partner with this id is known to the service answering (it may not have heard of a new partner yet). */
  | 'UNKNOWN_PARTNER'
  /** Teacher swaps have not heard of this teacher from people yet (try again shortly). */
  | 'UNKNOWN_TEACHER'
  /** The teacher's partner is neither a state nor an independent school: swaps cross those two sectors. */
  | 'WRONG_SECTOR';

/** The result of withdrawSwapOffer. */
export type WithdrawSwapOfferPayload = {
  __typename?: 'WithdrawSwapOfferPayload';
  /** Why nothing changed (NOT_FOUND, NOT_OPEN); empty on success. */
  errors: Array<UserError>;
  /** The offer, now WITHDRAWN; null when there are errors. */
  swapOffer?: Maybe<SwapOffer>;
};

/** The result of withdrawSwapRequest. */
export type WithdrawSwapRequestPayload = {
  __typename?: 'WithdrawSwapRequestPayload';
  /** Why nothing changed (NOT_FOUND, NOT_OPEN); empty on success. */
  errors: Array<UserError>;
  /** The request, now WITHDRAWN; null when there are errors. */
  swapRequest?: Maybe<SwapRequest>;
};



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
  AddClusterResourceInput: AddClusterResourceInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Aim: Aim;
  ClusterResource: ResolverTypeWrapper<ClusterResourceEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ClusterResourceConnection: ResolverTypeWrapper<Omit<ClusterResourceConnection, 'edges'> & { edges: Array<ResolversTypes['ClusterResourceEdge']> }>;
  ClusterResourceEdge: ResolverTypeWrapper<Omit<ClusterResourceEdge, 'node'> & { node: ResolversTypes['ClusterResource'] }>;
  ClusterResourcePayload: ResolverTypeWrapper<Omit<ClusterResourcePayload, 'clusterResource'> & { clusterResource?: Maybe<ResolversTypes['ClusterResource']> }>;
  CreateSubjectClusterInput: CreateSubjectClusterInput;
  CreateSwapOfferInput: CreateSwapOfferInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateSwapOfferPayload: ResolverTypeWrapper<Omit<CreateSwapOfferPayload, 'swapOffer'> & { swapOffer?: Maybe<ResolversTypes['SwapOffer']> }>;
  CreateSwapRequestInput: CreateSwapRequestInput;
  CreateSwapRequestPayload: ResolverTypeWrapper<Omit<CreateSwapRequestPayload, 'swapRequest'> & { swapRequest?: Maybe<ResolversTypes['SwapRequest']> }>;
  DataSubject: ResolverTypeWrapper<DataSubject>;
  DeadLetterFailureKind: DeadLetterFailureKind;
  DeadLetterReason: ResolverTypeWrapper<DeadLetterReason>;
  DeadLetterSummary: ResolverTypeWrapper<DeadLetterSummary>;
  HeldDataPart: ResolverTypeWrapper<HeldDataPart>;
  HeldField: ResolverTypeWrapper<HeldField>;
  HeldRecord: ResolverTypeWrapper<HeldRecord>;
  MatchExplanation: ResolverTypeWrapper<SwapExplanation>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<{}>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Operations: ResolverTypeWrapper<Operations>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRef>;
  Person: ResolverTypeWrapper<PersonRef>;
  Phase: Phase;
  Query: ResolverTypeWrapper<{}>;
  ReflectOnSwapInput: ReflectOnSwapInput;
  RetentionEntry: ResolverTypeWrapper<RetentionEntry>;
  RetentionRecord: ResolverTypeWrapper<RetentionRecord>;
  RunMatchingRoundPayload: ResolverTypeWrapper<Omit<RunMatchingRoundPayload, 'proposed'> & { proposed: Array<ResolversTypes['Swap']> }>;
  Sector: Sector;
  SubjectCluster: ResolverTypeWrapper<SubjectClusterEntity>;
  SubjectClusterMember: ResolverTypeWrapper<SubjectClusterMemberEntity>;
  SubjectClusterPayload: ResolverTypeWrapper<Omit<SubjectClusterPayload, 'subjectCluster'> & { subjectCluster?: Maybe<ResolversTypes['SubjectCluster']> }>;
  Swap: ResolverTypeWrapper<SwapEntity>;
  SwapCpd: ResolverTypeWrapper<SwapCpd>;
  SwapOffer: ResolverTypeWrapper<SwapOfferEntity>;
  SwapOfferStatus: SwapOfferStatus;
  SwapPayload: ResolverTypeWrapper<Omit<SwapPayload, 'swap'> & { swap?: Maybe<ResolversTypes['Swap']> }>;
  SwapReflection: ResolverTypeWrapper<SwapReflectionEntity>;
  SwapRequest: ResolverTypeWrapper<SwapRequestEntity>;
  SwapStatus: SwapStatus;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  WithdrawSwapOfferPayload: ResolverTypeWrapper<Omit<WithdrawSwapOfferPayload, 'swapOffer'> & { swapOffer?: Maybe<ResolversTypes['SwapOffer']> }>;
  WithdrawSwapRequestPayload: ResolverTypeWrapper<Omit<WithdrawSwapRequestPayload, 'swapRequest'> & { swapRequest?: Maybe<ResolversTypes['SwapRequest']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddClusterResourceInput: AddClusterResourceInput;
  String: Scalars['String']['output'];
  ClusterResource: ClusterResourceEntity;
  ID: Scalars['ID']['output'];
  ClusterResourceConnection: Omit<ClusterResourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClusterResourceEdge']> };
  ClusterResourceEdge: Omit<ClusterResourceEdge, 'node'> & { node: ResolversParentTypes['ClusterResource'] };
  ClusterResourcePayload: Omit<ClusterResourcePayload, 'clusterResource'> & { clusterResource?: Maybe<ResolversParentTypes['ClusterResource']> };
  CreateSubjectClusterInput: CreateSubjectClusterInput;
  CreateSwapOfferInput: CreateSwapOfferInput;
  Int: Scalars['Int']['output'];
  CreateSwapOfferPayload: Omit<CreateSwapOfferPayload, 'swapOffer'> & { swapOffer?: Maybe<ResolversParentTypes['SwapOffer']> };
  CreateSwapRequestInput: CreateSwapRequestInput;
  CreateSwapRequestPayload: Omit<CreateSwapRequestPayload, 'swapRequest'> & { swapRequest?: Maybe<ResolversParentTypes['SwapRequest']> };
  DataSubject: DataSubject;
  DeadLetterReason: DeadLetterReason;
  DeadLetterSummary: DeadLetterSummary;
  HeldDataPart: HeldDataPart;
  HeldField: HeldField;
  HeldRecord: HeldRecord;
  MatchExplanation: SwapExplanation;
  Float: Scalars['Float']['output'];
  Mutation: {};
  Boolean: Scalars['Boolean']['output'];
  Operations: Operations;
  PageInfo: PageInfo;
  Partner: PartnerRef;
  Person: PersonRef;
  Query: {};
  ReflectOnSwapInput: ReflectOnSwapInput;
  RetentionEntry: RetentionEntry;
  RetentionRecord: RetentionRecord;
  RunMatchingRoundPayload: Omit<RunMatchingRoundPayload, 'proposed'> & { proposed: Array<ResolversParentTypes['Swap']> };
  SubjectCluster: SubjectClusterEntity;
  SubjectClusterMember: SubjectClusterMemberEntity;
  SubjectClusterPayload: Omit<SubjectClusterPayload, 'subjectCluster'> & { subjectCluster?: Maybe<ResolversParentTypes['SubjectCluster']> };
  Swap: SwapEntity;
  SwapCpd: SwapCpd;
  SwapOffer: SwapOfferEntity;
  SwapPayload: Omit<SwapPayload, 'swap'> & { swap?: Maybe<ResolversParentTypes['Swap']> };
  SwapReflection: SwapReflectionEntity;
  SwapRequest: SwapRequestEntity;
  UserError: UserError;
  WithdrawSwapOfferPayload: Omit<WithdrawSwapOfferPayload, 'swapOffer'> & { swapOffer?: Maybe<ResolversParentTypes['SwapOffer']> };
  WithdrawSwapRequestPayload: Omit<WithdrawSwapRequestPayload, 'swapRequest'> & { swapRequest?: Maybe<ResolversParentTypes['SwapRequest']> };
};

export type ClusterResourceResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['ClusterResource'] = ResolversParentTypes['ClusterResource']> = {
  addedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examCourse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClusterResourceConnectionResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['ClusterResourceConnection'] = ResolversParentTypes['ClusterResourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClusterResourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClusterResourceEdgeResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['ClusterResourceEdge'] = ResolversParentTypes['ClusterResourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ClusterResource'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClusterResourcePayloadResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['ClusterResourcePayload'] = ResolversParentTypes['ClusterResourcePayload']> = {
  clusterResource?: Resolver<Maybe<ResolversTypes['ClusterResource']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateSwapOfferPayloadResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['CreateSwapOfferPayload'] = ResolversParentTypes['CreateSwapOfferPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  swapOffer?: Resolver<Maybe<ResolversTypes['SwapOffer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateSwapRequestPayloadResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['CreateSwapRequestPayload'] = ResolversParentTypes['CreateSwapRequestPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  swapRequest?: Resolver<Maybe<ResolversTypes['SwapRequest']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataSubjectResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['DataSubject'] = ResolversParentTypes['DataSubject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataSubject']>, { __typename: 'DataSubject' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  heldByTeacherSwap?: Resolver<Array<ResolversTypes['HeldDataPart']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterReasonResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['DeadLetterReason'] = ResolversParentTypes['DeadLetterReason']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeadLetterFailureKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterSummaryResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['DeadLetterSummary'] = ResolversParentTypes['DeadLetterSummary']> = {
  oldestPendingAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DeadLetterReason']>, ParentType, ContextType>;
  redriven?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldDataPartResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['HeldDataPart'] = ResolversParentTypes['HeldDataPart']> = {
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

export type HeldFieldResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['HeldField'] = ResolversParentTypes['HeldField']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldRecordResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['HeldRecord'] = ResolversParentTypes['HeldRecord']> = {
  fields?: Resolver<Array<ResolversTypes['HeldField']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchExplanationResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['MatchExplanation'] = ResolversParentTypes['MatchExplanation']> = {
  datesScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  distanceMiles?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  distanceScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overlapDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subjectScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  waitingScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addClusterResource?: Resolver<ResolversTypes['ClusterResourcePayload'], ParentType, ContextType, RequireFields<MutationAddClusterResourceArgs, 'clusterId' | 'input'>>;
  addSubjectClusterMember?: Resolver<ResolversTypes['SubjectClusterPayload'], ParentType, ContextType, RequireFields<MutationAddSubjectClusterMemberArgs, 'id' | 'lead' | 'personId'>>;
  approveSwap?: Resolver<ResolversTypes['SwapPayload'], ParentType, ContextType, RequireFields<MutationApproveSwapArgs, 'id'>>;
  completeSwap?: Resolver<ResolversTypes['SwapPayload'], ParentType, ContextType, RequireFields<MutationCompleteSwapArgs, 'id'>>;
  confirmSwapChecks?: Resolver<ResolversTypes['SwapPayload'], ParentType, ContextType, RequireFields<MutationConfirmSwapChecksArgs, 'id'>>;
  createSubjectCluster?: Resolver<ResolversTypes['SubjectClusterPayload'], ParentType, ContextType, RequireFields<MutationCreateSubjectClusterArgs, 'input'>>;
  createSwapOffer?: Resolver<ResolversTypes['CreateSwapOfferPayload'], ParentType, ContextType, RequireFields<MutationCreateSwapOfferArgs, 'input'>>;
  createSwapRequest?: Resolver<ResolversTypes['CreateSwapRequestPayload'], ParentType, ContextType, RequireFields<MutationCreateSwapRequestArgs, 'input'>>;
  joinSubjectCluster?: Resolver<ResolversTypes['SubjectClusterPayload'], ParentType, ContextType, RequireFields<MutationJoinSubjectClusterArgs, 'id'>>;
  leaveSubjectCluster?: Resolver<ResolversTypes['SubjectClusterPayload'], ParentType, ContextType, RequireFields<MutationLeaveSubjectClusterArgs, 'id'>>;
  proposeSwap?: Resolver<ResolversTypes['SwapPayload'], ParentType, ContextType, RequireFields<MutationProposeSwapArgs, 'offerId' | 'requestId'>>;
  reflectOnSwap?: Resolver<ResolversTypes['SwapPayload'], ParentType, ContextType, RequireFields<MutationReflectOnSwapArgs, 'id' | 'input'>>;
  runMatchingRound?: Resolver<ResolversTypes['RunMatchingRoundPayload'], ParentType, ContextType>;
  scheduleSwap?: Resolver<ResolversTypes['SwapPayload'], ParentType, ContextType, RequireFields<MutationScheduleSwapArgs, 'id'>>;
  withdrawSwap?: Resolver<ResolversTypes['SwapPayload'], ParentType, ContextType, RequireFields<MutationWithdrawSwapArgs, 'id' | 'reason'>>;
  withdrawSwapOffer?: Resolver<ResolversTypes['WithdrawSwapOfferPayload'], ParentType, ContextType, RequireFields<MutationWithdrawSwapOfferArgs, 'id'>>;
  withdrawSwapRequest?: Resolver<ResolversTypes['WithdrawSwapRequestPayload'], ParentType, ContextType, RequireFields<MutationWithdrawSwapRequestArgs, 'id'>>;
};

export type OperationsResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['Operations'] = ResolversParentTypes['Operations']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Operations']>, { __typename: 'Operations' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  teacherSwapDeadLetters?: Resolver<ResolversTypes['DeadLetterSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']>, { __typename: 'Partner' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  swaps?: Resolver<Maybe<Array<ResolversTypes['Swap']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  swapCpd?: Resolver<Maybe<ResolversTypes['SwapCpd']>, ParentType, ContextType>;
  swapOffers?: Resolver<Array<ResolversTypes['SwapOffer']>, ParentType, ContextType>;
  swaps?: Resolver<Maybe<Array<ResolversTypes['Swap']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  clusterResources?: Resolver<Maybe<ResolversTypes['ClusterResourceConnection']>, ParentType, ContextType, RequireFields<QueryClusterResourcesArgs, 'clusterId' | 'first'>>;
  subjectCluster?: Resolver<Maybe<ResolversTypes['SubjectCluster']>, ParentType, ContextType, RequireFields<QuerySubjectClusterArgs, 'id'>>;
  subjectClusters?: Resolver<Maybe<Array<ResolversTypes['SubjectCluster']>>, ParentType, ContextType, Partial<QuerySubjectClustersArgs>>;
  swap?: Resolver<Maybe<ResolversTypes['Swap']>, ParentType, ContextType, RequireFields<QuerySwapArgs, 'id'>>;
  swapOffer?: Resolver<Maybe<ResolversTypes['SwapOffer']>, ParentType, ContextType, RequireFields<QuerySwapOfferArgs, 'id'>>;
  swapOffers?: Resolver<Maybe<Array<ResolversTypes['SwapOffer']>>, ParentType, ContextType, Partial<QuerySwapOffersArgs>>;
  swapRequest?: Resolver<Maybe<ResolversTypes['SwapRequest']>, ParentType, ContextType, RequireFields<QuerySwapRequestArgs, 'id'>>;
  swapRequests?: Resolver<Maybe<Array<ResolversTypes['SwapRequest']>>, ParentType, ContextType, Partial<QuerySwapRequestsArgs>>;
  swaps?: Resolver<Maybe<Array<ResolversTypes['Swap']>>, ParentType, ContextType, Partial<QuerySwapsArgs>>;
};

export type RetentionEntryResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['RetentionEntry'] = ResolversParentTypes['RetentionEntry']> = {
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

export type RetentionRecordResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['RetentionRecord'] = ResolversParentTypes['RetentionRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RetentionRecord']>, { __typename: 'RetentionRecord' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  teacherSwap?: Resolver<Array<ResolversTypes['RetentionEntry']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RunMatchingRoundPayloadResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['RunMatchingRoundPayload'] = ResolversParentTypes['RunMatchingRoundPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  proposed?: Resolver<Array<ResolversTypes['Swap']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectClusterResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['SubjectCluster'] = ResolversParentTypes['SubjectCluster']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['SubjectClusterMember']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['Phase']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectClusterMemberResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['SubjectClusterMember'] = ResolversParentTypes['SubjectClusterMember']> = {
  joinedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectClusterPayloadResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['SubjectClusterPayload'] = ResolversParentTypes['SubjectClusterPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  subjectCluster?: Resolver<Maybe<ResolversTypes['SubjectCluster']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SwapResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['Swap'] = ResolversParentTypes['Swap']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Swap']>, { __typename: 'Swap' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  checksConfirmedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['MatchExplanation']>, ParentType, ContextType>;
  hostApproved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hostPartner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  hostPartnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hostTeacher?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needsReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['SwapOffer']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['Phase'], ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reflections?: Resolver<Array<ResolversTypes['SwapReflection']>, ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['SwapRequest']>, ParentType, ContextType>;
  reviewReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SwapStatus'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  visitingApproved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  visitingPartner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  visitingPartnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  visitingTeacher?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  withdrawnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SwapCpdResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['SwapCpd'] = ResolversParentTypes['SwapCpd']> = {
  completedSwaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hosted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SwapOfferResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['SwapOffer'] = ResolversParentTypes['SwapOffer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SwapOffer']>, { __typename: 'SwapOffer' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  availableFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  availableTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxTravelMiles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['Phase'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SwapOfferStatus'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  teacher?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SwapPayloadResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['SwapPayload'] = ResolversParentTypes['SwapPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  swap?: Resolver<Maybe<ResolversTypes['Swap']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SwapReflectionResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['SwapReflection'] = ResolversParentTypes['SwapReflection']> = {
  aims?: Resolver<Array<ResolversTypes['Aim']>, ParentType, ContextType>;
  reflectedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teacher?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SwapRequestResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['SwapRequest'] = ResolversParentTypes['SwapRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SwapRequest']>, { __typename: 'SwapRequest' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  availableFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  availableTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxTravelMiles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['Phase'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SwapOfferStatus'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  teacher?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WithdrawSwapOfferPayloadResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['WithdrawSwapOfferPayload'] = ResolversParentTypes['WithdrawSwapOfferPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  swapOffer?: Resolver<Maybe<ResolversTypes['SwapOffer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WithdrawSwapRequestPayloadResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['WithdrawSwapRequestPayload'] = ResolversParentTypes['WithdrawSwapRequestPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  swapRequest?: Resolver<Maybe<ResolversTypes['SwapRequest']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = TeacherSwapContext> = {
  ClusterResource?: ClusterResourceResolvers<ContextType>;
  ClusterResourceConnection?: ClusterResourceConnectionResolvers<ContextType>;
  ClusterResourceEdge?: ClusterResourceEdgeResolvers<ContextType>;
  ClusterResourcePayload?: ClusterResourcePayloadResolvers<ContextType>;
  CreateSwapOfferPayload?: CreateSwapOfferPayloadResolvers<ContextType>;
  CreateSwapRequestPayload?: CreateSwapRequestPayloadResolvers<ContextType>;
  DataSubject?: DataSubjectResolvers<ContextType>;
  DeadLetterReason?: DeadLetterReasonResolvers<ContextType>;
  DeadLetterSummary?: DeadLetterSummaryResolvers<ContextType>;
  HeldDataPart?: HeldDataPartResolvers<ContextType>;
  HeldField?: HeldFieldResolvers<ContextType>;
  HeldRecord?: HeldRecordResolvers<ContextType>;
  MatchExplanation?: MatchExplanationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Operations?: OperationsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RetentionEntry?: RetentionEntryResolvers<ContextType>;
  RetentionRecord?: RetentionRecordResolvers<ContextType>;
  RunMatchingRoundPayload?: RunMatchingRoundPayloadResolvers<ContextType>;
  SubjectCluster?: SubjectClusterResolvers<ContextType>;
  SubjectClusterMember?: SubjectClusterMemberResolvers<ContextType>;
  SubjectClusterPayload?: SubjectClusterPayloadResolvers<ContextType>;
  Swap?: SwapResolvers<ContextType>;
  SwapCpd?: SwapCpdResolvers<ContextType>;
  SwapOffer?: SwapOfferResolvers<ContextType>;
  SwapPayload?: SwapPayloadResolvers<ContextType>;
  SwapReflection?: SwapReflectionResolvers<ContextType>;
  SwapRequest?: SwapRequestResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WithdrawSwapOfferPayload?: WithdrawSwapOfferPayloadResolvers<ContextType>;
  WithdrawSwapRequestPayload?: WithdrawSwapRequestPayloadResolvers<ContextType>;
};

