export * from './logger';
export * from './kafka';
export * from './outbox';
export * from './outbox-relay';
export * from './inbox-consumer';
export * from './messaging-runtime';
export * from './messaging-tables.migration';
export * from './unit-of-work';
