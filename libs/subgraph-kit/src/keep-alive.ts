import type { Server } from 'node:http';

/**
 * How long a subgraph keeps an idle connection from the gateway open. Node's default (5 s) is
 * shorter than the gateway's pooled connections live (30 s idle), so under load the gateway
 * would send a query on a connection the subgraph was closing ("socket hang up"). The subgraph
 * waits longer than the gateway: the gateway is always the one to close an idle connection.
 */
export const SUBGRAPH_KEEP_ALIVE_TIMEOUT_MS = 65_000;

export function keepConnectionsAlive(server: Server): void {
  server.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_TIMEOUT_MS;
  // a request's headers must be allowed at least as long as the idle wait before them
  server.headersTimeout = SUBGRAPH_KEEP_ALIVE_TIMEOUT_MS + 1_000;
}
