import { randomBytes, randomUUID } from 'node:crypto';
import { formatApiKey } from '@ekst/auth';
import { ApiKeyVerifier } from '../src/auth/api-key-verifier';
import { CallerRejectedError, createCallerVerifier } from '../src/auth/verify-caller';
import type { AuthConfig } from '../src/config';

/**
 * How verifyCaller treats API keys, with a stand-in partners-governance behind the real verifier
 * (unit test; the real service is in apps/e2e/test/associate-api-keys.e2e-spec.ts).
 */
const auth: AuthConfig = {
  issuer: 'ekst-dev',
  audience: 'ekst-graph',
  maxAgeSeconds: 3600,
  jwtSecret: 'unit-test-jwt-secret-0123456789abcdefghij',
  jwksUrl: null,
};
const keyId = randomUUID();
const partnerId = randomUUID();
const good = formatApiKey(keyId, randomBytes(32).toString('base64url'));
const revoked = formatApiKey(randomUUID(), randomBytes(32).toString('base64url'));
let unavailable = false;

const fakeFetch: typeof fetch = async (input, init) => {
  if (unavailable) return new Response('down', { status: 502 });
  if (String(input).endsWith('/revoked'))
    return Response.json({ now: new Date().toISOString(), revoked: [] });
  const { key } = JSON.parse(String(init?.body)) as { key: string };
  if (key === good)
    return Response.json({
      keyId,
      partnerId,
      scopes: ['IMPACT_READ'],
      expiresAt: null,
      trustedOperations: null,
    });
  if (key === revoked) return Response.json({ reason: 'revoked' }, { status: 410 });
  return Response.json({ reason: 'unknown' }, { status: 404 });
};

const verifyCaller = createCallerVerifier(auth, {
  internalTokenSecret: 'unit-test-internal-token-secret-0123456789',
  apiKeys: new ApiKeyVerifier({
    verifyUrl: 'http://pg.test/internal/api-keys/verify',
    revokedUrl: 'http://pg.test/internal/api-keys/revoked',
    internalTokenSecret: 'unit-test-internal-token-secret-0123456789',
    fetch: fakeFetch,
  }),
});

async function rejection(
  p: Promise<unknown>,
): Promise<{ status: unknown; message: string; reason: string }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof CallerRejectedError) {
      const http = err.extensions.http as { status: number };
      return { status: http.status, message: err.message, reason: err.reason };
    }
    throw err;
  }
  throw new Error('accepted');
}

describe('verifyCaller with API keys', () => {
  const expected = {
    kind: 'api-key',
    subject: keyId,
    roles: ['ASSOCIATE'],
    partnerId,
    scopes: ['IMPACT_READ'],
  };

  it.each([
    ['Authorization: Bearer', `Bearer ${good}`, undefined],
    ['Authorization: ApiKey', `ApiKey ${good}`, undefined],
    ['X-Api-Key', undefined, good],
  ])('accepts a key sent as %s', async (_how, authorization, header) => {
    expect(await verifyCaller(authorization, undefined, header)).toMatchObject(expected);
  });

  it('refuses two credentials at once, even when both are good', async () => {
    expect(await rejection(verifyCaller(`Bearer ${good}`, undefined, good))).toMatchObject({
      status: 401,
      reason: 'two-credentials',
    });
  });

  it.each([
    [
      'malformed',
      'Bearer ekst_live_nope',
      'Malformed API key: expected ekst_live_<key id>_<secret>',
    ],
    [
      'unknown',
      `Bearer ${formatApiKey(randomUUID(), randomBytes(32).toString('base64url'))}`,
      'Invalid API key',
    ],
    ['revoked', `Bearer ${revoked}`, 'API key has been revoked'],
    ['an ApiKey with extra parts', `ApiKey ${good} more`, 'Invalid API key'],
  ])('refuses a %s key with 401 and a clear message', async (_what, authorization, message) => {
    expect(await rejection(verifyCaller(authorization))).toMatchObject({ status: 401, message });
  });

  it('answers 503 when partners-governance cannot verify a key it has not seen', async () => {
    unavailable = true;
    try {
      const fresh = formatApiKey(randomUUID(), randomBytes(32).toString('base64url'));
      expect(await rejection(verifyCaller(`Bearer ${fresh}`))).toMatchObject({ status: 503 });
    } finally {
      unavailable = false;
    }
  });
});
