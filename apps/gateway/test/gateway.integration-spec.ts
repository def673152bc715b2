import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { signDevToken } from '../src/auth/dev-issuer';
import { INTERNAL_ERROR_MESSAGE } from '../src/graphql/format-error';
import { QUERY_LIMITS } from '../src/graphql/query-limits';
import {
  composeFixtureSupergraph,
  startFixtureSubgraph,
  unusedPortUrl,
} from './support/fixture-subgraph';
import type { RunningFixture } from './support/fixture-subgraph';
import {
  startGateway,
  TEST_INTERNAL_TOKEN_SECRET,
  TEST_JWT_SECRET,
} from './support/gateway-harness';
import type { RunningGateway } from './support/gateway-harness';
import { errorCodes, postGraphQL, send } from './support/http-client';
import type { HttpResult } from './support/http-client';

/**
 * The gateway, black-box over HTTP: real fixture subgraphs (Federation v2, real Apollo Server,
 * the real internal-token check), a supergraph composed from them, a real gateway in front.
 */

interface SeenCaller {
  kind: string;
  subject: string;
  roles: string[];
  partnerId: string | null;
  audience: string;
  requestId: string | null;
  headerNames: string[];
}

const SEEN = 'kind subject roles partnerId audience requestId headerNames';
const PERSON_ID = randomUUID();
const PARTNER_ID = randomUUID();

let people: RunningFixture;
let events: RunningFixture;
let supergraphSdl: string;
let gw: RunningGateway;
let token: string;

beforeAll(async () => {
  people = await startFixtureSubgraph('people', TEST_INTERNAL_TOKEN_SECRET);
  events = await startFixtureSubgraph('events', TEST_INTERNAL_TOKEN_SECRET);
  supergraphSdl = composeFixtureSupergraph([people, events]);
  gw = await startGateway(supergraphSdl, { PEOPLE_URL: people.url, EVENTS_URL: events.url });
  token = await signDevToken(
    { sub: PERSON_ID, roles: ['COORDINATOR', 'HEAD'], partnerId: PARTNER_ID, ttl: '10m' },
    gw.config,
  );
});

afterAll(async () => {
  await gw?.stop();
  await people?.stop();
  await events?.stop();
});

const whoami = (t: string | undefined = token, headers: Record<string, string> = {}) =>
  postGraphQL<{ whoami: SeenCaller; eventsWhoami: SeenCaller }>(
    gw.url,
    { query: `query Who { whoami { ${SEEN} } eventsWhoami { ${SEEN} } }` },
    { token: t, headers },
  );

function expectNoStackOrInternals(result: HttpResult): void {
  expect(result.text).not.toMatch(
    /stacktrace| {4}at |secret_table|serviceName|127\.0\.0\.1|composition-default/i,
  );
}

describe('health', () => {
  it('is live and ready once the supergraph is loaded', async () => {
    expect((await send(`${gw.baseUrl}/health/live`, {})).status).toBe(200);
    const ready = await send(`${gw.baseUrl}/health/ready`, {});
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });
  });

  it('answers unknown paths with JSON 404, not an HTML page', async () => {
    const result = await send(`${gw.baseUrl}/nope`, {});
    expect(result.status).toBe(404);
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
  });
});

