import http from 'node:http';
import https from 'node:https';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import { currentTraceHeaders } from '@ekst/telemetry';
import type { Caller } from '@ekst/auth';
import { GraphQLError } from 'graphql';
import type { SubgraphName } from '../config';
import type { GatewayContext } from '../gateway-context';
import { REQUEST_ID_HEADER } from '../http/request-state.middleware';

/** Long enough for one subgraph fetch; a leaked token is useless soon after. */
const INTERNAL_TOKEN_TTL_SECONDS = 60;
/**
 * How long one signed token serves the same caller at the same subgraph: a third of its life, so
 * a reused token always has at least 40 s left. Signing is per caller, not per fetch.
 */
const INTERNAL_TOKEN_REUSE_MS = 20_000;
/** Callers whose tokens are kept at once (oldest dropped first). */
const INTERNAL_TOKEN_CACHE_SIZE = 10_000;
/** A subgraph that hangs must not hold the client (and a gateway socket) forever. */
const SUBGRAPH_TIMEOUT_MS = 15_000;

/**
 * An idle pooled connection is dropped after this long: well inside the subgraphs' own
 * keep-alive timeout (SUBGRAPH_KEEP_ALIVE_TIMEOUT_MS in the kit, 65 s), so the gateway is not the
 * one to find a connection the subgraph has just closed.
 */
const IDLE_SOCKET_MS = 30_000;
/**
 * Keep-alive connection pools to the subgraphs, one per protocol for the whole process: a query
 * reuses an open connection instead of a TCP handshake per request, and a burst may open up to
 * `maxSockets` per subgraph. Mutations take a connection of their own (`agent: false`): a
 * request on a reused connection the server closed at that moment fails before it is read, and
 * only a query may safely be sent again.
 */
const AGENTS = {
  'http:': new http.Agent({
    keepAlive: true,
    maxSockets: 128,
    maxFreeSockets: 128,
    timeout: IDLE_SOCKET_MS,
  }),
  'https:': new https.Agent({
    keepAlive: true,
    maxSockets: 128,
    maxFreeSockets: 128,
    timeout: IDLE_SOCKET_MS,
  }),
} as const;

/** A request on a pooled connection the other end had closed: nothing of it was read. */
function isStaleConnection(request: http.ClientRequest, err: NodeJS.ErrnoException): boolean {
  return request.reusedSocket && (err.code === 'ECONNRESET' || err.message === 'socket hang up');
}

/** A subgraph's HTTP answer, as read once and shared by every fetch merged into it. */
interface SubgraphAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly contentType: string | undefined;
  readonly cacheControl: string | undefined;
  readonly body: string;
}

/**
 * Sends one subgraph request. The gateway forwards none of the client's headers (its
 * Authorization in particular): the subgraph learns who is asking only from a short-lived internal
 * token signed for that subgraph alone, so a token captured at one subgraph is refused by the others.
 *
 * What it does instead of RemoteGraphQLDataSource's fetch (apps/gateway/README.md, "Performance"):
 * - one token per caller and subgraph, reused for 20 s of its 60 s, instead of one per fetch;
 * - node:http on keep-alive agents instead of WHATWG fetch (no web streams, no Request objects,
 *   no AbortSignal per fetch, no node-fetch Request built only for error reports);
 * - **identical fetches in flight are merged**: a query (never a mutation) with the same body to
 *   the same subgraph with the same internal token — so the same caller, roles and partner — is
 *   sent once, and every request waiting for it parses its own copy of the answer (nothing
 *   mutable is shared between requests). Different callers never share a fetch.
 */
