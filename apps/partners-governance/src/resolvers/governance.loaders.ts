import { createGroupLoader } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { DataSource } from 'typeorm';
import { MembershipPeriodEntity } from '../entities/membership-period.entity';
import { MouSignatureEntity } from '../entities/mou.entity';

/** Per-request loaders for the Partner fields of membership and MoU: one query per field per request. */
export interface GovernanceLoaders {
  periodsByPartner: DataLoader<string, MembershipPeriodEntity[]>;
  currentSignatureByPartner: DataLoader<string, MouSignatureEntity[]>;
}

export function createGovernanceLoaders(ctx: { dataSource: DataSource }): GovernanceLoaders {
  return {
    periodsByPartner: createGroupLoader(
      (ids) =>
        ctx.dataSource
          .getRepository(MembershipPeriodEntity)
          .find({ where: { partnerId: In(ids) }, order: { joinedOn: 'ASC' } }),
      (p) => p.partnerId,
    ),
    currentSignatureByPartner: createGroupLoader(
      (ids) =>
        ctx.dataSource
          .getRepository(MouSignatureEntity)
          .createQueryBuilder('s')
          .innerJoin('mou_version', 'v', 'v.id = s.mou_version_id AND v.is_current')
          .where('s.partner_id IN (:...ids)', { ids })
          .getMany(),
      (s) => s.partnerId,
    ),
  };
}
