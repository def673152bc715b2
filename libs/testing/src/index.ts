export * from './env';
export * from './postgres-harness';
export * from './kafka-harness';
export * from './subgraph-harness';
export * from './stack/services';
export * from './stack/launch-stack';
export * from './stack/dev-auth';
export * from './kafka-test-bus';
