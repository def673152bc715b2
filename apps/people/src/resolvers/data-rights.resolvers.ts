import type { QueryResolvers } from '../__generated__/resolvers-types';
import {
  answerSubjectAccessRequest,
  openDataSubject,
  openRetentionRecord,
} from '../use-cases/subject-access-request.use-case';

/** Subject access, the access log and the retention record (issue 20): coordinator or DPL. */
export const dataRightsResolvers: {
  Query: Pick<QueryResolvers, 'subjectAccessRequest' | 'dataSubject' | 'retentionRecord'>;
} = {
  Query: {
    subjectAccessRequest: (_root, { personId }, ctx) => answerSubjectAccessRequest(ctx, personId),
    dataSubject: (_root, { id }, ctx) => openDataSubject(ctx, id),
    retentionRecord: (_root, _args, ctx) => openRetentionRecord(ctx),
  },
};
