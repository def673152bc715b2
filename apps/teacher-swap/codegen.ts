import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/teacher-swap/src/schema.graphql',
  generates: {
    'apps/teacher-swap/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#TeacherSwapContext',
        mappers: {
          SwapOffer: '../entities/swap-offer.entity#SwapOfferEntity',
          SwapRequest: '../entities/swap-request.entity#SwapRequestEntity',
          Swap: '../entities/swap.entity#SwapEntity',
          SwapReflection: '../entities/swap-reflection.entity#SwapReflectionEntity',
          MatchExplanation: '../entities/swap.entity#SwapExplanation',
          SubjectCluster: '../entities/subject-cluster.entity#SubjectClusterEntity',
          SubjectClusterMember:
            '../entities/subject-cluster-member.entity#SubjectClusterMemberEntity',
          ClusterResource: '../entities/cluster-resource.entity#ClusterResourceEntity',
          Person: '../resolvers/schema.mappers#PersonRef',
          Partner: '../resolvers/schema.mappers#PartnerRef',
        },
      },
    },
  },
};
export default config;
