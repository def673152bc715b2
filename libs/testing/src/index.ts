export * from './env';
export * from './postgres-harness';
export * from './kafka-harness';
export * from './subgraph-harness';
// The service list and the launcher live in @ekst/platform; tests keep importing them from here.
export { GATEWAY_PORT, Stack, SUBGRAPHS } from '@ekst/platform';
export type { ServiceSpec, StackOptions, SubgraphName } from '@ekst/platform';
export * from './stack/dev-auth';
export * from './kafka-test-bus';
export * from './partner-envelopes';
export * from './stack/test-stack';
export * from './stack/shared-stack';
export * from './documented-page-queries';
