import type { GraphQLResolveInfo } from 'graphql';
import type { PersonEntity } from '../entities/person.entity';
import type { PartnerRef, ClearanceView } from '../resolvers/schema.mappers';
import type { ConsentRecordEntity } from '../entities/consent-record.entity';
import type { ConsentState as ConsentStateModel } from '../domain/consent-state';
import type { SafeguardingCheckEntity } from '../entities/safeguarding-check.entity';
import type { IssuedSession } from '../use-cases/issue-session';
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

export type ChildrenClearance = {
  __typename?: 'ChildrenClearance';
  basis?: Maybe<SafeguardingCheckKind>;
  /** An enhanced DBS with barred list, or the employer's written confirmation, valid that day. */
  cleared: Scalars['Boolean']['output'];
  /** YYYY-MM-DD the answer is for */
  on: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  validUntil?: Maybe<Scalars['String']['output']>;
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
  giverName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ConsentKind;
  method: ConsentMethod;
  noticeVersion?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date-time. */
  recordedAt: Scalars['String']['output'];
};

export type ConsentState = {
  __typename?: 'ConsentState';
  decidedAt?: Maybe<Scalars['String']['output']>;
  decision?: Maybe<ConsentDecision>;
  givenBy?: Maybe<ConsentGiver>;
  /** True only while the latest record grants it; false with no record at all. */
  granted: Scalars['Boolean']['output'];
  kind: ConsentKind;
  noticeVersion?: Maybe<Scalars['String']['output']>;
};

export type CreateSignInCodePayload = {
  __typename?: 'CreateSignInCodePayload';
  /** Shown once: give it to the person; it works once, within 15 minutes. */
  code?: Maybe<Scalars['String']['output']>;
  errors: Array<UserError>;
  expiresAt?: Maybe<Scalars['String']['output']>;
};

export type ErasePersonPayload = {
  __typename?: 'ErasePersonPayload';
  erasedId?: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The coordinator; heads and champions for their partner's people; teachers for their partner's students. */
  createSignInCode: CreateSignInCodePayload;
  /** The coordinator only. Deletes the person everywhere (PersonErased), keeping only what the retention policy names. */
  erasePerson: ErasePersonPayload;
  /**
   * The coordinator, or a head or champion of the person's partner. The person themself may record
   * their own REFUSED or WITHDRAWN (givenBy STUDENT or SELF, method ONLINE, no givenAt), never
   * GRANTED (FORBIDDEN). Announces ConsentChanged when the state changes.
   */
  recordConsent: RecordConsentPayload;
  /** The coordinator, or a head or champion of the person's partner; adults only. */
  recordSafeguardingCheck: RecordSafeguardingCheckPayload;
  /** No token needed. A code from the person's school; error INVALID_CODE. */
  redeemSignInCode: SignInPayload;
  /** No token needed. Rotates the refresh token; reusing an old one ends the session. */
  refreshSession: SignInPayload;
  /**
   * The coordinator, or a head or champion of the same partner (who may not grant COORDINATOR).
   * Announces PersonRegistered (ids, roles and year group only) to every service.
   */
  registerPerson: RegisterPersonPayload;
  /**
   * No token needed. E-mails a reset link (valid one hour, once) when the address belongs to an
   * adult here; the answer is the same either way, so nobody can learn who has an account.
   */
  requestPasswordReset: RequestPasswordResetPayload;
  /**
   * No token needed. Sets a new password (at least 12 characters) with the token from a reset link;
   * every session of the person ends. INVALID_RESET_TOKEN when the token is wrong, used or expired.
   */
  resetPassword: ResetPasswordPayload;
  /** The coordinator or the person: signs them out everywhere. */
  revokeSessions: RevokeSessionsPayload;
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
};


export type MutationCreateSignInCodeArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationErasePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRecordSafeguardingCheckArgs = {
  input: RecordSafeguardingCheckInput;
};


