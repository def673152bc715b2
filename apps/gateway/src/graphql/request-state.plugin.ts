import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import type { GatewayContext } from '../gateway-context';
import { CLIENT_ERROR_CODES } from './format-error';

/**
 * Records the resolved operation and the error codes on the request state (for the one log line
 * per request), and logs the detail of every error that formatError will mask, with the request
 * id, so an "Internal server error" seen by a client can be traced.
 */
export function requestStatePlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName, operation }) {
          contextValue.requestState.operationName = operationName;
          contextValue.requestState.operationType = operation?.operation ?? null;
        },
        async didEncounterErrors({ contextValue, errors }) {
          // A throw here would turn the response into a 500: this hook must be infallible.
          try {
            for (const error of errors) {
              // Typed as GraphQLError, but the gateway passes transport failures (e.g. a fetch
              // TypeError for a subgraph that is down) through as they are, without extensions.
              const extensions: Record<string, unknown> = error.extensions ?? {};
              const code =
                typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
              contextValue.requestState.errorCodes.push(code);
              if (!CLIENT_ERROR_CODES.has(code) || extensions.response !== undefined) {
                logger.error(
                  {
                    requestId: contextValue.requestId,
                    path: error.path,
                    serviceName: extensions.serviceName,
                    error: describeError(unwrapResolverError(error)),
                  },
                  'error masked from client',
                );
              }
            }
          } catch (err) {
            logger.error({ error: String(err) }, 'could not record request errors');
          }
        },
      };
    },
  };
}

/** Name, message, stack and cause (fetch puts ECONNREFUSED and the like there), without `instanceof`. */
function describeError(error: unknown): Record<string, unknown> | string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { name, message, stack, cause } = error as {
    name?: unknown;
    message?: unknown;
    stack?: unknown;
    cause?: unknown;
  };
  return {
    name,
    message,
    stack,
    ...(cause !== undefined && {
      cause:
        typeof cause === 'object' && cause !== null
          ? String((cause as { message?: unknown }).message ?? cause)
          : String(cause),
    }),
  };
}
