import { forbidden, isUuid } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { listInstruments } from '../domain/instruments';
import { canManageSurveys } from '../domain/survey';
import { createSurvey } from '../use-cases/create-survey.use-case';

export const resolvers: Resolvers = {
  Query: {
    surveys: (_root, { eventId }, ctx) => (isUuid(eventId) ? ctx.surveysByEvent.load(eventId) : []),
    survey: (_root, { id }, ctx) => ctx.surveyById.load(id),
    instruments: () => listInstruments(),
  },
  Mutation: {
    createSurvey: async (_root, { input }, ctx) => {
      if (!canManageSurveys(ctx.caller))
        throw forbidden('Only the coordinator, heads and champions can create surveys');
      return createSurvey(ctx.dataSource, input);
    },
  },
  Survey: {
    __resolveReference: (ref, ctx) => ctx.surveyById.load(ref.id),
    event: (s) => ({ id: s.eventId }),
    opensAt: (s) => s.opensAt.toISOString(),
    closesAt: (s) => s.closesAt.toISOString(),
    createdAt: (s) => s.createdAt.toISOString(),
  },
  Event: {
    __resolveReference: (ref) => ({ id: ref.id }),
    surveys: (e, _args, ctx) => ctx.surveysByEvent.load(e.id),
  },
};
