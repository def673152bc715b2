import type { BaseContext } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { PartnerEntity } from './entities/partner.entity';
import type { GovernanceLoaders } from './resolvers/governance.loaders';
import type { ApiKeyDeps } from './use-cases/api-keys/api-keys-deps';

export interface PartnersContext extends BaseContext, GovernanceLoaders {
  partnerById: DataLoader<string, PartnerEntity | null>;
  // --- API keys ---
  apiKeyDeps: ApiKeyDeps;
}
