import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createByIdLoader, MESSAGING_DATA_POLICIES } from '@ekst/subgraph-kit';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import { gql } from 'graphql-tag';
import type { PartnersContext } from './context';
import { PartnerEntity } from './entities/partner.entity';
import { migrations } from './migrations';
import { loadPartners, resolvers } from './resolvers/partner.resolvers';
// --- API keys ---
import { apiKeyRoutes } from './api-keys/api-keys.routes';
import { processApiKeySettings } from './config';
import { ApiKeyEntity } from './entities/api-key.entity';
import { apiKeyResolvers } from './resolvers/api-key.resolvers';

export const partnersGovernanceModule: SubgraphModule<PartnersContext> = {
  name: 'partners-governance',
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: {
    ...resolvers,
    // --- API keys ---
    ...apiKeyResolvers,
    Query: { ...resolvers.Query, ...apiKeyResolvers.Query },
    Mutation: { ...resolvers.Mutation, ...apiKeyResolvers.Mutation },
  } as SubgraphModule<PartnersContext>['resolvers'],
  entities: [PartnerEntity, ApiKeyEntity],
  migrations,
  subscribesTo: [],
  handlers: [],
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    { table: 'partner', personalData: false, note: 'organisations, not people' },
    // --- API keys ---
    {
      table: 'api_key',
      personalData: true,
      action: 'keep',
      reason:
        "an organisation's credential (name, scopes, keyed hash); created_by/revoked_by are the coordinators' pseudonymous ids, the security audit of who gave a partner access and who withdrew it",
      onErasure: 'keep',
    },
  ],
  createContext: (base) => ({
    ...base,
    partnerById: createByIdLoader((ids) => loadPartners(base, ids)),
    // --- API keys ---
    apiKeyDeps: { ...base.deps, apiKeys: processApiKeySettings() },
  }),
  routes: (router, deps) => apiKeyRoutes(router, deps),
};
