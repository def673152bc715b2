import { userError } from '@ekst/subgraph-kit';
import type { UseCaseDeps, UseCaseResult } from '@ekst/subgraph-kit';
import type { UserErrorCode } from '../__generated__/resolvers-types';
import type { TokenSigner } from '../auth/token-signer';

/**
 * The codes people's schema declares (`enum UserErrorCode`), so a use case cannot return one a
 * client was never told about.
 */
export type PeopleErrorCode = UserErrorCode;

/** What every people use case returns: the seam's result with people's own error codes. */
export type PeopleResult<T> = UseCaseResult<T, PeopleErrorCode>;

/** The seam's dependencies plus the one thing only people has: the signer of access tokens. */
export interface PeopleDeps extends UseCaseDeps {
  /** signs access tokens (created once per process) */
  signer(): Promise<TokenSigner>;
}

/** Someone the caller may not see is answered exactly like no one at all. */
export const noSuchPerson = (field: string | null) =>
  userError('NOT_FOUND', 'no such person', field);
