import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PartnerProjectionEntity } from '@ekst/partner-projection';
import { MESSAGING_DATA_POLICIES, RETENTION_RUN_DATA_POLICY } from '@ekst/subgraph-kit';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import { gql } from 'graphql-tag';
import type { CommunicationsContext } from './context';
import { EMAIL_JOB_QUEUE } from './delivery/queue-depth';
import { handlers } from './events';
import { unsubscribeRoutes } from './http/unsubscribe.route';
import { deliveryWorkerJob, reminderJob } from './jobs';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { COMMUNICATIONS_SUBJECT_ACCESS } from './subject-access';

export const communicationsModule: SubgraphModule<CommunicationsContext> = {
  name: 'communications',
  // --- data rights (issue 20) ---
  subjectAccess: COMMUNICATIONS_SUBJECT_ACCESS,
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as SubgraphModule<CommunicationsContext>['resolvers'],
  // Plain SQL over its own tables (see src/use-cases/rows.ts); the one entity is the shared
  // partner projection, whose handlers come with it.
  entities: [PartnerProjectionEntity],
  migrations,
  // Produces nothing yet; consumes people (who, erasure), events (offers, changes, cancellations)
  // and partners-governance (which partners exist, for announcements).
  subscribesTo: ['people', 'events', 'partners-governance'],
  handlers,
  jobs: [deliveryWorkerJob, reminderJob],
  // the e-mails waiting to be sent: ekst_job_queue_depth{queue="email-delivery"}
  jobQueues: [EMAIL_JOB_QUEUE],
  routes: (router, deps) => unsubscribeRoutes(router, deps),
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    // --- data rights (issue 20) ---
    RETENTION_RUN_DATA_POLICY,
    {
      table: 'person_projection',
      personalData: true,
      action: 'keep',
      reason:
        'pseudonymous id, partner, roles and whether a student: who to tell and how; follows people',
      onErasure: 'delete',
    },
    {
      table: 'erased_person',
      personalData: true,
      action: 'keep',
      reason:
        'a SHA-256 of the id of someone erased (never the id), so that no later event ever notifies them again (a suppression list)',
      onErasure: 'keep',
    },
    { table: 'partner_projection', personalData: false, note: 'organisations, not people' },
    {
      table: 'event_projection',
      personalData: false,
      note: 'programme items: title, times, host partner',
    },
    {
      table: 'registration_projection',
      personalData: true,
      action: 'delete',
      retainDays: 400,
      ageColumn: 'updated_at',
      basis:
        'who holds a place where, to tell them of changes; a year covers any event and its follow-up',
      onErasure: 'delete',
    },
    {
      table: 'notification',
      personalData: true,
      action: 'delete',
      retainDays: 180,
      ageColumn: 'created_at',
      basis:
        'a person’s in-app messages; six months covers a school year’s half and any query about a message',
      onErasure: 'delete',
    },
    {
      table: 'delivery',
      personalData: true,
      action: 'delete',
      retainDays: 90,
      ageColumn: 'created_at',
      basis:
        'the e-mail delivery log (recipient id and the rendered message, never an address); 90 days to answer “did it arrive?”',
      onErasure: 'delete',
    },
    {
      table: 'notification_preference',
      personalData: true,
      action: 'keep',
      reason: 'how a person chose to be told, for as long as they have an account',
      onErasure: 'delete',
    },
    {
      table: 'announcement',
      personalData: true,
      action: 'delete',
      retainDays: 2 * 365,
      ageColumn: 'created_at',
      basis: 'what was announced and by whom (an id); two school years of the partnership’s record',
      onErasure: 'anonymise',
      anonymise: 'author_id = NULL',
      anonymisedWhen: 'author_id IS NULL',
    },
  ],
  createContext: (base) => base,
};
