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
          Person: '../resolvers/schema.mappers#PersonRef',
        },
      },
    },
  },
};
export default config;
