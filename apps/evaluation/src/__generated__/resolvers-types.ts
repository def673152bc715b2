import type { GraphQLResolveInfo } from 'graphql';
import type { SurveyEntity } from '../entities/survey.entity';
import type { EventRef } from '../resolvers/references';
import type { InstrumentDefinition } from '../domain/instruments';
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
  survey?: Maybe<Survey>;
};

export type Event = {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  /** Surveys of this event the caller may see, PRE first. */
  surveys: Array<Survey>;
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
  itemCount?: Maybe<Scalars['Int']['output']>;
  /** The copyright or citation line to show with the instrument. */
  licenceNotice?: Maybe<Scalars['String']['output']>;
  /** Oldest age the instrument is validated for, when it has an upper bound. */
  maxAge?: Maybe<Scalars['Int']['output']>;
  /** Youngest age the instrument is validated for, when it has a lower bound. */
  minAge?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Coordinator, heads and champions. One survey per event and phase; a POST survey opens once the
   * event has ended, a PRE survey before it starts. Created as DRAFT.
   */
  createSurvey: CreateSurveyPayload;
};


export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};

export type Query = {
  __typename?: 'Query';
  instruments: Array<InstrumentInfo>;
  survey?: Maybe<Survey>;
  /** Drafts only for the coordinator, heads and champions; open and closed surveys for everyone signed in. */
  surveys: Array<Survey>;
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveysArgs = {
  eventId: Scalars['ID']['input'];
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
  event: Event;
  id: Scalars['ID']['output'];
  instrument: Instrument;
  /** ISO date-time with offset. */
  opensAt: Scalars['String']['output'];
  phase: SurveyPhase;
  status: SurveyStatus;
};

export type SurveyPhase =
  | 'POST'
  | 'PRE';

export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

/** A problem with a mutation's input, returned as data so a client can show it by the field. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
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
  CreateSurveyInput: CreateSurveyInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateSurveyPayload: ResolverTypeWrapper<Omit<CreateSurveyPayload, 'survey'> & { survey?: Maybe<ResolversTypes['Survey']> }>;
  Event: ResolverTypeWrapper<EventRef>;
  Instrument: Instrument;
  InstrumentInfo: ResolverTypeWrapper<InstrumentDefinition>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<{}>;
  Query: ResolverTypeWrapper<{}>;
  Survey: ResolverTypeWrapper<SurveyEntity>;
  SurveyPhase: SurveyPhase;
  SurveyStatus: SurveyStatus;
  UserError: ResolverTypeWrapper<UserError>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateSurveyInput: CreateSurveyInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CreateSurveyPayload: Omit<CreateSurveyPayload, 'survey'> & { survey?: Maybe<ResolversParentTypes['Survey']> };
  Event: EventRef;
  InstrumentInfo: InstrumentDefinition;
  Int: Scalars['Int']['output'];
  Mutation: {};
  Query: {};
  Survey: SurveyEntity;
  UserError: UserError;
  Boolean: Scalars['Boolean']['output'];
};

export type CreateSurveyPayloadResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['CreateSurveyPayload'] = ResolversParentTypes['CreateSurveyPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  survey?: Resolver<Maybe<ResolversTypes['Survey']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']>, { __typename: 'Event' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  surveys?: Resolver<Array<ResolversTypes['Survey']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstrumentInfoResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['InstrumentInfo'] = ResolversParentTypes['InstrumentInfo']> = {
  code?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  itemCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  licenceNotice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createSurvey?: Resolver<ResolversTypes['CreateSurveyPayload'], ParentType, ContextType, RequireFields<MutationCreateSurveyArgs, 'input'>>;
};

export type QueryResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  instruments?: Resolver<Array<ResolversTypes['InstrumentInfo']>, ParentType, ContextType>;
  survey?: Resolver<Maybe<ResolversTypes['Survey']>, ParentType, ContextType, RequireFields<QuerySurveyArgs, 'id'>>;
  surveys?: Resolver<Array<ResolversTypes['Survey']>, ParentType, ContextType, RequireFields<QuerySurveysArgs, 'eventId'>>;
};

export type SurveyResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Survey']>, { __typename: 'Survey' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  closesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['SurveyPhase'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveyStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = EvaluationContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = EvaluationContext> = {
  CreateSurveyPayload?: CreateSurveyPayloadResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  InstrumentInfo?: InstrumentInfoResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

