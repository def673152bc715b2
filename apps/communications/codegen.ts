import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/communications/src/schema.graphql',
  generates: {
    'apps/communications/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#CommunicationsContext',
        mappers: {
          Person: '../resolvers/schema.mappers#PersonRef',
          Notification: '../resolvers/schema.mappers#NotificationRow',
          Delivery: '../resolvers/schema.mappers#DeliveryRow',
          Announcement: '../resolvers/schema.mappers#AnnouncementRow',
        },
      },
    },
  },
};
export default config;
