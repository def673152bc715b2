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
          ConsentRecord: '../entities/consent-record.entity#ConsentRecordEntity',
          ConsentState: '../domain/consent-state#ConsentState as ConsentStateModel',
          SafeguardingCheck: '../entities/safeguarding-check.entity#SafeguardingCheckEntity',
          ChildrenClearance: '../resolvers/references#ClearanceView',
          AuthSession: '../use-cases/sign-in.use-case#IssuedSession',
        },
      },
    },
  },
};
export default config;
