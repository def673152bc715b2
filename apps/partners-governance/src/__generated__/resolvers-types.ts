import type { GraphQLResolveInfo } from 'graphql';
import type { PartnerEntity } from '../entities/partner.entity';
import type { MouVersionEntity, MouSignatureEntity } from '../entities/mou.entity';
import type { AssociateApplicationEntity, ContributionEntity } from '../entities/associate.entity';
import type { PriorityEntity, AimEntity } from '../entities/priority.entity';
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

/**
 * The partnership's aims. partners-governance owns this list (the `aims` query); events and
 * evaluation keep the same values in their schema enum, which stays stable.
 */
export type Aim =
  | 'COMMUNITY'
  | 'CONFIDENCE'
  | 'RAISING_ASPIRATIONS'
  | 'RESILIENCE'
  | 'WELLBEING'
  | 'WIDENING_HORIZONS';

/** An organisation's application to become an associate partner, decided by the Heads Group. */
export type AssociateApplication = {
  __typename?: 'AssociateApplication';
  /** The contact's role in the organisation (no personal name is kept). */
  contactRole: Scalars['String']['output'];
  /** ISO date of the decision, once decided. */
  decidedOn?: Maybe<Scalars['String']['output']>;
  /** Why it was approved or rejected. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What the organisation offers the partnership. */
  offer: Scalars['String']['output'];
  organisationName: Scalars['String']['output'];
  /** The ASSOCIATE partner created on approval. */
  partner?: Maybe<Partner>;
  /** ISO date the application was received. */
  receivedOn: Scalars['String']['output'];
  status: AssociateApplicationStatus;
  town: Scalars['String']['output'];
};

export type AssociateApplicationInput = {
  /** The contact's role in the organisation, not their name. */
  contactRole: Scalars['String']['input'];
  /** What the organisation offers. */
  offer: Scalars['String']['input'];
  organisationName: Scalars['String']['input'];
  town: Scalars['String']['input'];
};

