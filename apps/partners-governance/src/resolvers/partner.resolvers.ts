import { payloadOf } from '@ekst/subgraph-kit';
import { In, IsNull, Not } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { Resolvers } from '../__generated__/resolvers-types';
import { PartnerEntity } from '../entities/partner.entity';
import {
  decideAssociateApplication,
  recordAssociateApplication,
  recordContribution,
} from '../use-cases/associates.use-case';
import { createPartner } from '../use-cases/create-partner.use-case';
import { publishMouVersion, signMou } from '../use-cases/mou.use-case';
import {
  recordPartnerLeaving,
  recordPartnerRejoining,
  updatePartner,
} from '../use-cases/partner-membership.use-case';
import { setPriorities } from '../use-cases/priorities.use-case';
import { setTermCalendar } from '../use-cases/term-calendar.use-case';
import {
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
    // --- membership, MoU, calendars (pg-core) ---
    updatePartner: (_r, args, ctx) => updatePartner(ctx.deps, args).then(payloadOf('partner')),
    recordPartnerLeaving: (_r, args, ctx) =>
      recordPartnerLeaving(ctx.deps, args).then(payloadOf('partner')),
    recordPartnerRejoining: (_r, args, ctx) =>
      recordPartnerRejoining(ctx.deps, args).then(payloadOf('partner')),
    publishMouVersion: (_r, { input }, ctx) =>
      publishMouVersion(ctx.deps, input).then(payloadOf('mouVersion')),
    signMou: (_r, { input }, ctx) => signMou(ctx.deps, input).then(payloadOf('signature')),
    setTermCalendar: (_r, { input }, ctx) =>
      setTermCalendar(ctx.deps, input).then(payloadOf('entries')),
    recordAssociateApplication: (_r, { input }, ctx) =>
      recordAssociateApplication(ctx.deps, input).then(payloadOf('application')),
    decideAssociateApplication: (_r, { input }, ctx) =>
      decideAssociateApplication(ctx.deps, input).then(payloadOf('application')),
    recordContribution: (_r, { input }, ctx) =>
      recordContribution(ctx.deps, input).then(payloadOf('contribution')),
    setPriorities: (_r, { input }, ctx) =>
      setPriorities(ctx.deps, input).then(payloadOf('priorities')),
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
