import { hasRole } from '@ekst/auth';
import { forbidden, isUuid } from '@ekst/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { TeacherSwapContext } from '../context';
import type { ClusterStanding } from '../domain/cluster-rules';
import { maySeeClusters, mayUseResources } from '../domain/cluster-rules';
import {
  decodeResourceCursor,
  encodeResourceCursor,
  resourcePageSize,
} from '../domain/cluster-resource-cursor';
import { SubjectClusterEntity } from '../entities/subject-cluster.entity';
import {
  clusterResourcesPage,
  listSubjectClusters,
} from '../use-cases/list-subject-clusters.use-case';
import { personIdOf } from '../use-cases/subject-cluster-standing';

async function standingOf(ctx: TeacherSwapContext, clusterId: string): Promise<ClusterStanding> {
  const self = personIdOf(ctx.caller);
  const row = (await ctx.membersOfCluster.load(clusterId)).find((m) => m.personId === self);
  if (!row) return 'none';
  return row.lead ? 'lead' : 'member';
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Subject clusters: queries and types (their mutations are in ./index.ts with the others). */
export const subjectClusterResolvers: Resolvers = {
  Query: {
    subjectClusters: (_root, { subject }, ctx) => {
      if (!maySeeClusters(ctx.caller))
        throw forbidden('Subject clusters are visible to teachers, heads and the coordinator');
      return listSubjectClusters(ctx.dataSource, subject ?? null);
    },
    subjectCluster: (_root, { id }, ctx) =>
      maySeeClusters(ctx.caller) && isUuid(id)
        ? ctx.dataSource.getRepository(SubjectClusterEntity).findOneBy({ id: id.toLowerCase() })
        : null,
    clusterResources: async (_root, { clusterId, search, tag, first, after }, ctx) => {
      const id = clusterId.toLowerCase();
      if (!isUuid(id) || !mayUseResources(ctx.caller, await standingOf(ctx, id)))
        throw forbidden("A cluster's resources are visible to its members and the coordinator");
      const size = resourcePageSize(first);
      if (size === null) throw badInput('`first` must be a positive whole number');
      const cursor = after ? decodeResourceCursor(after) : null;
      if (after && !cursor) throw badInput('`after` is not a cursor this service issued');
      const rows = await clusterResourcesPage(ctx.dataSource, id, {
        search: search ?? null,
        tag: tag ?? null,
        after: cursor,
        size,
      });
      const edges = rows.slice(0, size).map((node) => ({
        node,
        cursor: encodeResourceCursor({ createdAt: node.createdAt.toISOString(), id: node.id }),
      }));
      return {
        edges,
        pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
  SubjectCluster: {
    memberCount: async (c, _args, ctx) => (await ctx.membersOfCluster.load(c.id)).length,
    isMember: async (c, _args, ctx) => (await standingOf(ctx, c.id)) !== 'none',
    isLead: async (c, _args, ctx) => (await standingOf(ctx, c.id)) === 'lead',
    members: async (c, _args, ctx) =>
      hasRole(ctx.caller, 'COORDINATOR') || (await standingOf(ctx, c.id)) !== 'none'
        ? ctx.membersOfCluster.load(c.id)
        : null,
    createdAt: (c) => c.createdAt.toISOString(),
  },
  SubjectClusterMember: {
    person: (m) => ({ id: m.personId }),
    joinedAt: (m) => m.joinedAt.toISOString(),
  },
  ClusterResource: {
    addedBy: (r) => (r.addedBy ? { id: r.addedBy } : null),
    createdAt: (r) => r.createdAt.toISOString(),
  },
};