export type AssociateApplicationPayload = {
  __typename?: 'AssociateApplicationPayload';
  application?: Maybe<AssociateApplication>;
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

/** Something an associate partner contributed, to one event or to an academic year. */
export type Contribution = {
  __typename?: 'Contribution';
  /** The academic year it was for, when not for one event. */
  academicYear?: Maybe<Scalars['String']['output']>;
  /** Sponsorship only: integer pence. */
  amountPence?: Maybe<Scalars['Int']['output']>;
  description: Scalars['String']['output'];
  /** The event it was for (owned by events), when it was for one. */
  eventId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: ContributionKind;
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

export type ContributionPayload = {
  __typename?: 'ContributionPayload';
  contribution?: Maybe<Contribution>;
  errors: Array<UserError>;
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

export type DecideAssociateApplicationInput = {
  applicationId: Scalars['ID']['input'];
  /** True to approve (creates the ASSOCIATE partner), false to reject. */
  approve: Scalars['Boolean']['input'];
  /** Why, as recorded by the Heads Group. */
  reason: Scalars['String']['input'];
};

/** A point in WGS84 degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
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

/** A partner's signature on an MoU version. */
export type MouSignature = {
  __typename?: 'MouSignature';
  id: Scalars['ID']['output'];
  mouVersion: MouVersion;
  partner: Partner;
  /** Who signed; resolved by people under its own visibility rules (null when the caller may not see that person). */
  signedBy?: Maybe<Person>;
  /** ISO date of the signature. */
  signedOn: Scalars['String']['output'];
  /** The signer's role for the partner (e.g. Headteacher, Chair of Governors). */
  signerRole: Scalars['String']['output'];
};

export type MouSignaturePayload = {
  __typename?: 'MouSignaturePayload';
  errors: Array<UserError>;
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
  id: Scalars['ID']['output'];
  /** Exactly one version is current: the latest published. */
  isCurrent: Scalars['Boolean']['output'];
  /** ISO date by which the partnership should renew it, if set. */
  renewalDueOn?: Maybe<Scalars['String']['output']>;
  /** Partners' signatures on this version, by date. */
  signatures: Array<MouSignature>;
  title: Scalars['String']['output'];
};

export type MouVersionPayload = {
  __typename?: 'MouVersionPayload';
  errors: Array<UserError>;
  mouVersion?: Maybe<MouVersion>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Coordinator only. Announces PartnerJoined to every service. */
  createPartner: CreatePartnerPayload;
  /** A head or the coordinator records the Heads Group's decision; approval creates the partner (PartnerJoined). */
  decideAssociateApplication: AssociateApplicationPayload;
  /** Coordinator only. The new version becomes the current one; announces MouVersionPublished. */
  publishMouVersion: MouVersionPayload;
  /** Coordinator only: records an application received from an organisation. */
  recordAssociateApplication: AssociateApplicationPayload;
  /** Coordinator only: records what an associate partner contributed. */
  recordContribution: ContributionPayload;
  /** Coordinator only. Closes the open membership period; announces PartnerLeft. */
  recordPartnerLeaving: PartnerChangePayload;
  /** Coordinator only. Opens a new membership period after the last one; announces PartnerJoined again. */
  recordPartnerRejoining: PartnerChangePayload;
  /** A head or the coordinator sets the Heads Group's priorities for a year. */
  setPriorities: PrioritiesPayload;
  /** The coordinator, or a head or champion of that partner. Announces TermCalendarChanged. */
  setTermCalendar: TermCalendarPayload;
  /** A head for their own partner, or the coordinator for any. Signs the current version; announces MouSigned. */
  signMou: MouSignaturePayload;
  /** Coordinator only. Changes name, kind, town or site; announces PartnerUpdated. */
  updatePartner: PartnerChangePayload;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationDecideAssociateApplicationArgs = {
  input: DecideAssociateApplicationInput;
};


export type MutationPublishMouVersionArgs = {
  input: PublishMouVersionInput;
};


export type MutationRecordAssociateApplicationArgs = {
  input: AssociateApplicationInput;
};


export type MutationRecordContributionArgs = {
  input: RecordContributionInput;
};


export type MutationRecordPartnerLeavingArgs = {
  leftOn: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRecordPartnerRejoiningArgs = {
  joinedOn: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
};


export type MutationSetPrioritiesArgs = {
  input: SetPrioritiesInput;
};


export type MutationSetTermCalendarArgs = {
  input: SetTermCalendarInput;
};


export type MutationSignMouArgs = {
  input: SignMouInput;
};


export type MutationUpdatePartnerArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnerInput;
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
  /** Every stretch of membership, oldest first; joinedOn, leftOn and status are the latest one's. */
  membershipPeriods: Array<MembershipPeriod>;
  /**
   * The partner's signature on the current MoU version, or null. Coordinator, heads and champions;
   * a FORBIDDEN error on this field for anyone else.
   */
  mouSignature?: Maybe<MouSignature>;
  /** Whether the partner has signed the current MoU version (false when none is published). */
  mouSigned: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Derived from kind: teacher swaps pair state and independent sectors. */
  sector: Sector;
  status: PartnerStatus;
  /**
   * The partner's term dates, holidays, INSET days and exam periods for an academic year
   * ("2026-27"), by start date. Coordinator, heads, champions and teachers; FORBIDDEN otherwise.
   */
  termCalendar?: Maybe<Array<TermDate>>;
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
  errors: Array<UserError>;
  partner?: Maybe<Partner>;
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

/** One of the partnership's aims: reference data owned by partners-governance. */
export type PartnershipAim = {
  __typename?: 'PartnershipAim';
  /** The code used by events and evaluation (their `Aim` enum has the same values). */
  code: Aim;
  description: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A person, owned by the people service; referenced here by id only. */
export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
};

export type PrioritiesPayload = {
  __typename?: 'PrioritiesPayload';
  errors: Array<UserError>;
  priorities?: Maybe<Array<Priority>>;
};

/** One of the Heads Group's priorities for an academic year. */
export type Priority = {
  __typename?: 'Priority';
  /** Academic year, e.g. 2026-27. */
  academicYear: Scalars['String']['output'];
  /** The aims this priority serves. */
  aims: Array<Aim>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Order within the year, from 1. */
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type PriorityInput = {
  aims: Array<Aim>;
  description: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

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
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The partnership's aims, in order. Every signed-in caller. */
  aims: Array<PartnershipAim>;
  /** Associate-partner applications, newest first, optionally by status. Coordinator, heads and champions. */
  associateApplications: Array<AssociateApplication>;
  /** The current MoU version, if one is published. Coordinator, heads and champions. */
  currentMou?: Maybe<MouVersion>;
  /** MoU versions whose renewal is due within `withinDays` (default 60) or overdue. Coordinator only. */
  mouRenewalsDue: Array<MouVersion>;
  /** MoU versions, newest first. Coordinator, heads and champions. */
  mouVersions: Array<MouVersion>;
  partner?: Maybe<Partner>;
  /** Partners, by name. Visible to every signed-in caller: it is organisational, not personal, data. */
  partners: Array<Partner>;
  /** Active partners without a signature on the current MoU version (all of them when none is published). Coordinator only. */
  partnersWithoutMouSignature: Array<Partner>;
  /** The Heads Group's priorities for an academic year (e.g. 2026-27), in order. Every signed-in caller. */
  priorities: Array<Priority>;
};


export type QueryAssociateApplicationsArgs = {
  status?: InputMaybe<AssociateApplicationStatus>;
};


export type QueryMouRenewalsDueArgs = {
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  status?: InputMaybe<PartnerStatus>;
};


export type QueryPrioritiesArgs = {
  academicYear: Scalars['String']['input'];
};

export type RecordContributionInput = {
  /** The academic year it was for, e.g. 2026-27; give this or eventId. */
  academicYear?: InputMaybe<Scalars['String']['input']>;
  /** Sponsorship only (and required for it): integer pence, not negative. */
  amountPence?: InputMaybe<Scalars['Int']['input']>;
  description: Scalars['String']['input'];
  /** The event it was for; give this or academicYear. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  kind: ContributionKind;
  /** An ASSOCIATE partner. */
  partnerId: Scalars['ID']['input'];
};

export type Sector =
  | 'COMMUNITY'
  | 'HIGHER_EDUCATION'
  | 'INDEPENDENT'
  | 'STATE';

export type SetPrioritiesInput = {
  /** e.g. 2026-27 */
  academicYear: Scalars['String']['input'];
  /** The whole ordered list for the year; replaces what was there. */
  priorities: Array<PriorityInput>;
};

export type SetTermCalendarInput = {
  /** e.g. 2026-27 (1 August to 31 July); every range must lie inside it. */
  academicYear: Scalars['String']['input'];
  /** The whole calendar for the year; replaces what was there. */
  entries: Array<TermDateInput>;
  partnerId: Scalars['ID']['input'];
};

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

export type TermCalendarPayload = {
  __typename?: 'TermCalendarPayload';
  /** The calendar as saved, by start date. */
  entries?: Maybe<Array<TermDate>>;
  errors: Array<UserError>;
};

/** A date range in a partner's calendar. */
export type TermDate = {
  __typename?: 'TermDate';
  /** ISO date, inclusive. */
  endsOn: Scalars['String']['output'];
  kind: TermDateKind;
  /** A label such as 'Autumn half term'. */
  label?: Maybe<Scalars['String']['output']>;
  /** ISO date, inclusive. */
  startsOn: Scalars['String']['output'];
};

export type TermDateInput = {
  /** ISO date, inclusive, not before startsOn. */
  endsOn: Scalars['String']['input'];
  kind: TermDateKind;
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

export type UpdatePartnerInput = {
  kind?: InputMaybe<PartnerKind>;
  /** Degrees within the UK; give both coordinates, or both null to clear them. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Degrees within the UK; give both coordinates, or both null to clear them. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 2 to 200 characters, unique ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
  town?: InputMaybe<Scalars['String']['input']>;
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
  /** The associate-partner application has already been decided. */
  | 'ALREADY_DECIDED'
  /** The partner has already left (its last membership period is closed), so it cannot leave again. */
  | 'ALREADY_LEFT'
  /** The partner has already signed this MoU version. */
  | 'ALREADY_SIGNED'
  /** A partner with this name (ignoring case) already exists. */
  | 'DUPLICATE'
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** No MoU version has been published yet, so there is nothing to sign. */
  | 'NO_CURRENT_MOU'
  /** The membership period would overlap one the partner already has (rejoining before the last leaving date, or while still a member). */
  | 'OVERLAPPING_PERIOD';



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
  AssociateApplication: ResolverTypeWrapper<AssociateApplicationEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssociateApplicationInput: AssociateApplicationInput;
  AssociateApplicationPayload: ResolverTypeWrapper<Omit<AssociateApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['AssociateApplication']> }>;
  AssociateApplicationStatus: AssociateApplicationStatus;
  Contribution: ResolverTypeWrapper<ContributionEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ContributionKind: ContributionKind;
  ContributionPayload: ResolverTypeWrapper<Omit<ContributionPayload, 'contribution'> & { contribution?: Maybe<ResolversTypes['Contribution']> }>;
  CreatePartnerInput: CreatePartnerInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreatePartnerPayload: ResolverTypeWrapper<Omit<CreatePartnerPayload, 'partner'> & { partner?: Maybe<ResolversTypes['Partner']> }>;
  DecideAssociateApplicationInput: DecideAssociateApplicationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  MembershipPeriod: ResolverTypeWrapper<MembershipPeriod>;
  MouSignature: ResolverTypeWrapper<MouSignatureEntity>;
  MouSignaturePayload: ResolverTypeWrapper<Omit<MouSignaturePayload, 'signature'> & { signature?: Maybe<ResolversTypes['MouSignature']> }>;
  MouVersion: ResolverTypeWrapper<MouVersionEntity>;
  MouVersionPayload: ResolverTypeWrapper<Omit<MouVersionPayload, 'mouVersion'> & { mouVersion?: Maybe<ResolversTypes['MouVersion']> }>;
  Mutation: ResolverTypeWrapper<{}>;
  Partner: ResolverTypeWrapper<PartnerEntity>;
  PartnerChangePayload: ResolverTypeWrapper<Omit<PartnerChangePayload, 'partner'> & { partner?: Maybe<ResolversTypes['Partner']> }>;
  PartnerKind: PartnerKind;
  PartnerStatus: PartnerStatus;
  PartnershipAim: ResolverTypeWrapper<AimEntity>;
  Person: ResolverTypeWrapper<Person>;
  PrioritiesPayload: ResolverTypeWrapper<Omit<PrioritiesPayload, 'priorities'> & { priorities?: Maybe<Array<ResolversTypes['Priority']>> }>;
  Priority: ResolverTypeWrapper<PriorityEntity>;
  PriorityInput: PriorityInput;
  PublishMouVersionInput: PublishMouVersionInput;
  Query: ResolverTypeWrapper<{}>;
  RecordContributionInput: RecordContributionInput;
  Sector: Sector;
  SetPrioritiesInput: SetPrioritiesInput;
  SetTermCalendarInput: SetTermCalendarInput;
  SignMouInput: SignMouInput;
  TermCalendarPayload: ResolverTypeWrapper<TermCalendarPayload>;
  TermDate: ResolverTypeWrapper<TermDate>;
  TermDateInput: TermDateInput;
  TermDateKind: TermDateKind;
  UpdatePartnerInput: UpdatePartnerInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssociateApplication: AssociateApplicationEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AssociateApplicationInput: AssociateApplicationInput;
  AssociateApplicationPayload: Omit<AssociateApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['AssociateApplication']> };
  Contribution: ContributionEntity;
  Int: Scalars['Int']['output'];
  ContributionPayload: Omit<ContributionPayload, 'contribution'> & { contribution?: Maybe<ResolversParentTypes['Contribution']> };
  CreatePartnerInput: CreatePartnerInput;
  Float: Scalars['Float']['output'];
  CreatePartnerPayload: Omit<CreatePartnerPayload, 'partner'> & { partner?: Maybe<ResolversParentTypes['Partner']> };
  DecideAssociateApplicationInput: DecideAssociateApplicationInput;
  Boolean: Scalars['Boolean']['output'];
  GeoPoint: GeoPoint;
  MembershipPeriod: MembershipPeriod;
  MouSignature: MouSignatureEntity;
  MouSignaturePayload: Omit<MouSignaturePayload, 'signature'> & { signature?: Maybe<ResolversParentTypes['MouSignature']> };
  MouVersion: MouVersionEntity;
  MouVersionPayload: Omit<MouVersionPayload, 'mouVersion'> & { mouVersion?: Maybe<ResolversParentTypes['MouVersion']> };
  Mutation: {};
  Partner: PartnerEntity;
  PartnerChangePayload: Omit<PartnerChangePayload, 'partner'> & { partner?: Maybe<ResolversParentTypes['Partner']> };
  PartnershipAim: AimEntity;
  Person: Person;
  PrioritiesPayload: Omit<PrioritiesPayload, 'priorities'> & { priorities?: Maybe<Array<ResolversParentTypes['Priority']>> };
  Priority: PriorityEntity;
  PriorityInput: PriorityInput;
  PublishMouVersionInput: PublishMouVersionInput;
  Query: {};
  RecordContributionInput: RecordContributionInput;
  SetPrioritiesInput: SetPrioritiesInput;
  SetTermCalendarInput: SetTermCalendarInput;
  SignMouInput: SignMouInput;
  TermCalendarPayload: TermCalendarPayload;
  TermDate: TermDate;
  TermDateInput: TermDateInput;
  UpdatePartnerInput: UpdatePartnerInput;
  UserError: UserError;
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

export type GeoPointResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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
  createPartner?: Resolver<ResolversTypes['CreatePartnerPayload'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'input'>>;
  decideAssociateApplication?: Resolver<ResolversTypes['AssociateApplicationPayload'], ParentType, ContextType, RequireFields<MutationDecideAssociateApplicationArgs, 'input'>>;
  publishMouVersion?: Resolver<ResolversTypes['MouVersionPayload'], ParentType, ContextType, RequireFields<MutationPublishMouVersionArgs, 'input'>>;
  recordAssociateApplication?: Resolver<ResolversTypes['AssociateApplicationPayload'], ParentType, ContextType, RequireFields<MutationRecordAssociateApplicationArgs, 'input'>>;
  recordContribution?: Resolver<ResolversTypes['ContributionPayload'], ParentType, ContextType, RequireFields<MutationRecordContributionArgs, 'input'>>;
  recordPartnerLeaving?: Resolver<ResolversTypes['PartnerChangePayload'], ParentType, ContextType, RequireFields<MutationRecordPartnerLeavingArgs, 'leftOn' | 'partnerId' | 'reason'>>;
  recordPartnerRejoining?: Resolver<ResolversTypes['PartnerChangePayload'], ParentType, ContextType, RequireFields<MutationRecordPartnerRejoiningArgs, 'joinedOn' | 'partnerId'>>;
  setPriorities?: Resolver<ResolversTypes['PrioritiesPayload'], ParentType, ContextType, RequireFields<MutationSetPrioritiesArgs, 'input'>>;
  setTermCalendar?: Resolver<ResolversTypes['TermCalendarPayload'], ParentType, ContextType, RequireFields<MutationSetTermCalendarArgs, 'input'>>;
  signMou?: Resolver<ResolversTypes['MouSignaturePayload'], ParentType, ContextType, RequireFields<MutationSignMouArgs, 'input'>>;
  updatePartner?: Resolver<ResolversTypes['PartnerChangePayload'], ParentType, ContextType, RequireFields<MutationUpdatePartnerArgs, 'id' | 'input'>>;
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

export type PartnershipAimResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnershipAim'] = ResolversParentTypes['PartnershipAim']> = {
  code?: Resolver<ResolversTypes['Aim'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

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
  associateApplications?: Resolver<Array<ResolversTypes['AssociateApplication']>, ParentType, ContextType, Partial<QueryAssociateApplicationsArgs>>;
  currentMou?: Resolver<Maybe<ResolversTypes['MouVersion']>, ParentType, ContextType>;
  mouRenewalsDue?: Resolver<Array<ResolversTypes['MouVersion']>, ParentType, ContextType, Partial<QueryMouRenewalsDueArgs>>;
  mouVersions?: Resolver<Array<ResolversTypes['MouVersion']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType, Partial<QueryPartnersArgs>>;
  partnersWithoutMouSignature?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  priorities?: Resolver<Array<ResolversTypes['Priority']>, ParentType, ContextType, RequireFields<QueryPrioritiesArgs, 'academicYear'>>;
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
  AssociateApplication?: AssociateApplicationResolvers<ContextType>;
  AssociateApplicationPayload?: AssociateApplicationPayloadResolvers<ContextType>;
  Contribution?: ContributionResolvers<ContextType>;
  ContributionPayload?: ContributionPayloadResolvers<ContextType>;
  CreatePartnerPayload?: CreatePartnerPayloadResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  MembershipPeriod?: MembershipPeriodResolvers<ContextType>;
  MouSignature?: MouSignatureResolvers<ContextType>;
  MouSignaturePayload?: MouSignaturePayloadResolvers<ContextType>;
  MouVersion?: MouVersionResolvers<ContextType>;
  MouVersionPayload?: MouVersionPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerChangePayload?: PartnerChangePayloadResolvers<ContextType>;
  PartnershipAim?: PartnershipAimResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PrioritiesPayload?: PrioritiesPayloadResolvers<ContextType>;
  Priority?: PriorityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TermCalendarPayload?: TermCalendarPayloadResolvers<ContextType>;
  TermDate?: TermDateResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

