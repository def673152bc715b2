import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createByIdLoader, MESSAGING_DATA_POLICIES } from '@ekst/subgraph-kit';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import { gql } from 'graphql-tag';
import type { PartnersContext } from './context';
import { PartnerEntity } from './entities/partner.entity';
import { migrations } from './migrations';
import { loadPartners, resolvers } from './resolvers/partner.resolvers';
// --- finance ---
import { FINANCE_DATA_POLICIES, FINANCE_ENTITIES } from './finance.module-part';
import { financeResolvers } from './resolvers/finance.resolvers';

export const partnersGovernanceModule: SubgraphModule<PartnersContext> = {
  name: 'partners-governance',
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: {
    ...resolvers,
    // --- finance ---
    ...financeResolvers,
    Query: { ...resolvers.Query, ...financeResolvers.Query },
    Mutation: { ...resolvers.Mutation, ...financeResolvers.Mutation },
  } as SubgraphModule<PartnersContext>['resolvers'],
  entities: [PartnerEntity, /* --- finance --- */ ...FINANCE_ENTITIES],
  migrations,
  subscribesTo: [],
  handlers: [],
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    { table: 'partner', personalData: false, note: 'organisations, not people' },
    // --- finance ---
    ...FINANCE_DATA_POLICIES,
  ],
  createContext: (base) => ({
    ...base,
    partnerById: createByIdLoader((ids) => loadPartners(base, ids)),
  }),
};
