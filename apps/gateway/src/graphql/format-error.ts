import type { GraphQLFormattedError } from 'graphql';

/**
 * Error codes a client may see, from Apollo Server, the query limits, authentication and the
 * subgraphs (libs/subgraph-kit uses the same list). Anything else — a bug, SQL, a subgraph that
 * is down, a subgraph that refused the gateway's internal token — becomes "Internal server error".
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
  'SERVICE_UNAVAILABLE',
]);

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** graphql-js suggestions reveal schema that introspection would have hidden. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function isClientError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  // `response` is set by RemoteGraphQLDataSource when a subgraph answered with an HTTP error
  // status: that is the gateway's problem (e.g. a 401 for its own token), not the client's,
  // even though it arrives with a client-looking code.
  return (
    typeof code === 'string' &&
    CLIENT_ERROR_CODES.has(code) &&
    formatted.extensions?.response === undefined
  );
}

/**
 * Apollo's formatError: rebuilds each error from an allow-list of fields, so nothing a subgraph
 * or library attached (stack traces, `serviceName`, downstream responses, exception details)
 * reaches the client.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const where = {
    ...(formatted.locations !== undefined && { locations: formatted.locations }),
    ...(formatted.path !== undefined && { path: formatted.path }),
  };
  if (!isClientError(formatted)) {
    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...where,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return {
    message: formatted.message.replace(SUGGESTION, ''),
    ...where,
    extensions: { code: formatted.extensions?.code, ...queryCostOf(formatted) },
  };
}

/** The cost and limit of an operation refused by the cost rule: the client needs both to fix it. */
function queryCostOf(formatted: GraphQLFormattedError): { cost: number; limit: number } | object {
  const { cost, limit } = formatted.extensions ?? {};
  return typeof cost === 'number' && typeof limit === 'number' ? { cost, limit } : {};
}
