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
          Partner: '../resolvers/schema.mappers#PartnerRef',
          ConsentRecord: '../entities/consent-record.entity#ConsentRecordEntity',
          ConsentState: '../domain/consent-state#ConsentState as ConsentStateModel',
          SafeguardingCheck: '../entities/safeguarding-check.entity#SafeguardingCheckEntity',
          ChildrenClearance: '../resolvers/schema.mappers#ClearanceView',
          AuthSession: '../use-cases/issue-session#IssuedSession',
          // --- data rights (issue 20) ---
          DataSubject: '@ekst/subgraph-kit#DataSubjectRef',
          RetentionRecord: '@ekst/subgraph-kit#DataSubjectRef',
          RectificationRequest:
            '../entities/rectification-request.entity#RectificationRequestEntity',
          // --- roster import, rollover ---
          RolloverGroup: '../use-cases/rollover.use-case#RolloverGroup as RolloverGroupModel',
        },
      },
    },
  },
};
export default config;
