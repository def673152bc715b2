import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@ekst/auth';
import { createByIdLoader, createGroupLoader, MESSAGING_DATA_POLICIES } from '@ekst/subgraph-kit';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import { gql } from 'graphql-tag';
import { In } from 'typeorm';
import type { PeopleContext } from './context';
import { personScopeFor } from './domain/person-visibility';
import { PartnerProjectionEntity } from './entities/partner-projection.entity';
import { PersonEntity } from './entities/person.entity';
import { handlers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers/person.resolvers';
import { loadPeopleOfPartners } from './use-cases/list-people.use-case';

export const peopleModule: SubgraphModule<PeopleContext> = {
  name: 'people',
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as SubgraphModule<PeopleContext>['resolvers'],
  entities: [PersonEntity, PartnerProjectionEntity],
  migrations,
  subscribesTo: ['partners-governance'],
  handlers,
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    { table: 'partner_projection', personalData: false, note: 'organisations, not people' },
    {
      table: 'person',
      personalData: true,
      action: 'keep',
      reason: 'the people register: kept while the person takes part; removed by erasure on request',
      onErasure: 'delete',
    },
  ],
  createContext: (base) => {
    const scope = personScopeFor(base.caller);
    const byRole = new Map<Role | null, DataLoader<string, PersonEntity[]>>();
    return {
      ...base,
      scope,
      personById: createByIdLoader((ids) =>
        base.dataSource.getRepository(PersonEntity).findBy({ id: In(ids) }),
      ),
      peopleOfPartner: (role) => {
        let loader = byRole.get(role);
        if (!loader) {
          loader = createGroupLoader(
            (partnerIds) => loadPeopleOfPartners(base.dataSource, scope, partnerIds, role),
            (p) => p.partnerId,
          );
          byRole.set(role, loader);
        }
        return loader;
      },
    };
  },
};
