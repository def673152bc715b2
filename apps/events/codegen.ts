import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/events/src/schema.graphql',
  generates: {
    'apps/events/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#EventsContext',
        mappers: {
          Event: '../entities/event.entity#EventEntity',
          Registration: '../entities/registration.entity#RegistrationEntity',
          EventRole: '../entities/event-role.entity#EventRoleEntity',
          CalendarFeed: '../entities/calendar-feed.entity#CalendarFeedEntity',
          Partner: '../resolvers/schema.mappers#PartnerRef',
          Person: '../resolvers/schema.mappers#PersonRef',
          EventClash: '../domain/term-clash#TermClash',
          CreateEventPayload: '../resolvers/clash.resolvers#EventPayloadModel',
          EventPayload: '../resolvers/clash.resolvers#EventPayloadModel',
        },
      },
    },
  },
};
export default config;
