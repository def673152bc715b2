export * from './config';
export * from './errors';
export * from './logger';
export * from './user-error';
export * from './subgraph-server';
export * from './by-id-loader';
export * from './data-policy';
