export * from './env';
export * from './postgres-harness';
export * from './kafka-harness';
export * from './subgraph-harness';
