import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isClientErrorCode } from '@ekst/auth';

/** The one list of codes a client may see, shared with the gateway; anything else is masked. */
export { CLIENT_ERROR_CODES } from '@ekst/auth';

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message = 'Sign in first'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
}

/**
 * Builds Apollo's formatError: client errors pass through; anything else (SQL, bugs) is logged
 * with its stack on the server and reaches the client as a bare "Internal server error".
 */
export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isClientErrorCode(code)) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    log.error(
      {
        err:
          original instanceof Error
            ? { message: original.message, stack: original.stack }
            : String(original),
        path: formatted.path,
      },
      'unhandled error in resolver',
    );
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
