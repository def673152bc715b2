import { payloadWith } from '@ekst/subgraph-kit';
import type {
  MutationResolvers,
  QueryResolvers,
  RectificationRequestResolvers,
} from '../__generated__/resolvers-types';
import {
  applyRectification,
  listRectificationRequests,
  myRectificationRequests,
  refuseRectification,
  requestRectification,
} from '../use-cases/rectification.use-case';

const REJECTED = { request: null };

/** Rectification (issue 20): one line each; the rules are in the use case and domain/. */
export const rectificationMutationResolvers: MutationResolvers = {
  requestRectification: (_r, args, ctx) =>
    requestRectification(ctx.deps, args).then(payloadWith(REJECTED)),
  applyRectification: (_r, args, ctx) =>
    applyRectification(ctx.deps, args).then(payloadWith(REJECTED)),
  refuseRectification: (_r, args, ctx) =>
    refuseRectification(ctx.deps, args).then(payloadWith(REJECTED)),
};

export const rectificationResolvers: {
  Query: Pick<QueryResolvers, 'rectificationRequests' | 'myRectificationRequests'>;
  RectificationRequest: RectificationRequestResolvers;
} = {
  Query: {
    rectificationRequests: (_r, args, ctx) => listRectificationRequests(ctx.deps, args),
    myRectificationRequests: (_r, _args, ctx) => myRectificationRequests(ctx.deps),
  },
  RectificationRequest: {
    requestedAt: (r) => r.requestedAt.toISOString(),
    handledAt: (r) => r.handledAt?.toISOString() ?? null,
  },
};
