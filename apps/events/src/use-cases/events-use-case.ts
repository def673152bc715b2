import type { UseCaseDeps, UseCaseResult, UserError } from '@ekst/subgraph-kit';
import type { UserErrorCode } from '../__generated__/resolvers-types';

/**
 * The codes events may return are exactly the schema's `UserErrorCode` (generated from it), so a
 * use case returning a code the schema does not declare and document does not compile.
 */
export type EventsErrorCode = UserErrorCode;

export type EventsUserError = UserError & { code: EventsErrorCode };

/** What every events use case returns: done, rejected with events' codes, or forbidden. */
export type EventsResult<T> = UseCaseResult<T, EventsErrorCode>;

/** What every events use case receives (ctx.deps in a resolver). */
export type EventsDeps = UseCaseDeps;
