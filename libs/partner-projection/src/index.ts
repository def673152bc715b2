export * from './partner-projection.entity';
export * from './partner-projection.handlers';
export * from './partner-projection.migration';
