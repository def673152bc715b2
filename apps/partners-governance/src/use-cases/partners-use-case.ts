import type { UseCaseDeps, UseCaseResult } from '@ekst/subgraph-kit';
import type { UserErrorCode } from '../__generated__/resolvers-types';

/**
 * What every partners-governance use case returns: done, rejected with the codes the schema's
 * `UserErrorCode` declares (generated from it, so an undeclared code does not compile), or
 * forbidden.
 */
export type PartnersResult<T> = UseCaseResult<T, UserErrorCode>;

/** What every partners-governance use case receives (`ctx.deps` in a resolver). */
export type PartnersDeps = UseCaseDeps;
