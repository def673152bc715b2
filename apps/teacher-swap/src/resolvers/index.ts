import { payloadOf, payloadWith } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { addClusterResource } from '../use-cases/add-cluster-resource.use-case';
import { addSubjectClusterMember } from '../use-cases/add-subject-cluster-member.use-case';
import { approveSwap } from '../use-cases/approve-swap.use-case';
import { completeSwap } from '../use-cases/complete-swap.use-case';
import { confirmSwapChecks } from '../use-cases/confirm-swap-checks.use-case';
import { createSwapOffer } from '../use-cases/create-swap-offer.use-case';
import { createSubjectCluster } from '../use-cases/create-subject-cluster.use-case';
import { createSwapRequest } from '../use-cases/create-swap-request.use-case';
import { joinSubjectCluster } from '../use-cases/join-subject-cluster.use-case';
import { leaveSubjectCluster } from '../use-cases/leave-subject-cluster.use-case';
import { proposeSwap } from '../use-cases/propose-swap.use-case';
import { reflectOnSwap } from '../use-cases/reflect-on-swap.use-case';
import { runMatchingRound } from '../use-cases/run-matching-round.use-case';
import { scheduleSwap } from '../use-cases/schedule-swap.use-case';
import { withdrawSwapOffer } from '../use-cases/withdraw-swap-offer.use-case';
import { withdrawSwapRequest } from '../use-cases/withdraw-swap-request.use-case';
import { withdrawSwap } from '../use-cases/withdraw-swap.use-case';
import { subjectClusterResolvers } from './subject-cluster.resolvers';
import { swapResolvers } from './swap.resolvers';
import { resolvers as swapOfferResolvers } from './swap-offer.resolvers';

/**
 * The subgraph's resolvers: offers' and swaps' queries and types merged type by type, and every
 * mutation here in one block, one line each through its use case (the seam test reads this block).
 */
export const resolvers: Resolvers = {
  ...swapOfferResolvers,
  ...swapResolvers,
  ...subjectClusterResolvers,
  Query: {
    ...swapOfferResolvers.Query,
    ...swapResolvers.Query,
    ...subjectClusterResolvers.Query,
  },
  Person: { ...swapOfferResolvers.Person, ...swapResolvers.Person },
  Mutation: {
    createSwapOffer: (_root, { input }, ctx) =>
      createSwapOffer(ctx.deps, input).then(payloadOf('swapOffer')),
    withdrawSwapOffer: (_root, { id }, ctx) =>
      withdrawSwapOffer(ctx.deps, id).then(payloadOf('swapOffer')),
    createSwapRequest: (_root, { input }, ctx) =>
      createSwapRequest(ctx.deps, input).then(payloadOf('swapRequest')),
    withdrawSwapRequest: (_root, { id }, ctx) =>
      withdrawSwapRequest(ctx.deps, id).then(payloadOf('swapRequest')),
    runMatchingRound: (_root, _args, ctx) =>
      runMatchingRound(ctx.deps).then(payloadWith({ proposed: [] })),
    proposeSwap: (_root, { offerId, requestId }, ctx) =>
      proposeSwap(ctx.deps, offerId, requestId).then(payloadOf('swap')),
    approveSwap: (_root, { id }, ctx) => approveSwap(ctx.deps, id).then(payloadOf('swap')),
    confirmSwapChecks: (_root, { id }, ctx) =>
      confirmSwapChecks(ctx.deps, id).then(payloadOf('swap')),
    scheduleSwap: (_root, { id }, ctx) => scheduleSwap(ctx.deps, id).then(payloadOf('swap')),
    completeSwap: (_root, { id }, ctx) => completeSwap(ctx.deps, id).then(payloadOf('swap')),
    reflectOnSwap: (_root, { id, input }, ctx) =>
      reflectOnSwap(ctx.deps, id, input).then(payloadOf('swap')),
    withdrawSwap: (_root, { id, reason }, ctx) =>
      withdrawSwap(ctx.deps, id, reason).then(payloadOf('swap')),
    createSubjectCluster: (_root, { input }, ctx) =>
      createSubjectCluster(ctx.deps, input).then(payloadOf('subjectCluster')),
    joinSubjectCluster: (_root, { id }, ctx) =>
      joinSubjectCluster(ctx.deps, id).then(payloadOf('subjectCluster')),
    leaveSubjectCluster: (_root, { id }, ctx) =>
      leaveSubjectCluster(ctx.deps, id).then(payloadOf('subjectCluster')),
    addSubjectClusterMember: (_root, { id, personId, lead }, ctx) =>
      addSubjectClusterMember(ctx.deps, id, personId, lead ?? false).then(
        payloadOf('subjectCluster'),
      ),
    addClusterResource: (_root, { clusterId, input }, ctx) =>
      addClusterResource(ctx.deps, clusterId, input).then(payloadOf('clusterResource')),
  },
};
