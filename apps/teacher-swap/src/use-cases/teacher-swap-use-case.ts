import type { UseCaseDeps, UseCaseResult } from '@ekst/subgraph-kit';
import type { UserErrorCode } from '../__generated__/resolvers-types';

/**
 * What every teacher-swap use case returns: done, rejected with the codes the schema's
 * `UserErrorCode` declares (generated from it, so an undeclared code does not compile), or
 * forbidden.
 */
export type TeacherSwapResult<T> = UseCaseResult<T, UserErrorCode>;

/** What every teacher-swap use case receives (`ctx.deps` in a resolver). */
export type TeacherSwapDeps = UseCaseDeps;
