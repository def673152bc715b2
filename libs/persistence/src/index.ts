export * from './naming-strategy';
export * from './query-counter';
export * from './data-source';
export * from './database-url';
