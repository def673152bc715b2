import type { GraphQLResolveInfo } from 'graphql';
import type { PartnerEntity } from '../entities/partner.entity';
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
  _FieldSet: { input: any; output: any; }
};

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

/** A point in WGS84 degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
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
  apiKey?: Maybe<ApiKey>;
  errors: Array<UserError>;
  /** The full key (`ekst_live_<id>_<secret>`): give it to the partner now; it cannot be read again. */
  secret?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Coordinator only. Announces PartnerJoined to every service. */
  createPartner: CreatePartnerPayload;
  /** Coordinator only. Issues a key to an associate partner; the full key is in the payload this once. */
  issueApiKey: IssueApiKeyPayload;
  /** Coordinator only. The key is refused at once (every gateway within seconds) and ApiKeyRevoked is announced. Revoking a revoked key changes nothing. */
  revokeApiKey: RevokeApiKeyPayload;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationIssueApiKeyArgs = {
  input: IssueApiKeyInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};

/**
 * A member of the partnership: a school, the university, or an associate partner from the community.
 * Owned by partners-governance; other subgraphs contribute fields to it.
 */
export type Partner = {
  __typename?: 'Partner';
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
  name: Scalars['String']['output'];
  /** Derived from kind: teacher swaps pair state and independent sectors. */
  sector: Sector;
  status: PartnerStatus;
  town: Scalars['String']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** A partner's API keys, newest first. The coordinator: any partner; the partner's own people: theirs. Null, with a FORBIDDEN error for this field only, for anyone else. */
  apiKeys?: Maybe<Array<ApiKey>>;
  partner?: Maybe<Partner>;
  /** Partners, by name. Visible to every signed-in caller: it is organisational, not personal, data. */
  partners: Array<Partner>;
};


export type QueryApiKeysArgs = {
  partnerId: Scalars['ID']['input'];
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  status?: InputMaybe<PartnerStatus>;
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
  errors: Array<UserError>;
};

export type Sector =
  | 'COMMUNITY'
  | 'HIGHER_EDUCATION'
  | 'INDEPENDENT'
  | 'STATE';

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
  /** A partner with this name (ignoring case) already exists. */
  | 'DUPLICATE'
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND';



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
  ApiKey: ResolverTypeWrapper<ApiKeyEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiKeyScope: ApiKeyScope;
  ApiKeyState: ApiKeyState;
  CreatePartnerInput: CreatePartnerInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreatePartnerPayload: ResolverTypeWrapper<Omit<CreatePartnerPayload, 'partner'> & { partner?: Maybe<ResolversTypes['Partner']> }>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  IssueApiKeyInput: IssueApiKeyInput;
  IssueApiKeyPayload: ResolverTypeWrapper<Omit<IssueApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  Mutation: ResolverTypeWrapper<{}>;
  Partner: ResolverTypeWrapper<PartnerEntity>;
  PartnerKind: PartnerKind;
  PartnerStatus: PartnerStatus;
  Query: ResolverTypeWrapper<{}>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  Sector: Sector;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiKey: ApiKeyEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CreatePartnerInput: CreatePartnerInput;
  Float: Scalars['Float']['output'];
  CreatePartnerPayload: Omit<CreatePartnerPayload, 'partner'> & { partner?: Maybe<ResolversParentTypes['Partner']> };
  GeoPoint: GeoPoint;
  IssueApiKeyInput: IssueApiKeyInput;
  IssueApiKeyPayload: Omit<IssueApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  Mutation: {};
  Partner: PartnerEntity;
  Query: {};
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  UserError: UserError;
  Boolean: Scalars['Boolean']['output'];
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

export type IssueApiKeyPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['IssueApiKeyPayload'] = ResolversParentTypes['IssueApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createPartner?: Resolver<ResolversTypes['CreatePartnerPayload'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'input'>>;
  issueApiKey?: Resolver<ResolversTypes['IssueApiKeyPayload'], ParentType, ContextType, RequireFields<MutationIssueApiKeyArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
};

export type PartnerResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']>, { __typename: 'Partner' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnerStatus'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<Maybe<Array<ResolversTypes['ApiKey']>>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'partnerId'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType, Partial<QueryPartnersArgs>>;
};

export type RevokeApiKeyPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = PartnersContext> = {
  ApiKey?: ApiKeyResolvers<ContextType>;
  CreatePartnerPayload?: CreatePartnerPayloadResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  IssueApiKeyPayload?: IssueApiKeyPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

