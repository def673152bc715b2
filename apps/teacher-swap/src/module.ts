import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createByIdLoader,
  createGroupLoader,
  MESSAGING_DATA_POLICIES,
  RETENTION_RUN_DATA_POLICY,
} from '@ekst/subgraph-kit';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import { gql } from 'graphql-tag';
import { In } from 'typeorm';
import type { TeacherSwapContext } from './context';
import { swapOfferScopeFor } from './domain/swap-offer-visibility';
import { swapScopeFor } from './domain/swap-permissions';
import { ClusterResourceEntity } from './entities/cluster-resource.entity';
import { PartnerProjectionEntity } from './entities/partner-projection.entity';
import { PersonProjectionEntity } from './entities/person-projection.entity';
import { PersonSafeguardingEntity } from './entities/person-safeguarding.entity';
import { SubjectClusterMemberEntity } from './entities/subject-cluster-member.entity';
import { SubjectClusterEntity } from './entities/subject-cluster.entity';
import { SwapReflectionEntity } from './entities/swap-reflection.entity';
import { SwapRequestEntity } from './entities/swap-request.entity';
import { SwapEntity } from './entities/swap.entity';
import { SwapOfferEntity } from './entities/swap-offer.entity';
import { handlers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { loadSwapOffersOfTeachers } from './use-cases/list-swap-offers.use-case';
import { loadMembersOfClusters } from './use-cases/list-subject-clusters.use-case';
import {
  loadCompletedSwapsOfTeachers,
  loadReflectionsOfSwaps,
  loadSwapsOfPartners,
  loadSwapsOfTeachers,
} from './use-cases/list-swaps.use-case';
import { TEACHER_SWAP_SUBJECT_ACCESS } from './subject-access';

export const teacherSwapModule: SubgraphModule<TeacherSwapContext> = {
  name: 'teacher-swap',
  // --- data rights (issue 20) ---
  subjectAccess: TEACHER_SWAP_SUBJECT_ACCESS,
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as SubgraphModule<TeacherSwapContext>['resolvers'],
  entities: [
    SwapOfferEntity,
    SwapRequestEntity,
    SwapEntity,
    SwapReflectionEntity,
    PersonProjectionEntity,
    PersonSafeguardingEntity,
    PartnerProjectionEntity,
    SubjectClusterEntity,
    SubjectClusterMemberEntity,
    ClusterResourceEntity,
  ],
  migrations,
  // Produces SwapScheduled, SwapCompleted, SwapReflected and SwapWithdrawn on its own topic.
  subscribesTo: ['partners-governance', 'people'],
  handlers,
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    // --- data rights (issue 20) ---
    RETENTION_RUN_DATA_POLICY,
    { table: 'partner_projection', personalData: false, note: 'organisations, not people' },
    {
      table: 'subject_cluster',
      personalData: false,
      note: 'a subject group: name, subject, phase',
    },
    {
      table: 'subject_cluster_member',
      personalData: true,
      action: 'keep',
      reason: 'who belongs to a cluster, for as long as they do; leaving deletes the row',
      onErasure: 'delete',
    },
    {
      table: 'cluster_resource',
      personalData: true,
      action: 'keep',
      reason:
        'teaching resources the cluster shares; the adder’s pseudonymous id only, for attribution',
      onErasure: 'anonymise',
    },
    {
      table: 'person_projection',
      personalData: true,
      action: 'keep',
      reason:
        'pseudonymous id, partner and roles to check who may offer a swap; follows the people service',
      onErasure: 'delete',
    },
    {
      table: 'swap_offer',
      personalData: true,
      action: 'delete',
      retainDays: 2 * 365,
      ageColumn: 'created_at',
      basis: 'a teacher’s availability and notes; two years covers a swap and its reflection',
      onErasure: 'delete',
    },
    {
      table: 'swap_request',
      personalData: true,
      action: 'delete',
      retainDays: 2 * 365,
      ageColumn: 'created_at',
      basis: 'a teacher’s availability and notes, as for offers',
      onErasure: 'delete',
    },
    {
      table: 'swap',
      personalData: true,
      action: 'delete',
      retainDays: 3 * 365,
      ageColumn: 'created_at',
      basis: 'who visited whom and when; three years covers the CPD record and the evaluation',
      onErasure: 'delete',
    },
    {
      table: 'swap_reflection',
      personalData: true,
      action: 'delete',
      retainDays: 3 * 365,
      ageColumn: 'created_at',
      basis: 'free text about a visit that may identify people; kept as long as its swap',
      onErasure: 'delete',
    },
    {
      table: 'person_safeguarding',
      personalData: true,
      action: 'keep',
      reason:
        'whether a visiting teacher may work with children on the swap’s days; follows people',
      onErasure: 'delete',
    },
  ],
  createContext: (base) => {
    const scope = swapOfferScopeFor(base.caller);
    const swapScope = swapScopeFor(base.caller);
    return {
      ...base,
      scope,
      swapOfferById: createByIdLoader((ids) =>
        base.dataSource.getRepository(SwapOfferEntity).findBy({ id: In(ids) }),
      ),
      swapOffersOfTeacher: createGroupLoader(
        (teacherIds) => loadSwapOffersOfTeachers(base.dataSource, scope, teacherIds),
        (o) => o.teacherId,
      ),
      swapScope,
      swapRequestById: createByIdLoader((ids) =>
        base.dataSource.getRepository(SwapRequestEntity).findBy({ id: In(ids) }),
      ),
      swapById: createByIdLoader((ids) =>
        base.dataSource.getRepository(SwapEntity).findBy({ id: In(ids) }),
      ),
      swapsOfTeacher: createGroupLoader(
        (teacherIds) => loadSwapsOfTeachers(base.dataSource, swapScope, teacherIds),
        (row) => row.teacherId,
      ),
      swapsOfPartner: createGroupLoader(
        (partnerIds) => loadSwapsOfPartners(base.dataSource, swapScope, partnerIds),
        (row) => row.partnerId,
      ),
      completedSwapsOfTeacher: createGroupLoader(
        (teacherIds) => loadCompletedSwapsOfTeachers(base.dataSource, teacherIds),
        (row) => row.teacherId,
      ),
      membersOfCluster: createGroupLoader(
        (clusterIds) => loadMembersOfClusters(base.dataSource, clusterIds),
        (m) => m.clusterId,
      ),
      personProjectionById: createByIdLoader((ids) =>
        base.dataSource.getRepository(PersonProjectionEntity).findBy({ id: In(ids) }),
      ),
      partnerProjectionById: createByIdLoader((ids) =>
        base.dataSource.getRepository(PartnerProjectionEntity).findBy({ id: In(ids) }),
      ),
      reflectionsOfSwap: createGroupLoader(
        (swapIds) => loadReflectionsOfSwaps(base.dataSource, swapIds),
        (r) => r.swapId,
      ),
    };
  },
};
