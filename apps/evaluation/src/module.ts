import { MESSAGING_DATA_POLICIES } from '@ekst/subgraph-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import { gql } from 'graphql-tag';
import type { EvaluationContext } from './context';
import { EventProjectionEntity } from './entities/event-projection.entity';
import { PartnerProjectionEntity } from './entities/partner-projection.entity';
import { SurveyEntity } from './entities/survey.entity';
import { handlers } from './events';
import { migrations } from './migrations';
import { createLoaders } from './resolvers/loaders';
import { resolvers } from './resolvers/survey.resolvers';

export const evaluationModule: SubgraphModule<EvaluationContext> = {
  name: 'evaluation',
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as SubgraphModule<EvaluationContext>['resolvers'],
  entities: [SurveyEntity, EventProjectionEntity, PartnerProjectionEntity],
  migrations,
  subscribesTo: ['partners-governance', 'events'],
  handlers,
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    { table: 'survey', personalData: false, note: 'survey definitions, no responses' },
    { table: 'partner_projection', personalData: false, note: 'organisations, not people' },
    { table: 'event_projection', personalData: false, note: 'the programme' },
  ],
  createContext: (base) => ({ ...base, ...createLoaders(base) }),
};
