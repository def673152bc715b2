import { CLIENT_ERROR_CODES, isClientErrorCode } from '@ekst/auth';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Codes a client may see: the one list the subgraphs use too (@ekst/auth). Anything else — a bug,
 * SQL, a subgraph that is down, a subgraph that refused the gateway's internal token — becomes
 * "Internal server error".
 */
export { CLIENT_ERROR_CODES };

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** graphql-js suggestions reveal schema that introspection would have hidden. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function isClientError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  // `response` is set by RemoteGraphQLDataSource when a subgraph answered with an HTTP error
  // status: that is the gateway's problem (e.g. a 401 for its own token), not the client's,
  // even though it arrives with a client-looking code.
  return isClientErrorCode(code) && formatted.extensions?.response === undefined;
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
