import {
  ACCESS_LOG_DATA_POLICY,
  MESSAGING_DATA_POLICIES,
  RETENTION_RUN_DATA_POLICY,
} from '@ekst/subgraph-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import { gql } from 'graphql-tag';
import type { EventsContext } from './context';
import { EventEntity } from './entities/event.entity';
import { PartnerProjectionEntity } from './entities/partner-projection.entity';
import { PersonProjectionEntity } from './entities/person-projection.entity';
import { RegistrationEntity } from './entities/registration.entity';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { EventRoleEntity } from './entities/event-role.entity';
import { PersonConsentEntity } from './entities/person-consent.entity';
import { PersonSafeguardingEntity } from './entities/person-safeguarding.entity';
import { PartnerTermDateEntity } from './entities/partner-term-date.entity';
import { createClashLoaders } from './resolvers/clash.loaders';
import { handlers } from './events';
import { offerSweepJob } from './jobs';
import { eventsRoutes } from './routes';
import { migrations } from './migrations';
import { resolvers } from './resolvers/event.resolvers';
import { createLoaders } from './resolvers/loaders';
// --- school year ---
import { schoolYearEntities, schoolYearDataPolicies, withSchoolYear } from './school-year.module';
import { EVENTS_SUBJECT_ACCESS } from './subject-access';

export const eventsModule: SubgraphModule<EventsContext> = {
  name: 'events',
  // --- data rights (issue 20) ---
  subjectAccess: EVENTS_SUBJECT_ACCESS,
  accessLog: true,
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: withSchoolYear(resolvers) as SubgraphModule<EventsContext>['resolvers'],
  entities: [
    EventEntity,
    RegistrationEntity,
    PartnerProjectionEntity,
    PersonProjectionEntity,
    EventRoleEntity,
    PersonConsentEntity,
    PersonSafeguardingEntity,
    CalendarFeedEntity,
    PartnerTermDateEntity,
    // --- school year ---
    ...schoolYearEntities,
  ],
  migrations,
  subscribesTo: ['partners-governance', 'people', 'teacher-swap'],
  handlers,
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    // --- data rights (issue 20) ---
    ACCESS_LOG_DATA_POLICY,
    RETENTION_RUN_DATA_POLICY,
    {
      table: 'event',
      personalData: false,
      note: 'the programme; organisers are referenced by role, not name',
    },
    { table: 'partner_projection', personalData: false, note: 'organisations, not people' },
    {
      table: 'partner_term_date',
      personalData: false,
      note: 'schools’ term dates, from partners-governance',
    },
    {
      table: 'person_projection',
      personalData: true,
      action: 'keep',
      reason:
        'pseudonymous id, partner, roles and year group needed to check registrations; follows the people service',
      onErasure: 'delete',
    },
    {
      table: 'registration',
      personalData: true,
      action: 'delete',
      retainDays: 3 * 365,
      ageColumn: 'registered_at',
      basis:
        'who attended what, for safeguarding questions and the partnership evaluation; three academic years',
      onErasure: 'delete',
    },
    {
      table: 'event_role',
      personalData: true,
      action: 'delete',
      retainDays: 3 * 365,
      ageColumn: 'assigned_at',
      basis:
        'who ran or helped at an event (safeguarding questions); three academic years, as registrations',
      onErasure: 'delete',
    },
    {
      table: 'person_consent',
      personalData: true,
      action: 'keep',
      reason:
        'current consent state, needed while the person takes part; follows the people service',
      onErasure: 'delete',
    },
    {
      table: 'person_safeguarding',
      personalData: true,
      action: 'keep',
      reason: 'whether an adult may work with children on a given day; follows the people service',
      onErasure: 'delete',
    },
    {
      table: 'calendar_feed',
      personalData: true,
      action: 'keep',
      reason: 'a subscription the owner created; lives until revoked or the person is erased',
      onErasure: 'delete',
    },
    // --- school year ---
    ...schoolYearDataPolicies,
  ],
  jobs: [offerSweepJob],
  routes: eventsRoutes,
  createContext: (base) => ({ ...base, ...createLoaders(base), ...createClashLoaders(base) }),
};