export type MutationRedeemSignInCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeSessionsArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationSetPasswordArgs = {
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  newPassword: Scalars['String']['input'];
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignOutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


export type MutationWithdrawMyConsentArgs = {
  kind: ConsentKind;
  noticeVersion?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Partner = {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
  /** The partner's people visible to the caller, by name; optionally only those holding `role`. */
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
  displayName: Scalars['String']['output'];
  /**
   * Adults only. Visible to the person themself, the coordinator, and the head or champions of the
   * person's own partner; null for everyone else.
   */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
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

export type Query = {
  __typename?: 'Query';
  /**
   * Whether the person may work with children on `on` (YYYY-MM-DD, default today). Null when the
   * caller may not see their safeguarding data.
   */
  mayWorkWithChildren?: Maybe<ChildrenClearance>;
  /** The signed-in person; null for API-key callers. */
  me?: Maybe<Person>;
  /**
   * The people the caller may see, ordered by display name. `first` defaults to 50 and is capped
   * at 100; `after` is the `endCursor` of the previous page.
   */
  people: PersonConnection;
  /** Null when there is no such person or the caller may not see them. */
  person?: Maybe<Person>;
};


export type QueryMayWorkWithChildrenArgs = {
  on?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
  yearGroup?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
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
  consent?: Maybe<ConsentRecord>;
  errors: Array<UserError>;
  state?: Maybe<ConsentState>;
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
  check?: Maybe<SafeguardingCheck>;
  clearance?: Maybe<ChildrenClearance>;
  errors: Array<UserError>;
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
  person?: Maybe<Person>;
};

/** requestPasswordReset's answer: the same for every address. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** Always true once the address is well-formed: says nothing about whether it is known. */
  accepted: Scalars['Boolean']['output'];
  errors: Array<UserError>;
};

/** resetPassword's answer. */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  errors: Array<UserError>;
  /** True when the new password is set. */
  passwordSet: Scalars['Boolean']['output'];
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

export type SetPasswordPayload = {
  __typename?: 'SetPasswordPayload';
  errors: Array<UserError>;
  /** How many sessions the change ended. */
  revokedSessions: Scalars['Int']['output'];
};

export type SignInPayload = {
  __typename?: 'SignInPayload';
  errors: Array<UserError>;
  session?: Maybe<AuthSession>;
};

export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  signedOut: Scalars['Boolean']['output'];
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
  person?: Maybe<Person>;
};

/** A problem with a mutation's input, returned as data so a client can show it by the field. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** Why people refused a mutation's input (nothing was changed). */
export type UserErrorCode =
  /** A consent record must say who gave, refused or withdrew it (`givenBy`). */
  | 'CONSENT_GIVER_REQUIRED'
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
  AuthSession: ResolverTypeWrapper<IssuedSession>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChildrenClearance: ResolverTypeWrapper<ClearanceView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConsentDecision: ConsentDecision;
  ConsentGiver: ConsentGiver;
  ConsentKind: ConsentKind;
  ConsentMethod: ConsentMethod;
  ConsentRecord: ResolverTypeWrapper<ConsentRecordEntity>;
  ConsentState: ResolverTypeWrapper<ConsentStateModel>;
  CreateSignInCodePayload: ResolverTypeWrapper<CreateSignInCodePayload>;
  ErasePersonPayload: ResolverTypeWrapper<ErasePersonPayload>;
  Mutation: ResolverTypeWrapper<{}>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRef>;
  Person: ResolverTypeWrapper<PersonEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  Query: ResolverTypeWrapper<{}>;
  RecordConsentInput: RecordConsentInput;
  RecordConsentPayload: ResolverTypeWrapper<Omit<RecordConsentPayload, 'consent' | 'state'> & { consent?: Maybe<ResolversTypes['ConsentRecord']>, state?: Maybe<ResolversTypes['ConsentState']> }>;
  RecordSafeguardingCheckInput: RecordSafeguardingCheckInput;
  RecordSafeguardingCheckPayload: ResolverTypeWrapper<Omit<RecordSafeguardingCheckPayload, 'check' | 'clearance'> & { check?: Maybe<ResolversTypes['SafeguardingCheck']>, clearance?: Maybe<ResolversTypes['ChildrenClearance']> }>;
  RegisterPersonInput: RegisterPersonInput;
  RegisterPersonPayload: ResolverTypeWrapper<Omit<RegisterPersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  RequestPasswordResetPayload: ResolverTypeWrapper<RequestPasswordResetPayload>;
  ResetPasswordPayload: ResolverTypeWrapper<ResetPasswordPayload>;
  RevokeSessionsPayload: ResolverTypeWrapper<RevokeSessionsPayload>;
  Role: Role;
  SafeguardingCheck: ResolverTypeWrapper<SafeguardingCheckEntity>;
  SafeguardingCheckKind: SafeguardingCheckKind;
  SetPasswordPayload: ResolverTypeWrapper<SetPasswordPayload>;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: ResolverTypeWrapper<Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuthSession: IssuedSession;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ChildrenClearance: ClearanceView;
  Boolean: Scalars['Boolean']['output'];
  ConsentRecord: ConsentRecordEntity;
  ConsentState: ConsentStateModel;
  CreateSignInCodePayload: CreateSignInCodePayload;
  ErasePersonPayload: ErasePersonPayload;
  Mutation: {};
  PageInfo: PageInfo;
  Partner: PartnerRef;
  Person: PersonEntity;
  Int: Scalars['Int']['output'];
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Query: {};
  RecordConsentInput: RecordConsentInput;
  RecordConsentPayload: Omit<RecordConsentPayload, 'consent' | 'state'> & { consent?: Maybe<ResolversParentTypes['ConsentRecord']>, state?: Maybe<ResolversParentTypes['ConsentState']> };
  RecordSafeguardingCheckInput: RecordSafeguardingCheckInput;
  RecordSafeguardingCheckPayload: Omit<RecordSafeguardingCheckPayload, 'check' | 'clearance'> & { check?: Maybe<ResolversParentTypes['SafeguardingCheck']>, clearance?: Maybe<ResolversParentTypes['ChildrenClearance']> };
  RegisterPersonInput: RegisterPersonInput;
  RegisterPersonPayload: Omit<RegisterPersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  RequestPasswordResetPayload: RequestPasswordResetPayload;
  ResetPasswordPayload: ResetPasswordPayload;
  RevokeSessionsPayload: RevokeSessionsPayload;
  SafeguardingCheck: SafeguardingCheckEntity;
  SetPasswordPayload: SetPasswordPayload;
  SignInPayload: Omit<SignInPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  SignOutPayload: SignOutPayload;
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  UserError: UserError;
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

export type ErasePersonPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['ErasePersonPayload'] = ResolversParentTypes['ErasePersonPayload']> = {
  erasedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createSignInCode?: Resolver<ResolversTypes['CreateSignInCodePayload'], ParentType, ContextType, RequireFields<MutationCreateSignInCodeArgs, 'personId'>>;
  erasePerson?: Resolver<ResolversTypes['ErasePersonPayload'], ParentType, ContextType, RequireFields<MutationErasePersonArgs, 'id'>>;
  recordConsent?: Resolver<ResolversTypes['RecordConsentPayload'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  recordSafeguardingCheck?: Resolver<ResolversTypes['RecordSafeguardingCheckPayload'], ParentType, ContextType, RequireFields<MutationRecordSafeguardingCheckArgs, 'input'>>;
  redeemSignInCode?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationRedeemSignInCodeArgs, 'code'>>;
  refreshSession?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  registerPerson?: Resolver<ResolversTypes['RegisterPersonPayload'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['RequestPasswordResetPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  revokeSessions?: Resolver<ResolversTypes['RevokeSessionsPayload'], ParentType, ContextType, RequireFields<MutationRevokeSessionsArgs, 'personId'>>;
  setPassword?: Resolver<ResolversTypes['SetPasswordPayload'], ParentType, ContextType, RequireFields<MutationSetPasswordArgs, 'newPassword'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType, RequireFields<MutationSignOutArgs, 'refreshToken'>>;
  updatePerson?: Resolver<ResolversTypes['UpdatePersonPayload'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'id' | 'input'>>;
  withdrawMyConsent?: Resolver<ResolversTypes['RecordConsentPayload'], ParentType, ContextType, RequireFields<MutationWithdrawMyConsentArgs, 'kind'>>;
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
  mayWorkWithChildren?: Resolver<Maybe<ResolversTypes['ChildrenClearance']>, ParentType, ContextType, RequireFields<QueryMayWorkWithChildrenArgs, 'personId'>>;
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
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

export type RevokeSessionsPayloadResolvers<ContextType = PeopleContext, ParentType extends ResolversParentTypes['RevokeSessionsPayload'] = ResolversParentTypes['RevokeSessionsPayload']> = {
  revoked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  AuthSession?: AuthSessionResolvers<ContextType>;
  ChildrenClearance?: ChildrenClearanceResolvers<ContextType>;
  ConsentRecord?: ConsentRecordResolvers<ContextType>;
  ConsentState?: ConsentStateResolvers<ContextType>;
  CreateSignInCodePayload?: CreateSignInCodePayloadResolvers<ContextType>;
  ErasePersonPayload?: ErasePersonPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordConsentPayload?: RecordConsentPayloadResolvers<ContextType>;
  RecordSafeguardingCheckPayload?: RecordSafeguardingCheckPayloadResolvers<ContextType>;
  RegisterPersonPayload?: RegisterPersonPayloadResolvers<ContextType>;
  RequestPasswordResetPayload?: RequestPasswordResetPayloadResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  RevokeSessionsPayload?: RevokeSessionsPayloadResolvers<ContextType>;
  SafeguardingCheck?: SafeguardingCheckResolvers<ContextType>;
  SetPasswordPayload?: SetPasswordPayloadResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  UpdatePersonPayload?: UpdatePersonPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