export class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly target: URL;
  private readonly tokens = new Map<string, { token: Promise<string>; until: number }>();
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>();
  /** fetch query text → whether it is a mutation (plans hold a bounded set of texts) */
  private readonly mutations = new Map<string, boolean>();

  constructor(
    private readonly subgraphName: SubgraphName | (string & {}),
    url: string,
    private readonly internalTokenSecret: string,
  ) {
    super();
    this.url = url;
    this.target = new URL(url);
    if (this.target.protocol !== 'http:' && this.target.protocol !== 'https:') {
      throw new Error(`subgraph ${subgraphName}: only http(s) URLs are supported`);
    }
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
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
    const { query, variables, operationName, extensions } = options.request;
    if (!query) throw new Error('Missing query');
    const token = await this.tokenFor(caller);
    const body = JSON.stringify({ query, variables, operationName, extensions });
    const headers = {
      'content-type': 'application/json',
      [INTERNAL_TOKEN_HEADER]: token,
      [REQUEST_ID_HEADER]: requestId,
      // The subgraph continues this operation's trace: the W3C headers of the active span (none
      // when tracing is off; the HTTP instrumentation, when on, sets its client span's instead).
      ...(currentTraceHeaders() ?? {}),
    };
    const answer = this.isMutation(query)
      ? await this.post(headers, body, { pooled: false })
      : await this.merged(`${token}\n${body}`, () => this.post(headers, body, { pooled: true }));

    if (answer.status < 200 || answer.status > 299) throw this.errorFrom(answer);
    const parsed = parseJson(answer);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Error(`Expected JSON response body, but received: ${answer.body.slice(0, 200)}`);
    }
    const policy = options.incomingRequestContext.overallCachePolicy;
    if (policy && 'restrict' in policy) policy.restrict(cacheHint(answer.cacheControl));
    return parsed as GatewayGraphQLResponse;
  }

  /** The caller's internal token for this subgraph: signed once, reused while fresh enough. */
  private tokenFor(caller: Caller): Promise<string> {
    // Everything the token says: two callers share a token only if it would say the same.
    const key = JSON.stringify([
      caller.kind,
      caller.subject,
      caller.roles,
      caller.partnerId,
      caller.sessionId ?? null,
      caller.scopes ?? null,
    ]);
    const now = Date.now();
    const cached = this.tokens.get(key);
    if (cached !== undefined && cached.until > now) return cached.token;
    if (cached !== undefined) this.tokens.delete(key);
    else if (this.tokens.size >= INTERNAL_TOKEN_CACHE_SIZE) {
      this.tokens.delete(this.tokens.keys().next().value as string);
    }
    const token = signInternalToken(caller, {
      secret: this.internalTokenSecret,
      audience: this.subgraphName,
      ttlSeconds: INTERNAL_TOKEN_TTL_SECONDS,
    });
    this.tokens.set(key, { token, until: now + INTERNAL_TOKEN_REUSE_MS });
    token.catch(() => this.tokens.delete(key));
    return token;
  }

  private isMutation(query: string): boolean {
    let mutation = this.mutations.get(query);
    if (mutation === undefined) {
      // The planner writes each fetch as `query …` or `mutation …` (never a subscription here).
      mutation = /^\s*mutation\b/.test(query);
      if (this.mutations.size > 10_000) this.mutations.clear();
      this.mutations.set(query, mutation);
    }
    return mutation;
  }

  /** The one fetch in flight with this key, or a new one. */
  private merged(key: string, send: () => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
    const running = this.inFlight.get(key);
    if (running !== undefined) return running;
    const started = send().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  private post(
    headers: Record<string, string>,
    body: string,
    opts: { pooled: boolean; retried?: boolean },
  ): Promise<SubgraphAnswer> {
    const target = this.target;
    return new Promise((resolve, reject) => {
      const request = (target.protocol === 'https:' ? https : http).request(
        target,
        {
          method: 'POST',
          agent: opts.pooled ? AGENTS[target.protocol as keyof typeof AGENTS] : false,
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.once('error', fail);
          response.once('end', () => {
            clearTimeout(timer);
            resolve({
              status: response.statusCode ?? 0,
              statusText: response.statusMessage ?? '',
              contentType: response.headers['content-type'],
              cacheControl: response.headers['cache-control'],
              body: Buffer.concat(chunks).toString('utf8'),
            });
          });
        },
      );
      const timer = setTimeout(
        () =>
          request.destroy(new Error(`subgraph request timed out after ${SUBGRAPH_TIMEOUT_MS} ms`)),
        SUBGRAPH_TIMEOUT_MS,
      );
      const fail = (err: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        // A query sent on a pooled connection the subgraph had just closed: once more, afresh.
        if (opts.pooled && !opts.retried && isStaleConnection(request, err))
          this.post(headers, body, { ...opts, retried: true }).then(resolve, reject);
        else reject(err);
      };
      request.once('error', fail);
      request.end(body);
    });
  }

  /** As RemoteGraphQLDataSource reports an HTTP error; formatError masks it (`response`). */
  private errorFrom(answer: SubgraphAnswer): GraphQLError {
    return new GraphQLError(`${answer.status}: ${answer.statusText}`, {
      extensions: {
        ...(answer.status === 401 && { code: 'UNAUTHENTICATED' }),
        ...(answer.status === 403 && { code: 'FORBIDDEN' }),
        response: {
          url: this.url,
          status: answer.status,
          statusText: answer.statusText,
          body: safeJson(answer),
        },
      },
    });
  }
}

function isJson(answer: SubgraphAnswer): boolean {
  const type = answer.contentType ?? '';
  return (
    type.startsWith('application/json') || type.startsWith('application/graphql-response+json')
  );
}

function parseJson(answer: SubgraphAnswer): unknown {
  return isJson(answer) ? (JSON.parse(answer.body) as unknown) : answer.body;
}

function safeJson(answer: SubgraphAnswer): unknown {
  try {
    return parseJson(answer);
  } catch {
    return answer.body;
  }
}

/** A subgraph's Cache-Control as Apollo's cache hint (what RemoteGraphQLDataSource does). */
function cacheHint(header: string | undefined): {
  maxAge: number;
  scope?: 'PUBLIC' | 'PRIVATE';
} {
  const hint: { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } = { maxAge: 0 };
  if (!header) return hint;
  for (const part of header.split(',')) {
    const [name, value] = part.trim().toLowerCase().split('=');
    if (name === 'max-age' && value !== undefined && /^[0-9]+$/.test(value)) hint.maxAge = +value;
    if (name === 'private') hint.scope = 'PRIVATE';
    if (name === 'public') hint.scope = 'PUBLIC';
  }
  return hint;
}
