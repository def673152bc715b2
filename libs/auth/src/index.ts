export * from './roles';
export * from './caller';
export * from './internal-token';
export * from './dev-jwt';
export * from './dev-auth-flag';
export * from './client-error-codes';
export * from './api-key';
