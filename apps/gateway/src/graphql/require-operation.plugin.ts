import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,127}$/;

/**
 * Without this, a document with no operation matching `operationName` reaches @apollo/gateway's
 * executor, which throws, and Apollo Server answers 500. It is the client's mistake: answer 400.
 */
export function requireOperationPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation !== undefined) return;
          const name = request.operationName;
          const message =
            name === undefined || name === null || name === ''
              ? 'The document has several operations: send operationName to choose one'
              : GRAPHQL_NAME.test(name)
                ? `Unknown operation named "${name}"`
                : 'Unknown operation name';
          throw new GraphQLError(message, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          });
        },
      };
    },
  };
}
