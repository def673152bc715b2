import type { Caller } from '@ekst/auth';
import { Kind, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';

/**
 * The only root fields a caller without a token may use: getting a token in the first place, and
 * ending a session with the refresh token (whose possession is the credential). Their payloads
 * hold no entity references, so such a request never reaches another subgraph.
 */
export const ANONYMOUS_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'signIn',
  'redeemSignInCode',
  'refreshSession',
  'signOut',
  // a forgotten password: asking is answered the same for every address, the token is the credential
  'requestPasswordReset',
  'resetPassword',
]);

/** Who an anonymous request speaks as towards the subgraphs: no person, no roles. */
export const ANONYMOUS_CALLER: Caller = Object.freeze({
  kind: 'anonymous',
  subject: 'anonymous',
  roles: [],
  partnerId: null,
});

/** Same cap as the query limits: this parse happens before Apollo's own. */
const MAX_TOKENS = 2000;

/**
 * True when a request body is a mutation whose root fields are all in the allow-list, with no
 * fragments or directives at the root. Decided before Apollo parses the document, so every other
 * request without a token still gets a plain 401, and no schema detail.
 */
export function isAnonymousOperation(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || query.length > 20_000) return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { maxTokens: MAX_TOKENS, noLocation: true }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return false;
  }
  const operation =
    typeof operationName === 'string' && operationName !== ''
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (!operation || operation.operation !== 'mutation') return false;
  if (operation.directives?.length) return false;
  return operation.selectionSet.selections.every(
    (s) =>
      s.kind === Kind.FIELD && !s.directives?.length && ANONYMOUS_ROOT_FIELDS.has(s.name.value),
  );
}
