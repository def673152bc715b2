import type { UseCaseDeps, UseCaseResult, UserError } from '@ekst/subgraph-kit';
import type { UserErrorCode } from '../__generated__/resolvers-types';

/**
 * What every evaluation use case returns: done, rejected with the codes the schema's
 * `UserErrorCode` declares (generated from it, so an undeclared code does not compile), or
 * forbidden.
 */
export type EvaluationResult<T> = UseCaseResult<T, UserErrorCode>;

export type EvaluationUserError = UserError & { code: UserErrorCode };

/** What every evaluation use case receives (`ctx.deps` in a resolver). */
export type EvaluationDeps = UseCaseDeps;
