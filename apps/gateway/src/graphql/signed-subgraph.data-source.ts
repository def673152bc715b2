import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import type { SubgraphName } from '../config';
import type { GatewayContext } from '../gateway-context';
import { REQUEST_ID_HEADER } from '../http/request-state.middleware';

/** Long enough for one subgraph fetch; a leaked token is useless soon after. */
const INTERNAL_TOKEN_TTL_SECONDS = 60;
/** A subgraph that hangs must not hold the client (and a gateway socket) forever. */
const SUBGRAPH_TIMEOUT_MS = 15_000;

/**
 * Sends one subgraph request. The gateway forwards none of the client's headers (its
 * Authorization in particular): the subgraph learns who is asking only from a short-lived internal
 * token signed for that subgraph alone, so a token captured at one subgraph is refused by the others.
 */
export class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: SubgraphName | (string & {}),
    url: string,
    private readonly internalTokenSecret: string,
  ) {
    super();
    this.url = url;
    this.fetcher = (input, init) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(SUBGRAPH_TIMEOUT_MS) });
  }

  override async willSendRequest(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<void> {
    // With a static supergraph the gateway neither loads schemas nor health-checks subgraphs, so
    // every request speaks for a client; anything else would go out without a caller. Refuse it.
    // (@apollo/gateway does not export the request-kind enum; only incoming operations carry
    // the client's request context.)
    if (!('incomingRequestContext' in options)) {
      throw new Error(
        `refusing a ${options.kind} request to subgraph ${this.subgraphName}: no caller`,
      );
    }
    const { caller, requestId } = options.context;
    const headers = options.request.http?.headers;
    if (headers === undefined) throw new Error('subgraph request has no HTTP headers to sign');
    headers.set(
      INTERNAL_TOKEN_HEADER,
      await signInternalToken(caller, {
        secret: this.internalTokenSecret,
        audience: this.subgraphName,
        ttlSeconds: INTERNAL_TOKEN_TTL_SECONDS,
      }),
    );
    headers.set(REQUEST_ID_HEADER, requestId);
  }
}