describe('a caller with a valid JWT', () => {
  it('reaches every subgraph, each of which sees the subject, roles and partner via its own internal token', async () => {
    const result = await whoami(token, {
      cookie: 'session=abc',
      'x-forwarded-for': '10.0.0.1',
      'x-custom': 'nope',
    });
    expect(result.status).toBe(200);
    expect(result.body?.errors).toBeUndefined();
    const { whoami: atPeople, eventsWhoami: atEvents } = result.body!.data!;
    for (const [seen, audience] of [
      [atPeople, 'people'],
      [atEvents, 'events'],
    ] as const) {
      expect(seen).toMatchObject({
        kind: 'person',
        subject: PERSON_ID,
        roles: ['COORDINATOR', 'HEAD'],
        partnerId: PARTNER_ID,
        audience,
      });
      // Nothing of the client's request is forwarded: not its token, not its cookies.
      expect(seen.headerNames).toContain('x-ekst-internal-token');
      expect(seen.headerNames).toContain('x-request-id');
      for (const forbidden of ['authorization', 'cookie', 'x-forwarded-for', 'x-custom']) {
        expect(seen.headerNames).not.toContain(forbidden);
      }
    }
  });

  it('a person without a partner is seen with partnerId null', async () => {
    const staff = await signDevToken({ sub: randomUUID(), roles: ['FINANCE'] }, gw.config);
    const result = await whoami(staff);
    expect(result.body?.data?.whoami).toMatchObject({ roles: ['FINANCE'], partnerId: null });
  });

  it('passes a well-formed x-request-id through to the subgraphs and back, and replaces a bad one', async () => {
    const good = await whoami(token, { 'x-request-id': 'req-abc.123_XYZ' });
    expect(good.headers.get('x-request-id')).toBe('req-abc.123_XYZ');
    expect(good.body?.data?.whoami.requestId).toBe('req-abc.123_XYZ');
    expect(good.body?.data?.eventsWhoami.requestId).toBe('req-abc.123_XYZ');

    const bad = await whoami(token, { 'x-request-id': `evil\u0009id ${'x'.repeat(100)}` });
    const replaced = bad.headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect(bad.body?.data?.whoami.requestId).toBe(replaced);
  });

  it('allows queries up to the depth limit', async () => {
    // tree (1) + child levels + the leaf id = exactly the limit
    let selection = 'id';
    for (let i = 2; i < QUERY_LIMITS.maxDepth; i++) selection = `id child { ${selection} }`;
    const result = await postGraphQL(gw.url, { query: `{ tree { ${selection} } }` }, { token });
    expect(result.status).toBe(200);
    expect(result.body?.errors).toBeUndefined();
  });
});

describe('authentication failures are 401 UNAUTHENTICATED, never 500, never jose details', () => {
  const secret = () => new TextEncoder().encode(TEST_JWT_SECRET);
  const now = () => Math.floor(Date.now() / 1000);
  const claims = { roles: ['COORDINATOR'], partner_id: null };
  const base = () =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(PERSON_ID)
      .setIssuer('ekst-dev')
      .setAudience('ekst-graph');
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  const cases: Array<[string, () => Promise<Record<string, string>>]> = [
    ['no Authorization header', async () => ({})],
    ['an empty bearer', async () => ({ authorization: 'Bearer ' })],
    ['a token that is not a JWT', async () => ({ authorization: 'Bearer not-a-jwt' })],
    [
      'a forged token (signed with another key)',
      async () => ({
        authorization: `Bearer ${await base()
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode('x'.repeat(48)))}`,
      }),
    ],
    [
      'an expired token',
      async () => ({
        authorization: `Bearer ${await base()
          .setIssuedAt(now() - 600)
          .setExpirationTime(now() - 300)
          .sign(secret())}`,
      }),
    ],
    [
      'a token older than AUTH_JWT_MAX_AGE, even if not expired',
      async () => ({
        authorization: `Bearer ${await base()
          .setIssuedAt(now() - 7200)
          .setExpirationTime(now() + 3600)
          .sign(secret())}`,
      }),
    ],
    [
      'a token for another audience',
      async () => ({
        authorization: `Bearer ${await base().setAudience('another-api').setIssuedAt().setExpirationTime('5m').sign(secret())}`,
      }),
    ],
    [
      'a token from another issuer',
      async () => ({
        authorization: `Bearer ${await base().setIssuer('someone-else').setIssuedAt().setExpirationTime('5m').sign(secret())}`,
      }),
    ],
    [
      'an unsigned token (alg none)',
      async () => ({
        authorization: `Bearer ${b64({ alg: 'none' })}.${b64({ ...claims, sub: PERSON_ID, iss: 'ekst-dev', aud: 'ekst-graph', iat: now(), exp: now() + 300 })}.`,
      }),
    ],
    [
      'a token with an unknown role',
      async () => ({
        authorization: `Bearer ${await new SignJWT({ roles: ['SUPERUSER'] }).setProtectedHeader({ alg: 'HS256' }).setSubject(PERSON_ID).setIssuer('ekst-dev').setAudience('ekst-graph').setIssuedAt().setExpirationTime('5m').sign(secret())}`,
      }),
    ],
    [
      'a token whose subject is not a person id',
      async () => ({
        authorization: `Bearer ${await base().setSubject('admin').setIssuedAt().setExpirationTime('5m').sign(secret())}`,
      }),
    ],
    [
      'a token without roles',
      async () => ({
        authorization: `Bearer ${await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(PERSON_ID).setIssuer('ekst-dev').setAudience('ekst-graph').setIssuedAt().setExpirationTime('5m').sign(secret())}`,
      }),
    ],
    ['a malformed API key', async () => ({ authorization: 'ApiKey ekst_live_abcdef0123456789' })],
    [
      'a malformed API key as a bearer token',
      async () => ({ authorization: 'Bearer ekst_live_abcdef0123456789' }),
    ],
    [
      'Basic credentials',
      async () => ({ authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` }),
    ],
  ];

  it.each(cases)('%s', async (_name, headersFor) => {
    const result = await send(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headersFor()) },
      body: JSON.stringify({ query: '{ whoami { subject } }' }),
    });
    expect([200, 401]).toContain(result.status);
    expect(result.status).toBe(401);
    expect(result.headers.get('www-authenticate')).toBe('Bearer realm="ekst"');
    expect(result.body?.data ?? null).toBeNull();
    expect(result.body?.errors).toHaveLength(1);
    const [error] = result.body!.errors!;
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(error.message).toMatch(
      /^(Authentication required|Invalid token|Token has expired|Malformed API key|Unsupported authorization scheme)/,
    );
    expect(error.message).not.toMatch(/ERR_|JWS|JWT|claim|signature|jose/i);
  });

  it('says why in the log (without the token), so operators can tell expiry from forgery', async () => {
    const expired = await base()
      .setIssuedAt(now() - 600)
      .setExpirationTime(now() - 300)
      .sign(secret());
    await send(gw.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${expired}`,
        'x-request-id': 'auth-log-check',
      },
      body: JSON.stringify({ query: '{ whoami { subject } }' }),
    });
    const line = gw.logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.requestId === 'auth-log-check');
    expect(line).toMatchObject({
      status: 401,
      authFailure: 'ERR_JWT_EXPIRED',
      errorCodes: ['UNAUTHENTICATED'],
    });
    expect(gw.logLines.join('\n')).not.toContain(expired);
  });
});

