import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import type { GatewayContext } from '../src/gateway-context';
import { formatGatewayError } from '../src/graphql/format-error';
import { SignedSubgraphDataSource } from '../src/graphql/signed-subgraph.data-source';
import { TEST_INTERNAL_TOKEN_SECRET } from './support/gateway-harness';

/**
 * The gateway's subgraph fetches against a real HTTP subgraph that answers slowly (so fetches
 * overlap) and records every request it gets: identical queries in flight for the same caller
 * are sent once, nothing else is ever merged, and the internal token is signed once per caller.
 */

interface Received {
  subject: string;
  token: string;
  requestId: string | undefined;
  body: { query: string; variables?: Record<string, unknown> };
}

let server: http.Server;
let url: string;
let received: Received[] = [];
let status = 200;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const token = String(req.headers[INTERNAL_TOKEN_HEADER] ?? '');
      verifyInternalToken(token, { secret: TEST_INTERNAL_TOKEN_SECRET, audience: 'people' }).then(
        (caller) => {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Received['body'];
          received.push({
            subject: caller.subject,
            token,
            requestId: req.headers['x-request-id'] as string | undefined,
            body,
          });
          const n = received.length;
          setTimeout(() => {
            res.writeHead(status, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ data: { seenBy: caller.subject, n, list: [{ v: 1 }] } }));
          }, 150);
        },
        () => {
          res.writeHead(401, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: 'Invalid internal token' }] }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received = [];
  status = 200;
});

const person = (subject: string): Caller => ({
  kind: 'person',
  subject,
  roles: ['STUDENT'],
  partnerId: null,
});

let requestCounter = 0;
function fetchAs(
  source: SignedSubgraphDataSource,
  caller: Caller,
  query: string,
  variables?: Record<string, unknown>,
) {
  requestCounter += 1;
  const options = {
    // GraphQLDataSourceRequestKind.INCOMING_OPERATION (the enum is not exported at run time)
    kind: 'incoming operation',
    request: { query, variables },
    context: { caller, requestId: `req-${requestCounter}` },
    incomingRequestContext: {},
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  return source.process(options);
}

const QUERY = 'query Q__people__0 { me { id } }';

describe('subgraph fetches', () => {
  it('sends identical queries in flight for one caller once; each request gets its own copy', async () => {
    const source = new SignedSubgraphDataSource('people', url, TEST_INTERNAL_TOKEN_SECRET);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => fetchAs(source, person('s-1'), QUERY, { a: 1 })),
    );
    expect(received).toHaveLength(1);
    for (const answer of answers) expect(answer.data).toEqual(answers[0].data);
    expect(answers[0].data).toEqual({ seenBy: 's-1', n: 1, list: [{ v: 1 }] });
    // Not one object shared between requests: the gateway merges into what it receives.
    (answers[0].data!.list as Array<{ v: number }>)[0].v = 99;
    expect((answers[1].data!.list as Array<{ v: number }>)[0].v).toBe(1);
  });

  it('never merges fetches of different callers, other variables, mutations, or ones already answered', async () => {
    const source = new SignedSubgraphDataSource('people', url, TEST_INTERNAL_TOKEN_SECRET);
    const [a, b] = await Promise.all([
      fetchAs(source, person('s-a'), QUERY),
      fetchAs(source, person('s-b'), QUERY),
      fetchAs(source, person('s-a'), QUERY, { other: true }),
    ]);
    expect(a.data?.seenBy).toBe('s-a');
    expect(b.data?.seenBy).toBe('s-b');
    expect(received).toHaveLength(3);

    received = [];
    const mutation = 'mutation M__people__0 { touch }';
    await Promise.all([1, 2, 3].map(() => fetchAs(source, person('s-a'), mutation)));
    expect(received).toHaveLength(3);

    received = [];
    await fetchAs(source, person('s-a'), QUERY);
    await fetchAs(source, person('s-a'), QUERY);
    expect(received).toHaveLength(2);
    // One token per caller and subgraph, reused while fresh; each fetch keeps its request id.
    expect(received[1].token).toBe(received[0].token);
    expect(received[0].requestId).not.toBe(received[1].requestId);
  });

  it('reports a subgraph HTTP error as the gateway’s own problem (masked for the client)', async () => {
    status = 500;
    const source = new SignedSubgraphDataSource('people', url, TEST_INTERNAL_TOKEN_SECRET);
    const failure = await fetchAs(source, person('s-e'), QUERY).catch((err: unknown) => err);
    expect(failure).toMatchObject({ extensions: { response: { status: 500 } } });
    expect(
      formatGatewayError({ message: '500', extensions: { code: 'FORBIDDEN', response: {} } }),
    ).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('is refused by a subgraph of another name: the token is signed for one audience', async () => {
    const source = new SignedSubgraphDataSource('events', url, TEST_INTERNAL_TOKEN_SECRET);
    const failure = await fetchAs(source, person('s-x'), QUERY).catch((err: unknown) => err);
    expect(failure).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', response: { status: 401 } },
    });
    expect(received).toHaveLength(0);
  });
});

/**
 * A subgraph that closes a kept-alive connection just as the gateway reuses it (what Node's 5 s
 * keep-alive default did under load: "socket hang up", an "Internal server error" for the
 * client). This one answers the first request on each connection and drops the connection,
 * unanswered, when a second request arrives on it.
 */
describe('a pooled connection the subgraph has closed', () => {
  let dropper: http.Server;
  let dropperUrl: string;
  let requests: Array<{ reused: boolean; mutation: boolean }> = [];

  beforeAll(async () => {
    const seen = new WeakSet<object>();
    dropper = http.createServer((req, res) => {
      const reused = seen.has(req.socket);
      seen.add(req.socket);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        requests.push({ reused, mutation: body.includes('mutation') });
        if (reused) return void req.socket.destroy();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { ok: true } }));
      });
    });
    await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', resolve));
    dropperUrl = `http://127.0.0.1:${(dropper.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    dropper.closeAllConnections();
    await new Promise((resolve) => dropper.close(resolve));
  });

  beforeEach(() => {
    requests = [];
  });

  it('a query is sent again on a new connection and answered', async () => {
    const source = new SignedSubgraphDataSource('people', dropperUrl, TEST_INTERNAL_TOKEN_SECRET);
    expect((await fetchAs(source, person('k-1'), QUERY)).data).toEqual({ ok: true });
    const second = await fetchAs(source, person('k-1'), 'query Q__people__1 { me { name } }');
    expect(second.data).toEqual({ ok: true });
    // the second query met the closed connection, then went through on a fresh one
    expect(requests.map((r) => r.reused)).toEqual([false, true, false]);
  });

  it('a mutation never rides a pooled connection, so it is never sent twice', async () => {
    const source = new SignedSubgraphDataSource('people', dropperUrl, TEST_INTERNAL_TOKEN_SECRET);
    const mutation = 'mutation M__people__0 { touch }';
    await fetchAs(source, person('k-2'), mutation);
    await fetchAs(source, person('k-2'), mutation);
    expect(requests).toEqual([
      { reused: false, mutation: true },
      { reused: false, mutation: true },
    ]);
  });
});
