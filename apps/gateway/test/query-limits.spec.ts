import type {
  GraphQLRequestContextDidEncounterErrors,
  GraphQLRequestListener,
} from '@apollo/server';
import type { GatewayContext } from '../src/gateway-context';
import { queryLimits } from '../src/graphql/query-limits';

/**
 * Every plugin the query limits add must survive any error a request can meet, including one whose
 * `message` is a read-only getter: a DOMException, e.g. from `AbortSignal.timeout` on a subgraph
 * fetch. graphql-armor's block-field-suggestions plugin assigned `error.message` on each and threw
 * a TypeError here (the suggestions themselves are removed elsewhere: gateway.integration-spec).
 */
describe('query limits: the plugins leave errors they meet intact', () => {
  it('a DOMException reaching didEncounterErrors neither throws nor is rewritten', async () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const errors = [timeout, new Error('Cannot query field "nam". Did you mean "name"?')];
    for (const plugin of queryLimits().plugins) {
      const listener = (await plugin.requestDidStart?.(
        {} as never,
      )) as GraphQLRequestListener<GatewayContext> | void;
      await expect(
        Promise.resolve(
          listener?.didEncounterErrors?.({
            errors,
          } as unknown as GraphQLRequestContextDidEncounterErrors<GatewayContext>),
        ),
      ).resolves.toBeUndefined();
    }
    expect(timeout.message).toBe('The operation was aborted due to timeout');
  });
});
