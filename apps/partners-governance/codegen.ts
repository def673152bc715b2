import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/partners-governance/src/schema.graphql',
  generates: {
    'apps/partners-governance/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#PartnersContext',
        mappers: {
          Partner: '../entities/partner.entity#PartnerEntity',
          // --- API keys ---
          ApiKey: '../entities/api-key.entity#ApiKeyEntity',
        },
      },
    },
  },
};
export default config;
