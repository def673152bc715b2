import { MESSAGING_DATA_POLICIES } from '@ekst/subgraph-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import { gql } from 'graphql-tag';
import type { EventsContext } from './context';
import { EventEntity } from './entities/event.entity';
import { PartnerProjectionEntity } from './entities/partner-projection.entity';
import { PersonProjectionEntity } from './entities/person-projection.entity';
import { RegistrationEntity } from './entities/registration.entity';
import { handlers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers/event.resolvers';
import { createLoaders } from './resolvers/loaders';

export const eventsModule: SubgraphModule<EventsContext> = {
  name: 'events',
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as SubgraphModule<EventsContext>['resolvers'],
  entities: [EventEntity, RegistrationEntity, PartnerProjectionEntity, PersonProjectionEntity],
  migrations,
  subscribesTo: ['partners-governance', 'people'],
  handlers,
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    { table: 'event', personalData: false, note: 'the programme; organisers are referenced by role, not name' },
    { table: 'partner_projection', personalData: false, note: 'organisations, not people' },
    {
      table: 'person_projection',
      personalData: true,
      action: 'keep',
      reason: 'pseudonymous id, partner, roles and year group needed to check registrations; follows the people service',
      onErasure: 'delete',
    },
    {
      table: 'registration',
      personalData: true,
      action: 'delete',
      retainDays: 3 * 365,
      ageColumn: 'registered_at',
      basis: 'who attended what, for safeguarding questions and the partnership evaluation; three academic years',
      onErasure: 'delete',
    },
  ],
  createContext: (base) => ({ ...base, ...createLoaders(base) }),
};
