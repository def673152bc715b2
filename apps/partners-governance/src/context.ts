import type { BaseContext } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { PartnerEntity } from './entities/partner.entity';

export interface PartnersContext extends BaseContext {
  partnerById: DataLoader<string, PartnerEntity | null>;
}
