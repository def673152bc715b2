import type { GraphQLResolveInfo } from 'graphql';
import type { SwapOfferEntity } from '../entities/swap-offer.entity';
import type { PersonRef } from '../resolvers/schema.mappers';
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
  swapOffer?: Maybe<SwapOffer>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A teacher offers a swap for themself; their partner must be a state or independent school. */
  createSwapOffer: CreateSwapOfferPayload;
  /** The offer's teacher, or the coordinator; only an OPEN offer can be withdrawn. */
  withdrawSwapOffer: WithdrawSwapOfferPayload;
};


export type MutationCreateSwapOfferArgs = {
  input: CreateSwapOfferInput;
};


export type MutationWithdrawSwapOfferArgs = {
  id: Scalars['ID']['input'];
};

export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /** The person's offers the caller may see, newest first. */
  swapOffers: Array<SwapOffer>;
};

/** The school phase or key stage a teacher teaches. */
export type Phase =
  | 'KS3'
  | 'KS4'
  | 'KS5'
  | 'PRIMARY';

export type Query = {
  __typename?: 'Query';
  /** Null when there is no such offer or the caller may not see it. */
  swapOffer?: Maybe<SwapOffer>;
  /**
   * Newest first. The coordinator sees every offer; heads, champions and teachers see open offers
   * only (asking them for WITHDRAWN gives an empty list). Other roles get null, with a FORBIDDEN
   * error for this field only.
   */
  swapOffers?: Maybe<Array<SwapOffer>>;
};


export type QuerySwapOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySwapOffersArgs = {
  sector?: InputMaybe<Sector>;
  status?: InputMaybe<SwapOfferStatus>;
};

export type Sector =
  | 'COMMUNITY'
  | 'HIGHER_EDUCATION'
  | 'INDEPENDENT'
  | 'STATE';

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
  notes?: Maybe<Scalars['String']['output']>;
  phase: Phase;
  /** The sector of the teacher's partner when the offer was made: STATE or INDEPENDENT. */
  sector: Sector;
  status: SwapOfferStatus;
  /** 1–5 subjects, as the teacher names them. */
  subjects: Array<Scalars['String']['output']>;
  /** Resolved by people; null when the caller may not see that person. */
  teacher?: Maybe<Person>;
};

export type SwapOfferStatus =
  | 'OPEN'
  | 'WITHDRAWN';

/** A problem with a mutation's input, returned as data so a client can show it by the field. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/**
 * Why teacher-swap refused a mutation's input. Every subgraph declares the codes it returns under
 * this one name; the graph's enum is their union.
 */
export type UserErrorCode =
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** The person making the offer is not registered as a teacher. */
  | 'NOT_A_TEACHER'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** The offer is not open (already withdrawn), so it cannot be withdrawn. */
  | 'NOT_OPEN'
  /** The partner has left the partnership: nothing new can be tied to it. */
  | 'PARTNER_LEFT'
  /** No partner with this id is known to the service answering (it may not have heard of a new partner yet). */
  | 'UNKNOWN_PARTNER'
  /** Teacher swaps have not heard of this teacher from people yet (try again shortly). */
  | 'UNKNOWN_TEACHER'
  /** The teacher's partner is neither a state nor an independent school: swaps cross those two sectors. */
  | 'WRONG_SECTOR';

export type WithdrawSwapOfferPayload = {
  __typename?: 'WithdrawSwapOfferPayload';
  errors: Array<UserError>;
  swapOffer?: Maybe<SwapOffer>;
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
  CreateSwapOfferInput: CreateSwapOfferInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateSwapOfferPayload: ResolverTypeWrapper<Omit<CreateSwapOfferPayload, 'swapOffer'> & { swapOffer?: Maybe<ResolversTypes['SwapOffer']> }>;
  Mutation: ResolverTypeWrapper<{}>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Person: ResolverTypeWrapper<PersonRef>;
  Phase: Phase;
  Query: ResolverTypeWrapper<{}>;
  Sector: Sector;
  SwapOffer: ResolverTypeWrapper<SwapOfferEntity>;
  SwapOfferStatus: SwapOfferStatus;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  WithdrawSwapOfferPayload: ResolverTypeWrapper<Omit<WithdrawSwapOfferPayload, 'swapOffer'> & { swapOffer?: Maybe<ResolversTypes['SwapOffer']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateSwapOfferInput: CreateSwapOfferInput;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CreateSwapOfferPayload: Omit<CreateSwapOfferPayload, 'swapOffer'> & { swapOffer?: Maybe<ResolversParentTypes['SwapOffer']> };
  Mutation: {};
  ID: Scalars['ID']['output'];
  Person: PersonRef;
  Query: {};
  SwapOffer: SwapOfferEntity;
  UserError: UserError;
  WithdrawSwapOfferPayload: Omit<WithdrawSwapOfferPayload, 'swapOffer'> & { swapOffer?: Maybe<ResolversParentTypes['SwapOffer']> };
  Boolean: Scalars['Boolean']['output'];
};

export type CreateSwapOfferPayloadResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['CreateSwapOfferPayload'] = ResolversParentTypes['CreateSwapOfferPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  swapOffer?: Resolver<Maybe<ResolversTypes['SwapOffer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createSwapOffer?: Resolver<ResolversTypes['CreateSwapOfferPayload'], ParentType, ContextType, RequireFields<MutationCreateSwapOfferArgs, 'input'>>;
  withdrawSwapOffer?: Resolver<ResolversTypes['WithdrawSwapOfferPayload'], ParentType, ContextType, RequireFields<MutationWithdrawSwapOfferArgs, 'id'>>;
};

export type PersonResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  swapOffers?: Resolver<Array<ResolversTypes['SwapOffer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TeacherSwapContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  swapOffer?: Resolver<Maybe<ResolversTypes['SwapOffer']>, ParentType, ContextType, RequireFields<QuerySwapOfferArgs, 'id'>>;
  swapOffers?: Resolver<Maybe<Array<ResolversTypes['SwapOffer']>>, ParentType, ContextType, Partial<QuerySwapOffersArgs>>;
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

export type Resolvers<ContextType = TeacherSwapContext> = {
  CreateSwapOfferPayload?: CreateSwapOfferPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SwapOffer?: SwapOfferResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WithdrawSwapOfferPayload?: WithdrawSwapOfferPayloadResolvers<ContextType>;
};

