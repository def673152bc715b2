export * from './envelope';
export * from './topics';
export * from './event-definition';
export * from './partners.events';
export * from './people.events';
export * from './events.events';
export * from './teacher-swap.events';
export * from './api-keys.events';
