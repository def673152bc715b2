import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/people/src/schema.graphql',
  generates: {
    'apps/people/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#PeopleContext',
        mappers: {
          Person: '../entities/person.entity#PersonEntity',
          Partner: '../resolvers/references#PartnerRef',
        },
      },
    },
  },
};
export default config;
