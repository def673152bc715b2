export * from './services';
export * from './build-apps';
export * from './launch-stack';
export * from './infra/postgres';
export * from './infra/kafka';
export * from './infra/mail';
export { DATA_ROOT, REPO_ROOT } from './infra/process-utils';
export type { Logger as InfraLogger } from './infra/process-utils';
export { ensureChromium, ensurePoppler } from './infra/chromium';
