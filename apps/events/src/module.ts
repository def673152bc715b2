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
  createContext: (base) => ({ ...base, ...createLoaders(base) }),
};
