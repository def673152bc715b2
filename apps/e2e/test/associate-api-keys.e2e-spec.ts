import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { formatApiKey } from '@ekst/auth';
import { devUserToken, gql, retryUntil, TestStack } from '@ekst/testing';

/**
 * An associate partner integrating through the graph with an API key, on the whole platform
 * (real processes, Postgres, Kafka; ports 55xx): the coordinator issues keys; the associate's
 * system reads the published programme, partners and published impact summaries through the
 * public contract and nothing else; a revoked key is refused within 5 s; last-used updates;
 * malformed, unknown and expired keys get clear errors; a key past its rate limit and a flood of
 * anonymous sign-ins from one IP get 429 with Retry-After while the gateway keeps serving.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
interface GqlResult<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}
const ERRORS = 'errors { code field message }';
const KEY_FIELDS = 'id name prefix scopes createdAt lastUsedAt expiresAt revokedAt state';
const API_KEY_LIMIT = 15;
const ANONYMOUS_LIMIT = 20;
const codesOf = (r: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  (r.errors ?? []).map((e) => e.extensions?.code);

describe('associate partners integrate with API keys', () => {
  const run = randomBytes(3).toString('hex');
  const stack = new TestStack('associate-api-keys', 1500, {
    RATE_LIMIT_API_KEY_PER_MINUTE: String(API_KEY_LIMIT),
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(ANONYMOUS_LIMIT),
    // Two scrypts at once: the machine running the suite is shared by several stacks.
    RATE_LIMIT_ANONYMOUS_IN_FLIGHT: '2',
  });
  let coordinator: string;
  let associateId: string;
  let schoolId: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  /** A request with an API key, as `Authorization: Bearer` or as `X-Api-Key`. */
  async function withKey<T>(
    key: string,
    query: string,
    variables?: Record<string, unknown>,
    how: 'bearer' | 'header' = 'bearer',
  ): Promise<GqlResult<T>> {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(how === 'bearer' ? { authorization: `Bearer ${key}` } : { 'x-api-key': key }),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, ...((await res.json()) as object) };
  }

  async function issueKey(input: Record<string, unknown>) {
    const r = await q<{
      issueApiKey: {
        secret: string | null;
        apiKey: { id: string; prefix: string } | null;
        errors: UserErr[];
      };
    }>(
      coordinator,
      `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret apiKey { id prefix } ${ERRORS} } }`,
      { input: { partnerId: associateId, ...input } },
    );
    expect(r.data?.issueApiKey.errors).toEqual([]);
    return { key: r.data!.issueApiKey.secret!, id: r.data!.issueApiKey.apiKey!.id };
  }

  async function listKeys(token: string) {
    return q<{ apiKeys: Array<Record<string, unknown>> | null }>(
      token,
      `query($p: ID!) { apiKeys(partnerId: $p) { ${KEY_FIELDS} } }`,
      { p: associateId },
    );
  }

  beforeAll(async () => {
    await stack.start();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000015c0',
      roles: ['COORDINATOR'],
    });
    const createPartner = async (name: string, kind: string) => {
      const r = await q<{ createPartner: { partner: { id: string } | null; errors: UserErr[] } }>(
        coordinator,
        `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
        { input: { name: `${name} ${run}`, kind, town: 'Canterbury' } },
      );
      expect(r.data?.createPartner.errors).toEqual([]);
      return r.data!.createPartner.partner!.id;
    };
    associateId = await createPartner('Canterbury Museums Trust', 'ASSOCIATE');
    schoolId = await createPartner('Simon Langton Grammar', 'SELECTIVE');
  }, 180000);

  afterAll(async () => {
    await stack?.dispose();
  });

  it('issue → read the public programme and summaries → nothing else → last used → revoked within 5 s', async () => {
    // A published event and a published impact summary to read.
    const startsAt = new Date(Date.now() + 7 * 86400_000);
    const eventId = await retryUntil(async () => {
      const r = await q<{ createEvent: { event: { id: string } | null } }>(
        coordinator,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } ${ERRORS} } }`,
        {
          input: {
            title: `Museum Late ${run}`,
            kind: 'OTHER',
            audience: 'STUDENTS',
            yearGroups: [9, 10],
            hostPartnerId: schoolId,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
            aims: ['WIDENING_HORIZONS'],
            capacity: 40,
          },
        },
      );
      return r.data?.createEvent.event?.id;
    }, 'partner → events');
    const published = await q<{ publishEvent: { errors: UserErr[] } }>(
      coordinator,
      `mutation($id: ID!) { publishEvent(id: $id) { event { status } ${ERRORS} } }`,
      { id: eventId },
    );
    expect(published.data!.publishEvent.errors).toEqual([]);
    const summary = await q<{ publishImpactSummary: { errors: UserErr[] } }>(
      coordinator,
      `mutation { publishImpactSummary(academicYear: 2025) { summary { academicYear } ${ERRORS} } }`,
    );
    expect(summary.data!.publishImpactSummary.errors).toEqual([]);

    // The associate's own people may see their keys, never a secret; nobody but the coordinator issues.
    const associatePerson = await devUserToken({
      sub: randomUUID(),
      roles: ['ASSOCIATE'],
      partnerId: associateId,
    });
    const refused = await q<{ issueApiKey: unknown }>(
      associatePerson,
      `mutation { issueApiKey(input: { partnerId: "${associateId}", name: "Own key", scopes: [PROGRAMME_READ] }) { secret ${ERRORS} } }`,
    );
    expect(codesOf(refused)).toEqual(['FORBIDDEN']);

    const { key, id } = await issueKey({
      name: 'Museum website',
      scopes: ['PROGRAMME_READ', 'PARTNERS_READ', 'IMPACT_READ'],
    });
    expect(key).toMatch(/^ekst_live_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    const before = await listKeys(associatePerson);
    expect(before.data!.apiKeys).toEqual([
      expect.objectContaining({ id, state: 'ACTIVE', lastUsedAt: null }),
    ]);
    expect(JSON.stringify(before)).not.toContain(key.slice(-43));

    // The published programme, partners and published summaries, through the contract.
    const programme = await withKey<{
      events: {
        edges: Array<{
          node: { id: string; title: string; status: string; hostPartner: { name: string } | null };
        }>;
      };
      partners: Array<{ id: string; name: string; kind: string }>;
    }>(
      key,
      `{ events(first: 20) { edges { node { id title status hostPartner { name } } } pageInfo { hasNextPage } }
         partners { id name kind } }`,
    );
    expect(programme.errors).toBeUndefined();
    expect(programme.data!.events.edges.map((e) => e.node)).toEqual([
      {
        id: eventId,
        title: `Museum Late ${run}`,
        status: 'PUBLISHED',
        hostPartner: { name: `Simon Langton Grammar ${run}` },
      },
    ]);
    expect(programme.data!.partners).toEqual(
      expect.arrayContaining([
        { id: associateId, name: `Canterbury Museums Trust ${run}`, kind: 'ASSOCIATE' },
      ]),
    );
    const summaries = await withKey<{
      impactSummaries: Array<{ academicYear: number; publishedAt: string | null }>;
    }>(
      key,
      `{ impactSummaries { academicYear publishedAt report { grouping cells { instrument n suppressed } } } }`,
      undefined,
      'header',
    );
    expect(summaries.errors).toBeUndefined();
    expect(summaries.data!.impactSummaries).toEqual([
      expect.objectContaining({ academicYear: 2025, publishedAt: expect.any(String) }),
    ]);

    // Naming anything outside the contract fails validation, with no data at all.
    for (const query of [
      `{ people { edges { node { id displayName } } } }`,
      `{ event(id: "${eventId}") { title registrations { id status } } }`,
      `{ surveys(eventId: "${eventId}") { id } }`,
      `{ apiKeys(partnerId: "${associateId}") { id } }`,
      `{ __schema { types { name } } }`,
      `mutation { publishImpactSummary(academicYear: 2024) { ${ERRORS} } }`,
    ]) {
      const r = await withKey(key, query);
      expect({ query, status: r.status, codes: codesOf(r), data: r.data ?? null }).toEqual({
        query,
        status: 400,
        codes: ['GRAPHQL_VALIDATION_FAILED'],
        data: null,
      });
    }
    // The mutation above did not run: no summary for 2024 exists.
    const years = await q<{ impactSummaries: Array<{ academicYear: number }> }>(
      coordinator,
      `{ impactSummaries { academicYear } }`,
    );
    expect(years.data!.impactSummaries.map((s) => s.academicYear)).toEqual([2025]);

    // Last used is recorded (the first verification writes it).
    const after = await listKeys(associatePerson);
    expect(after.data!.apiKeys![0].lastUsedAt).toEqual(expect.any(String));

    // A key limited to one scope cannot read the rest; revoked, it is refused within 5 s.
    const partnersOnly = await issueKey({ name: 'Partner directory', scopes: ['PARTNERS_READ'] });
    expect((await withKey(partnersOnly.key, `{ partners { name } }`)).status).toBe(200);
    const outOfScope = await withKey(
      partnersOnly.key,
      `{ events(first: 5) { edges { node { id } } } }`,
    );
    expect(codesOf(outOfScope)).toEqual(['FORBIDDEN']);
    expect(outOfScope.data ?? null).toBeNull();

    const revoked = await q<{
      revokeApiKey: { apiKey: { state: string } | null; errors: UserErr[] };
    }>(
      coordinator,
      `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { state } ${ERRORS} } }`,
      { id: partnersOnly.id },
    );
    expect(revoked.data!.revokeApiKey.apiKey!.state).toBe('REVOKED');
    const revokedAt = Date.now();
    let refusedAfterMs: number | null = null;
    while (Date.now() - revokedAt < 6_000) {
      const r = await withKey(partnersOnly.key, `{ partners { name } }`);
      if (r.status === 401) {
        refusedAfterMs = Date.now() - revokedAt;
        expect(r.errors![0]).toEqual({
          message: 'API key has been revoked',
          extensions: { code: 'UNAUTHENTICATED' },
        });
        expect(r.data ?? null).toBeNull();
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(refusedAfterMs).not.toBeNull();
    expect(refusedAfterMs!).toBeLessThan(5_000);
    // The other key is unaffected.
    expect((await withKey(key, `{ partners { name } }`)).status).toBe(200);
  }, 120000);

  it('a key restricted to trusted operations runs those only', async () => {
    const allowed = `{ partners { id name } }`;
    const hash = createHash('sha256').update(allowed).digest('hex');
    const { key } = await issueKey({
      name: 'Kiosk',
      scopes: ['PARTNERS_READ', 'PROGRAMME_READ'],
      trustedOperations: [hash],
    });
    expect((await withKey(key, allowed)).errors).toBeUndefined();
    const other = await withKey(key, `{ partners { id } }`);
    expect(other.status).toBe(403);
    expect(codesOf(other)).toEqual(['FORBIDDEN']);
  });

  it('malformed, unknown and expired keys get clear 401s; the gateway keeps serving', async () => {
    const expect401 = async (key: string, message: string) => {
      const r = await withKey(key, `{ partners { name } }`);
      expect({ status: r.status, errors: r.errors, data: r.data ?? null }).toEqual({
        status: 401,
        errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }],
        data: null,
      });
      expect(r.headers.get('www-authenticate')).toBe('Bearer realm="ekst"');
    };
    await expect401('ekst_live_oops', 'Malformed API key: expected ekst_live_<key id>_<secret>');
    await expect401(
      formatApiKey(randomUUID(), randomBytes(32).toString('base64url')),
      'Invalid API key',
    );

    const { key, id } = await issueKey({
      name: 'Short-lived',
      scopes: ['PARTNERS_READ'],
      expiresAt: new Date(Date.now() + 4_000).toISOString(),
    });
    expect((await withKey(key, `{ partners { name } }`)).status).toBe(200);
    // A wrong secret for a real key id is just as unknown.
    await expect401(
      `${key.slice(0, -43)}${randomBytes(32).toString('base64url')}`,
      'Invalid API key',
    );
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    await expect401(key, 'API key has expired: ask the partnership for a new one');
    const listed = await listKeys(coordinator);
    expect(listed.data!.apiKeys!.find((k) => k.id === id)?.state).toBe('EXPIRED');
    expect((await q(coordinator, `{ partners { id } }`)).status).toBe(200);
  }, 30000);

  it('a key past its rate limit gets 429 with Retry-After and RATE_LIMITED', async () => {
    const { key } = await issueKey({ name: 'Busy', scopes: ['PARTNERS_READ'] });
    const statuses: number[] = [];
    let limited: GqlResult<unknown> | null = null;
    for (let i = 0; i < API_KEY_LIMIT + 3; i++) {
      const r = await withKey(key, `{ partners { name } }`);
      statuses.push(r.status);
      if (r.status === 429) limited ??= r;
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(API_KEY_LIMIT);
    expect(statuses.slice(API_KEY_LIMIT)).toEqual([429, 429, 429]);
    const retryAfter = Number(limited!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(codesOf(limited!)).toEqual(['RATE_LIMITED']);
    expect(limited!.data ?? null).toBeNull();
    // Other callers are not affected.
    expect((await q(coordinator, `{ partners { id } }`)).status).toBe(200);
  }, 30000);

  it('100 anonymous sign-ins from one IP in a minute: limited before people, and the gateway keeps serving', async () => {
    const signIn = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } ${ERRORS} } }`;
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        fetch(stack.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: signIn,
            variables: { e: `nobody.${i}.${run}@example.org`, p: 'a guessed password' },
          }),
        }).then(async (res) => ({
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          body: (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> },
        })),
      ),
    );
    const elapsed = Date.now() - started;
    const limited = results.filter((r) => r.status === 429);
    const reachedPeople = results.filter((r) => r.status !== 429);
    // At most the in-flight cap (2 here) reach people at once, and the per-IP budget stops the
    // rest of the minute's: everything else is refused by the gateway without asking people.
    expect(reachedPeople.length).toBeLessThanOrEqual(ANONYMOUS_LIMIT);
    expect(limited.length).toBeGreaterThanOrEqual(100 - ANONYMOUS_LIMIT);
    for (const r of limited) {
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(codesOf(r.body)).toEqual(['RATE_LIMITED']);
    }
    // Those that reached people get its answer (INVALID_CREDENTIALS as data, HTTP 200). On a
    // machine saturated by other suites a 128 MiB scrypt can outlast the gateway's 15 s subgraph
    // timeout, which the gateway masks as a 500: that is people's capacity, not the limits, so it
    // is printed rather than asserted.
    for (const r of reachedPeople) expect([200, 500]).toContain(r.status);
    process.stdout.write(
      `anonymous flood: ${reachedPeople.length} reached people (statuses ${reachedPeople
        .map((r) => r.status)
        .join(', ')}), ${limited.length} limited, ${elapsed} ms\n`,
    );
    // One more, alone (nothing in flight): refused by the per-IP budget for the rest of the minute.
    const after = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: signIn, variables: { e: `late.${run}@example.org`, p: 'x' } }),
    });
    expect(after.status).toBe(429);
    expect(Number(after.headers.get('retry-after'))).toBeGreaterThan(1);
    // The gateway keeps serving signed-in callers and keys.
    expect((await q(coordinator, `{ partners { id } }`)).status).toBe(200);
  }, 120000);
});
