import type { BaseContext } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { PartnerEntity } from './entities/partner.entity';
import type { GovernanceLoaders } from './resolvers/governance.loaders';

export interface PartnersContext extends BaseContext, GovernanceLoaders {
  partnerById: DataLoader<string, PartnerEntity | null>;
}
