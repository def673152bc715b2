import type { UseCaseDeps, UseCaseResult } from '@ekst/subgraph-kit';
import type { UserErrorCode } from '../__generated__/resolvers-types';

/** What every communications use case returns: done, rejected with the schema's codes, or forbidden. */
export type CommunicationsResult<T> = UseCaseResult<T, UserErrorCode>;

/** What every communications use case receives (`ctx.deps` in a resolver). */
export type CommunicationsDeps = UseCaseDeps;

/** The signed-in person's id, or null for API keys and anonymous callers. */
export function personIdOf(caller: CommunicationsDeps['caller']): string | null {
  return caller.kind === 'person' ? caller.subject : null;
}
