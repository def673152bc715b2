import { randomUUID } from 'node:crypto';
import type { GatewayCaller } from '../src/auth/verify-caller';
import { GatewayRateLimits, RateLimitedError } from '../src/http/rate-limits';
import { loadConfig } from '../src/config';

const person = (subject = randomUUID()): GatewayCaller => ({
  kind: 'person',
  subject,
  roles: ['TEACHER'],
  partnerId: null,
});
const apiKey = (subject = randomUUID()): GatewayCaller => ({
  kind: 'api-key',
  subject,
  roles: ['ASSOCIATE'],
  partnerId: randomUUID(),
});
const anonymous: GatewayCaller = {
  kind: 'anonymous',
  subject: 'anonymous',
  roles: [],
  partnerId: null,
};

async function spend(limits: GatewayRateLimits, caller: GatewayCaller, ip: string, n: number) {
  for (let i = 0; i < n; i++) await limits.consume(caller, ip);
}

describe('gateway rate limits (memory store)', () => {
  let limits: GatewayRateLimits;
  beforeEach(async () => {
    limits = await GatewayRateLimits.create({
      store: 'memory',
      databaseUrl: null,
      apiKeyPerMinute: 5,
      personPerMinute: 7,
      anonymousPerMinute: 3,
      anonymousInFlight: 2,
      trustProxyHops: 0,
    });
  });
  afterEach(() => limits.close());

  it('refuses the request after a key’s budget with 429, RATE_LIMITED and a Retry-After within the minute', async () => {
    const key = apiKey();
    await spend(limits, key, '10.0.0.1', 5);
    const err = await limits.consume(key, '10.0.0.1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    const limited = err as RateLimitedError;
    expect(limited.extensions.code).toBe('RATE_LIMITED');
    const http = limited.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    const retryAfter = Number(http.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another key, and the same key from another IP count separately / together as they should.
    await expect(limits.consume(apiKey(), '10.0.0.1')).resolves.toBeUndefined();
    await expect(limits.consume(key, '10.0.0.2')).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('counts a person by who they are, not where from', async () => {
    const p = person();
    await spend(limits, p, '10.0.0.1', 4);
    await spend(limits, p, '10.0.0.2', 3);
    await expect(limits.consume(p, '10.0.0.3')).rejects.toBeInstanceOf(RateLimitedError);
    await expect(limits.consume(person(), '10.0.0.3')).resolves.toBeUndefined();
  });

  it('counts anonymous operations per IP', async () => {
    await spend(limits, anonymous, '10.0.0.1', 3);
    await expect(limits.consume(anonymous, '10.0.0.1')).rejects.toBeInstanceOf(RateLimitedError);
    await expect(limits.consume(anonymous, '10.0.0.2')).resolves.toBeUndefined();
  });
});

describe('anonymous operations in flight', () => {
  it('caps how many run at once per replica, and frees a place when one finishes', async () => {
    const limits = await GatewayRateLimits.create({
      store: 'memory',
      databaseUrl: null,
      apiKeyPerMinute: 100,
      personPerMinute: 100,
      anonymousPerMinute: 100,
      anonymousInFlight: 2,
      trustProxyHops: 0,
    });
    const first = limits.enterAnonymous(anonymous);
    limits.enterAnonymous(anonymous);
    expect(() => limits.enterAnonymous(anonymous)).toThrow(RateLimitedError);
    // People and keys are not anonymous: never capped here.
    expect(() => limits.enterAnonymous(person())).not.toThrow();
    first();
    first(); // releasing twice frees one place only
    expect(() => limits.enterAnonymous(anonymous)).not.toThrow();
    expect(() => limits.enterAnonymous(anonymous)).toThrow(RateLimitedError);
    await limits.close();
  });
});

describe('rate limit configuration', () => {
  const base = {
    INTERNAL_TOKEN_SECRET: 'a-private-internal-token-secret-0123456789',
    AUTH_JWT_SECRET: 'a-private-jwt-secret-0123456789abcdefghij',
  };
  it('is strict in production by default and configurable', () => {
    expect(loadConfig(base).rateLimits).toMatchObject({
      store: 'memory',
      anonymousPerMinute: 30,
      personPerMinute: 600,
      apiKeyPerMinute: 300,
    });
    expect(
      loadConfig({
        ...base,
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '5',
        RATE_LIMIT_API_KEY_PER_MINUTE: '9',
      }).rateLimits,
    ).toMatchObject({ anonymousPerMinute: 5, apiKeyPerMinute: 9 });
  });
  it('needs a database URL for the shared PostgreSQL store', () => {
    expect(() => loadConfig({ ...base, RATE_LIMIT_STORE: 'postgres' })).toThrow(
      /RATE_LIMIT_DATABASE_URL/,
    );
    expect(
      loadConfig({
        ...base,
        RATE_LIMIT_STORE: 'postgres',
        RATE_LIMIT_DATABASE_URL: 'postgres://x@127.0.0.1/db',
      }).rateLimits.store,
    ).toBe('postgres');
  });
});
