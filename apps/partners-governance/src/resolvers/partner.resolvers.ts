import { payloadOf } from '@ekst/subgraph-kit';
import { In, IsNull, Not } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { Resolvers } from '../__generated__/resolvers-types';
import { PartnerEntity } from '../entities/partner.entity';
import { createPartner } from '../use-cases/create-partner.use-case';
import {
  governanceMutations,
  governancePartnerFields,
  governanceQueries,
  governanceTypes,
} from './governance.resolvers';

export const resolvers: Resolvers = {
  Query: {
    partners: (_root, { status }, ctx) =>
      ctx.dataSource.getRepository(PartnerEntity).find({
        where:
          status === 'ACTIVE'
            ? { leftOn: IsNull() }
            : status === 'LEFT'
              ? { leftOn: Not(IsNull()) }
              : {},
        order: { name: 'ASC' },
      }),
    partner: (_root, { id }, ctx) => ctx.partnerById.load(id),
    ...governanceQueries,
  },
  Mutation: {
    createPartner: (_root, { input }, ctx) =>
      createPartner(ctx.deps, input).then(payloadOf('partner')),
    ...governanceMutations,
  },
  Partner: {
    __resolveReference: (ref, ctx) => ctx.partnerById.load(ref.id),
    status: (p) => (p.leftOn ? 'LEFT' : 'ACTIVE'),
    location: (p) =>
      p.latitude != null && p.longitude != null ? { lat: p.latitude, lng: p.longitude } : null,
    ...governancePartnerFields,
  },
  ...governanceTypes,
};

/** Batched: one query for all partner ids asked for in one tick. */
export function loadPartners(
  ctx: { dataSource: DataSource },
  ids: string[],
): Promise<PartnerEntity[]> {
  return ctx.dataSource.getRepository(PartnerEntity).findBy({ id: In(ids) });
}
