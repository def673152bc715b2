/**
 * The GraphQL error codes a client may see, the one list both the gateway and every subgraph
 * format errors with (`makeFormatError` in subgraph-kit, `formatGatewayError` in the gateway).
 * They come from Apollo Server, the gateway's query limits and authentication, and the subgraphs'
 * own refusals. Anything else (a bug, SQL, a subgraph that is down) is masked as
 * INTERNAL_SERVER_ERROR. It lives in @ekst/auth, which both already use, rather than subgraph-kit,
 * which would pull a subgraph's server, TypeORM and Kafka into the gateway; two copies drifted
 * (the kit's lacked SERVICE_UNAVAILABLE).
 */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // The gateway cannot reach the identity provider: a retryable refusal, not a sign-out.
  'SERVICE_UNAVAILABLE',
  // The gateway's rate limits (HTTP 429 with Retry-After).
  'RATE_LIMITED',
]);

export function isClientErrorCode(code: unknown): code is string {
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
}
