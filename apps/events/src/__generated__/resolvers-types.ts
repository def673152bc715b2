import type { GraphQLResolveInfo } from 'graphql';
import type { EventEntity } from '../entities/event.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import type { PartnerRef, PersonRef } from '../resolvers/references';
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

export type Aim =
  | 'COMMUNITY'
  | 'CONFIDENCE'
  | 'RAISING_ASPIRATIONS'
  | 'RESILIENCE'
  | 'WELLBEING'
  | 'WIDENING_HORIZONS';

export type Audience =
  | 'BOTH'
  | 'STUDENTS'
  | 'TEACHERS';

export type CreateEventInput = {
  aims: Array<Aim>;
  audience: Audience;
  capacity: Scalars['Int']['input'];
  endsAt: Scalars['String']['input'];
  /** An ACTIVE partner; leave empty for an external venue. */
  hostPartnerId?: InputMaybe<Scalars['ID']['input']>;
  kind: EventKind;
  startsAt: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** Required when there is no host partner. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** Required (7–13) when the audience includes students; leave empty for teachers only. */
  yearGroups?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type CreateEventPayload = {
  __typename?: 'CreateEventPayload';
  errors: Array<UserError>;
  event?: Maybe<Event>;
};

/** An event in the partnership's programme. Owned by events; evaluation contributes its surveys. */
export type Event = {
  __typename?: 'Event';
  /** The partnership aims the event serves; the annual report groups evidence by these. */
  aims: Array<Aim>;
  audience: Audience;
  capacity: Scalars['Int']['output'];
  /** ISO date-time with offset; always after startsAt. */
  endsAt: Scalars['String']['output'];
  /** The partner hosting the event; null when it is held at an external venue. */
  hostPartner?: Maybe<Partner>;
  id: Scalars['ID']['output'];
  kind: EventKind;
  /** Places taken (REGISTERED). */
  registeredCount: Scalars['Int']['output'];
  /** Coordinator, or a teacher, champion or head of the host partner. */
  registrations: Array<Registration>;
  /** ISO date-time with offset. */
  startsAt: Scalars['String']['output'];
  status: EventStatus;
  title: Scalars['String']['output'];
  /** Where it happens: a room at the host, or the external venue's name. */
  venue?: Maybe<Scalars['String']['output']>;
  /** People waiting for a place (WAITLISTED). */
  waitlistCount: Scalars['Int']['output'];
  /** School year groups (7–13) the event is for; empty when the audience is teachers only. */
  yearGroups: Array<Scalars['Int']['output']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventKind =
  | 'BAKE_OFF'
  | 'CHOIR'
  | 'CPD'
  | 'OTHER'
  | 'OUTDOOR_LEARNING'
  | 'SPORT'
  | 'STUDENT_VOICE'
  | 'SUBJECT_CLUSTER'
  | 'TEACHER_SWAP_VISIT'
  | 'TEACHMEET'
  | 'WELLBEING';

export type EventStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Coordinator or champion. Creates a DRAFT and announces EventScheduled. */
  createEvent: CreateEventPayload;
  /** Coordinator or champion. DRAFT → PUBLISHED only; announces EventScheduled. */
  publishEvent: PublishEventPayload;
  /**
   * A student or teacher for themself; a teacher, champion or head for someone at their partner; or
   * the coordinator. When the event is full the person joins the waitlist.
   */
  registerForEvent: RegisterForEventPayload;
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterForEventArgs = {
  eventId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
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
  id: Scalars['ID']['output'];
  /** The person themself, the coordinator, or a teacher, champion or head of the person's partner. */
  registrations: Array<Registration>;
};

export type PublishEventPayload = {
  __typename?: 'PublishEventPayload';
  errors: Array<UserError>;
  event?: Maybe<Event>;
};

export type Query = {
  __typename?: 'Query';
  /** Null when there is no such event or the caller may not see it. */
  event?: Maybe<Event>;
  /**
   * The programme, by start time. Every signed-in caller sees PUBLISHED and COMPLETED events; the
   * coordinator and champions see drafts and cancelled events too. `from` keeps events that have not
   * ended by then, `to` keeps events that start before it (ISO date-times with offset). `first` is
   * capped at 200.
   */
  events: EventConnection;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<EventKind>;
  status?: InputMaybe<EventStatus>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterForEventPayload = {
  __typename?: 'RegisterForEventPayload';
  errors: Array<UserError>;
  registration?: Maybe<Registration>;
};

/** A person's place (or place in the queue) at an event. Free, RSVP style. */
export type Registration = {
  __typename?: 'Registration';
  event: Event;
  id: Scalars['ID']['output'];
  person: Person;
  /** ISO date-time with offset. */
  registeredAt: Scalars['String']['output'];
  status: RegistrationStatus;
  /** 1 is next in line; set only while WAITLISTED. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

export type RegistrationStatus =
  | 'CANCELLED'
  | 'REGISTERED'
  | 'WAITLISTED';

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
  Aim: Aim;
  Audience: Audience;
  CreateEventInput: CreateEventInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateEventPayload: ResolverTypeWrapper<Omit<CreateEventPayload, 'event'> & { event?: Maybe<ResolversTypes['Event']> }>;
  Event: ResolverTypeWrapper<EventEntity>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventKind: EventKind;
  EventStatus: EventStatus;
  Mutation: ResolverTypeWrapper<{}>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Partner: ResolverTypeWrapper<PartnerRef>;
  Person: ResolverTypeWrapper<PersonRef>;
  PublishEventPayload: ResolverTypeWrapper<Omit<PublishEventPayload, 'event'> & { event?: Maybe<ResolversTypes['Event']> }>;
  Query: ResolverTypeWrapper<{}>;
  RegisterForEventPayload: ResolverTypeWrapper<Omit<RegisterForEventPayload, 'registration'> & { registration?: Maybe<ResolversTypes['Registration']> }>;
  Registration: ResolverTypeWrapper<RegistrationEntity>;
  RegistrationStatus: RegistrationStatus;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateEventInput: CreateEventInput;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CreateEventPayload: Omit<CreateEventPayload, 'event'> & { event?: Maybe<ResolversParentTypes['Event']> };
  Event: EventEntity;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  Mutation: {};
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Partner: PartnerRef;
  Person: PersonRef;
  PublishEventPayload: Omit<PublishEventPayload, 'event'> & { event?: Maybe<ResolversParentTypes['Event']> };
  Query: {};
  RegisterForEventPayload: Omit<RegisterForEventPayload, 'registration'> & { registration?: Maybe<ResolversParentTypes['Registration']> };
  Registration: RegistrationEntity;
  UserError: UserError;
};

export type CreateEventPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['CreateEventPayload'] = ResolversParentTypes['CreateEventPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']>, { __typename: 'Event' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  aims?: Resolver<Array<ResolversTypes['Aim']>, ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostPartner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  registeredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearGroups?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
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

export type MutationResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createEvent?: Resolver<ResolversTypes['CreateEventPayload'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  publishEvent?: Resolver<ResolversTypes['PublishEventPayload'], ParentType, ContextType, RequireFields<MutationPublishEventArgs, 'id'>>;
  registerForEvent?: Resolver<ResolversTypes['RegisterForEventPayload'], ParentType, ContextType, RequireFields<MutationRegisterForEventArgs, 'eventId' | 'personId'>>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublishEventPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['PublishEventPayload'] = ResolversParentTypes['PublishEventPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
};

export type RegisterForEventPayloadResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['RegisterForEventPayload'] = ResolversParentTypes['RegisterForEventPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegistrationResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration']> = {
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = EventsContext> = {
  CreateEventPayload?: CreateEventPayloadResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PublishEventPayload?: PublishEventPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterForEventPayload?: RegisterForEventPayloadResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