describe('hostile or broken requests get a clear error, and the gateway keeps serving', () => {
  const post = (query: string, extra: Record<string, unknown> = {}) =>
    postGraphQL(gw.url, { query, ...extra }, { token });

  it(`refuses a depth-50 query (limit ${QUERY_LIMITS.maxDepth})`, async () => {
    let selection = 'id';
    for (let i = 0; i < 50; i++) selection = `child { ${selection} }`;
    const result = await post(`{ tree { ${selection} } }`);
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(result.text).toMatch(/depth limit of 12/i);
  });

  it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from(
      { length: QUERY_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: tree { id }`,
    ).join(' ');
    const result = await post(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.text).toMatch(/aliases limit of 15/i);
  });

  it('refuses 1,000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: whoami { subject }`).join(' ');
    const result = await post(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    // 1,000 aliases are over the token limit too, which is checked first, while parsing.
    expect(errorCodes(result)[0]).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
  });

  it(`refuses more than ${QUERY_LIMITS.maxTokens} tokens with a 400, not a 500`, async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'id').join(' ');
    const result = await post(`{ tree { ${fields} } }`);
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it(`refuses a query over the cost limit (${QUERY_LIMITS.maxCost}), telling the client its cost and the limit`, async () => {
    // `trees` documents no cap, so the page asked for is what counts: 1 + 100,000 × 2 fields.
    const result = await post('{ trees(first: 100000) { id label } }');
    expect(result.status).toBe(400);
    expect(result.body?.errors).toEqual([
      {
        message: `Query cost limit of ${QUERY_LIMITS.maxCost} exceeded: this operation costs 200001. Ask for smaller pages (first) or fewer nested lists.`,
        locations: [{ line: 1, column: 1 }],
        extensions: {
          code: 'GRAPHQL_VALIDATION_FAILED',
          cost: 200001,
          limit: QUERY_LIMITS.maxCost,
        },
      },
    ]);
  });

  it(`refuses more than ${QUERY_LIMITS.maxDirectives} directives`, async () => {
    const directives = Array.from(
      { length: QUERY_LIMITS.maxDirectives + 1 },
      () => '@include(if: true)',
    ).join(' ');
    const result = await post(`{ tree { id ${directives} } }`);
    expect(result.status).toBe(400);
    expect(result.text).toMatch(/directives limit of 50/i);
  });

  it('refuses a 5 MB body with 413 and a JSON error', async () => {
    const result = await send(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: '{ tree { id } }',
        variables: { padding: 'x'.repeat(5 * 1024 * 1024) },
      }),
    });
    expect(result.status).toBe(413);
    expect(result.body).toEqual({
      errors: [
        {
          message: 'Request body is larger than the limit of 100kb',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });

  it('refuses malformed JSON with 400 and a JSON error that does not echo the body', async () => {
    const result = await send(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query": "{ tree { id } }", "secretish": ',
    });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('refuses an unknown operationName', async () => {
    const result = await post('query Known { tree { id } }', { operationName: 'Unknown' });
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
  });

  it('refuses a batched request', async () => {
    const result = await send(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ tree { id } }' }, { query: '{ tree { id } }' }]),
    });
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(['BAD_REQUEST']);
  });

  it('refuses a simple cross-site GET (CSRF prevention)', async () => {
    const result = await send(`${gw.url}?query=${encodeURIComponent('{ tree { id } }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(['BAD_REQUEST']);
    expect(result.text).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a simple cross-site POST (text/plain form post)', async () => {
    const result = await send(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { touch }' }),
    });
    expect(result.status).toBe(400);
    expect(result.text).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a mutation over GET, even with the preflight header', async () => {
    const result = await send(`${gw.url}?query=${encodeURIComponent('mutation { touch }')}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(result.status).toBe(405);
    expect(errorCodes(result)).toEqual(['BAD_REQUEST']);
  });

  it('still allows a query over GET with the preflight header', async () => {
    const result = await send(`${gw.url}?query=${encodeURIComponent('{ tree { id } }')}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(result.status).toBe(200);
    expect(result.body?.data).toEqual({ tree: { id: 'n60' } });
  });

  it('masks an unexpected subgraph error: no message, stack, SQL or subgraph name', async () => {
    const result = await post('{ failsInternally }');
    expect(result.body?.errors).toEqual([
      {
        message: INTERNAL_ERROR_MESSAGE,
        path: ['failsInternally'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expectNoStackOrInternals(result);
  });

  it('passes a subgraph client error (FORBIDDEN) through, stripped to message and code', async () => {
    const result = await post('{ forbiddenThing }');
    expect(result.body?.errors).toEqual([
      expect.objectContaining({
        message: 'Only coordinators may see this',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
    expectNoStackOrInternals(result);
  });

  it('after all of that, a normal query still succeeds', async () => {
    const result = await whoami();
    expect(result.status).toBe(200);
    expect(result.body?.data?.whoami.subject).toBe(PERSON_ID);
    const ready = await send(`${gw.baseUrl}/health/ready`, {});
    expect(ready.status).toBe(200);
  });
});

describe('logging', () => {
  it('writes one JSON line per request with operation, status and duration, and never the token or variables', async () => {
    const secretValue = `pupil-name-${randomUUID()}`;
    await postGraphQL(
      gw.url,
      {
        query: 'query Greet($g: Greeting) { whoami(greeting: $g) { subject } }',
        variables: { g: 'HELLO', note: secretValue },
      },
      { token, headers: { 'x-request-id': 'log-line-check' } },
    );
    const lines = gw.logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const mine = lines.filter((l) => l.requestId === 'log-line-check' && l.msg === 'request');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'Greet',
      operationType: 'query',
    });
    expect(typeof mine[0].durationMs).toBe('number');
    const all = gw.logLines.join('\n');
    expect(all).not.toContain(secretValue);
    expect(all).not.toContain(token);
  });
});

describe('in development', () => {
  it('allows introspection but still gives no field suggestions', async () => {
    const intro = await postGraphQL(
      gw.url,
      { query: '{ __schema { queryType { name } } }' },
      { token },
    );
    expect(intro.body?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await postGraphQL(gw.url, { query: '{ whoam { subject } }' }, { token });
    expect(typo.status).toBe(400);
    expect(typo.text).not.toMatch(/did you mean/i);
  });
});

describe('when subgraphs fail', () => {
  it('masks an unreachable subgraph and keeps serving the others', async () => {
    const down = await startGateway(supergraphSdl, {
      PEOPLE_URL: people.url,
      EVENTS_URL: await unusedPortUrl(),
    });
    try {
      const result = await postGraphQL<{ tree: { id: string } }>(
        down.url,
        { query: '{ tree { id } eventsWhoami { subject } }' },
        { token },
      );
      expect(result.status).toBe(200);
      expect(result.body?.data ?? null).toBeNull();
      expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
      expectNoStackOrInternals(result);
      const healthy = await postGraphQL(down.url, { query: '{ tree { id } }' }, { token });
      expect(healthy.body?.data).toEqual({ tree: { id: 'n60' } });
    } finally {
      await down.stop();
    }
  });

  it("treats a subgraph refusing the internal token as the gateway's fault, not the client's", async () => {
    const misconfigured = await startGateway(supergraphSdl, {
      PEOPLE_URL: people.url,
      EVENTS_URL: events.url,
      INTERNAL_TOKEN_SECRET: 'a-different-internal-secret-0123456789abcdef',
    });
    try {
      const result = await postGraphQL(misconfigured.url, { query: '{ tree { id } }' }, { token });
      expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(result.text).not.toMatch(/UNAUTHENTICATED|401|internal token/);
    } finally {
      await misconfigured.stop();
    }
  });
});

describe('when the external identity provider is unreachable', () => {
  it('answers 503 SERVICE_UNAVAILABLE, so clients retry instead of signing people out', async () => {
    const external = await startGateway(supergraphSdl, {
      PEOPLE_URL: people.url,
      EVENTS_URL: events.url,
      AUTH_JWKS_URL: await unusedPortUrl(),
    });
    try {
      // An ES256 token (an HS256 one is refused before any key is looked up): its key set
      // cannot even be fetched.
      const { privateKey } = await generateKeyPair('ES256');
      const es256 = await new SignJWT({ roles: ['HEAD'] })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject(PERSON_ID)
        .setIssuer('ekst-dev')
        .setAudience('ekst-graph')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      const result = await postGraphQL(
        external.url,
        { query: '{ tree { id } }' },
        { token: es256 },
      );
      expect(result.status).toBe(503);
      expect(result.body?.errors).toEqual([
        {
          message: 'Authentication is temporarily unavailable',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ]);
    } finally {
      await external.stop();
    }
  });
});

describe('in production', () => {
  let prod: RunningGateway;
  let prodToken: string;
  beforeAll(async () => {
    prod = await startGateway(supergraphSdl, {
      NODE_ENV: 'production',
      PEOPLE_URL: people.url,
      EVENTS_URL: events.url,
    });
    prodToken = await signDevToken(
      { sub: PERSON_ID, roles: ['TEACHER'], partnerId: PARTNER_ID },
      prod.config,
    );
  });
  afterAll(async () => prod?.stop());

  it('refuses introspection', async () => {
    const result = await postGraphQL(
      prod.url,
      { query: '{ __schema { types { name } } }' },
      { token: prodToken },
    );
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.text).toMatch(/introspection is not allowed/i);
    const byType = await postGraphQL(
      prod.url,
      { query: '{ __type(name: "SeenCaller") { fields { name } } }' },
      { token: prodToken },
    );
    expect(byType.status).toBe(400);
  });

  it.each([
    ['a mistyped field', { query: '{ whoam { subject } }' }],
    ['a mistyped nested field', { query: '{ whoami { subjec } }' }],
    ['a mistyped enum literal', { query: '{ whoami(greeting: HELO) { subject } }' }],
    [
      'a mistyped enum variable',
      {
        query: 'query G($g: Greeting) { whoami(greeting: $g) { subject } }',
        variables: { g: 'HELO' },
      },
    ],
    ['a mistyped argument', { query: '{ whoami(greting: HELLO) { subject } }' }],
  ])('gives no "Did you mean" suggestions for %s', async (_name, payload) => {
    const result = await postGraphQL(prod.url, payload, { token: prodToken });
    expect(result.status).toBe(400);
    expect(result.body?.errors?.length).toBeGreaterThan(0);
    expect(result.text).not.toMatch(/did you mean|HELLO|subject"\?|whoami"\?|greeting"\?/i);
  });

  it('errors carry no stack trace', async () => {
    for (const query of ['{ failsInternally }', '{ nope }', '{ forbiddenThing }', '{']) {
      const result = await postGraphQL(prod.url, { query }, { token: prodToken });
      expect(result.body?.errors?.length).toBeGreaterThan(0);
      expectNoStackOrInternals(result);
      for (const error of result.body!.errors!) {
        expect(Object.keys(error.extensions ?? {})).toEqual(['code']);
      }
    }
  });

  it('serves no landing page', async () => {
    const result = await send(prod.url, { headers: { accept: 'text/html' } });
    expect(result.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });

  it('still serves a normal query', async () => {
    const result = await postGraphQL<{ whoami: { roles: string[] } }>(
      prod.url,
      { query: '{ whoami { roles } }' },
      { token: prodToken },
    );
    expect(result.body?.data?.whoami.roles).toEqual(['TEACHER']);
  });
});

describe('stop()', () => {
  it('reports not ready and stops accepting connections', async () => {
    const temp = await startGateway(supergraphSdl, {
      PEOPLE_URL: people.url,
      EVENTS_URL: events.url,
    });
    expect((await send(`${temp.baseUrl}/health/ready`, {})).status).toBe(200);
    await temp.stop();
    await expect(fetch(`${temp.baseUrl}/health/live`)).rejects.toThrow();
  });
});
