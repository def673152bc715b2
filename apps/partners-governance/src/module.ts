import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createByIdLoader, MESSAGING_DATA_POLICIES } from '@ekst/subgraph-kit';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import { gql } from 'graphql-tag';
import type { PartnersContext } from './context';
import { PartnerEntity } from './entities/partner.entity';
import { migrations } from './migrations';
import { loadPartners, resolvers } from './resolvers/partner.resolvers';
import { AssociateApplicationEntity, ContributionEntity } from './entities/associate.entity';
import { MembershipPeriodEntity } from './entities/membership-period.entity';
import { MouSignatureEntity, MouVersionEntity } from './entities/mou.entity';
import { AimEntity, PriorityEntity } from './entities/priority.entity';
import { TermCalendarEntryEntity } from './entities/term-calendar.entity';
import { GOVERNANCE_CORE_DATA_POLICIES } from './governance-core.data-policies';
import { createGovernanceLoaders } from './resolvers/governance.loaders';

export const partnersGovernanceModule: SubgraphModule<PartnersContext> = {
  name: 'partners-governance',
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as SubgraphModule<PartnersContext>['resolvers'],
  entities: [
    PartnerEntity,
    // --- membership, MoU, calendars (pg-core) ---
    MembershipPeriodEntity,
    AssociateApplicationEntity,
    ContributionEntity,
    MouVersionEntity,
    MouSignatureEntity,
    TermCalendarEntryEntity,
    AimEntity,
    PriorityEntity,
  ],
  migrations,
  subscribesTo: [],
  handlers: [],
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    { table: 'partner', personalData: false, note: 'organisations, not people' },
    // --- membership, MoU, calendars (pg-core) ---
    ...GOVERNANCE_CORE_DATA_POLICIES,
  ],
  createContext: (base) => ({
    ...base,
    partnerById: createByIdLoader((ids) => loadPartners(base, ids)),
    ...createGovernanceLoaders(base),
  }),
};
