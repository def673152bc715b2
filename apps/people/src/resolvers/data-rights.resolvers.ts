import { mayActOnDataRights } from '@ekst/auth';
import { forbidden } from '@ekst/subgraph-kit';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { answerSubjectAccessRequest } from '../use-cases/subject-access-request.use-case';

/** Subject access and the access log (issue 20): the coordinator or the data protection lead. */
export const dataRightsResolvers: {
  Query: Pick<QueryResolvers, 'subjectAccessRequest' | 'dataSubject' | 'retentionRecord'>;
} = {
  Query: {
    subjectAccessRequest: (_root, { personId }, ctx) => answerSubjectAccessRequest(ctx, personId),
    dataSubject: (_root, { id }, ctx) => {
      if (!mayActOnDataRights(ctx.caller))
        throw forbidden('Only the coordinator or the data protection lead may read the access log');
      return { id: id.trim().toLowerCase() };
    },
    retentionRecord: (_root, _args, ctx) => {
      if (!mayActOnDataRights(ctx.caller))
        throw forbidden(
          'Only the coordinator or the data protection lead may see the retention record',
        );
      return { id: 'partnership' };
    },
  },
};
