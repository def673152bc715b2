import { forbidden, present, londonDate } from '@ekst/subgraph-kit';
import type { PartnerResolvers, QueryResolvers, Resolvers } from '../__generated__/resolvers-types';
import type { Aim } from '../__generated__/resolvers-types';
import { mayDo } from '../domain/governance-policy';
import { MouVersionEntity } from '../entities/mou.entity';
import {
  contributionsOf,
  currentMou,
  listAims,
  listApplications,
  listMouVersions,
  listPriorities,
  mouRenewalsDue,
  mouSignatures,
  partnersWithoutMouSignature,
  termCalendarOf,
} from '../use-cases/governance.queries';

/** Membership, MoU, term calendars, associates, aims and priorities (issue 10, part A). */
export const governanceQueries: QueryResolvers = {
  mouVersions: (_r, _a, ctx) => listMouVersions(ctx.dataSource, ctx.caller),
  currentMou: (_r, _a, ctx) => currentMou(ctx.dataSource, ctx.caller),
  partnersWithoutMouSignature: (_r, _a, ctx) =>
    partnersWithoutMouSignature(ctx.dataSource, ctx.caller),
  mouRenewalsDue: (_r, { withinDays }, ctx) =>
    mouRenewalsDue(ctx.dataSource, ctx.caller, withinDays ?? 60, londonDate(ctx.deps.clock.now())),
  aims: (_r, _a, ctx) => listAims(ctx.dataSource, ctx.caller),
  priorities: (_r, { academicYear }, ctx) =>
    listPriorities(ctx.dataSource, ctx.caller, academicYear),
  associateApplications: (_r, { status }, ctx) =>
    listApplications(ctx.dataSource, ctx.caller, status),
};

export const governancePartnerFields: PartnerResolvers = {
  membershipPeriods: async (p, _a, ctx) => {
    const readsReasons = mayDo(ctx.caller, 'governance.read');
    const periods = await ctx.periodsByPartner.load(p.id);
    return periods.map((period) => ({
      joinedOn: period.joinedOn,
      leftOn: period.leftOn,
      leavingReason: readsReasons ? period.leavingReason : null,
    }));
  },
  mouSigned: async (p, _a, ctx) => (await ctx.currentSignatureByPartner.load(p.id)).length > 0,
  mouSignature: async (p, _a, ctx) => {
    if (!mayDo(ctx.caller, 'governance.read')) throw forbidden('You may not read this');
    return (await ctx.currentSignatureByPartner.load(p.id))[0] ?? null;
  },
  termCalendar: (p, { academicYear }, ctx) =>
    termCalendarOf(ctx.dataSource, ctx.caller, p.id, academicYear),
  contributions: (p, _a, ctx) => contributionsOf(ctx.dataSource, ctx.caller, p.id),
};

export const governanceTypes: Resolvers = {
  MouVersion: {
    signatures: (v, _a, ctx) => mouSignatures(ctx.dataSource, ctx.caller, v.id),
  },
  MouSignature: {
    partner: async (s, _a, ctx) => present(await ctx.partnerById.load(s.partnerId), 'partner'),
    mouVersion: async (s, _a, ctx) =>
      present(
        await ctx.dataSource.getRepository(MouVersionEntity).findOneBy({ id: s.mouVersionId }),
        'MoU version',
      ),
    signedBy: (s) => ({ id: s.signedByPersonId }),
  },
  AssociateApplication: {
    partner: (a, _a, ctx) => (a.partnerId ? ctx.partnerById.load(a.partnerId) : null),
  },
  Contribution: {
    partner: async (c, _a, ctx) => present(await ctx.partnerById.load(c.partnerId), 'partner'),
  },
  Priority: {
    aims: (p) => p.aims as Aim[],
  },
  PartnershipAim: {
    code: (a) => a.code as Aim,
  },
};
