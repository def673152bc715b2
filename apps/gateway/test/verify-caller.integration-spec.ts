import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import { CallerRejectedError, createCallerVerifier } from '../src/auth/verify-caller';
import type { AuthConfig } from '../src/config';
import { unusedPortUrl } from './support/fixture-subgraph';

/**
 * The external-issuer mode (AUTH_JWKS_URL): keys fetched over real HTTP from a JWKS endpoint,
 * RS256/ES256 only.
 */

const PERSON_ID = randomUUID();
let jwksServer: http.Server;
let jwksUrl: string;
let jwksStatus = 200;
let es: { privateKey: CryptoKey; jwk: JWK };
let rs: { privateKey: CryptoKey; jwk: JWK };

async function keyPair(alg: 'ES256' | 'RS256', kid: string) {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

beforeAll(async () => {
  es = await keyPair('ES256', 'es-1');
  rs = await keyPair('RS256', 'rs-1');
  jwksServer = http.createServer((_req, res) => {
    res.writeHead(jwksStatus, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [es.jwk, rs.jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => jwksServer.close(() => resolve()));
});

const auth = (overrides: Partial<AuthConfig> = {}): AuthConfig => ({
  issuer: 'https://login.example.org',
  audience: 'ekst-graph',
  maxAgeSeconds: 3600,
  jwtSecret: null,
  jwksUrl,
  ...overrides,
});

const sign = (alg: string, kid: string, key: CryptoKey | Uint8Array) =>
  new SignJWT({ roles: ['AMBASSADOR'], partner_id: null })
    .setProtectedHeader({ alg, kid })
    .setSubject(PERSON_ID)
    .setIssuer('https://login.example.org')
    .setAudience('ekst-graph')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);

async function rejection(promise: Promise<unknown>): Promise<CallerRejectedError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof CallerRejectedError) return err;
    throw err;
  }
  throw new Error('expected the caller to be rejected');
}

describe('createCallerVerifier with an external issuer (JWKS)', () => {
  it.each([
    ['ES256', () => sign('ES256', 'es-1', es.privateKey)],
    ['RS256', () => sign('RS256', 'rs-1', rs.privateKey)],
  ])('accepts an %s token signed by a key in the set', async (_alg, token) => {
    const verify = createCallerVerifier(auth());
    await expect(verify(`Bearer ${await token()}`)).resolves.toEqual({
      kind: 'person',
      subject: PERSON_ID,
      roles: ['AMBASSADOR'],
      partnerId: null,
    });
  });

  it('refuses an HS256 token, whatever its secret (no algorithm confusion)', async () => {
    const token = await sign('HS256', 'es-1', new TextEncoder().encode('x'.repeat(64)));
    const err = await rejection(createCallerVerifier(auth())(`Bearer ${token}`));
    expect(err.extensions.code).toBe('UNAUTHENTICATED');
    expect(err.reason).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
  });

  it('refuses a token signed by a key outside the set', async () => {
    const stranger = await keyPair('ES256', 'stranger');
    const err = await rejection(
      createCallerVerifier(auth())(
        `Bearer ${await sign('ES256', 'stranger', stranger.privateKey)}`,
      ),
    );
    expect(err.extensions.code).toBe('UNAUTHENTICATED');
    expect(err.reason).toBe('ERR_JWKS_NO_MATCHING_KEY');
  });

  it('refuses a token signed by a stranger who claims a known key id', async () => {
    const stranger = await keyPair('ES256', 'es-1');
    const err = await rejection(
      createCallerVerifier(auth())(`Bearer ${await sign('ES256', 'es-1', stranger.privateKey)}`),
    );
    expect(err.reason).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  });

  it('answers 503, not 401 or 500, when the key set cannot be fetched', async () => {
    const token = await sign('ES256', 'es-1', es.privateKey);
    const unreachable = await rejection(
      createCallerVerifier(auth({ jwksUrl: await unusedPortUrl() }))(`Bearer ${token}`),
    );
    expect(unreachable.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503 },
    });

    jwksStatus = 500;
    try {
      const failing = await rejection(createCallerVerifier(auth())(`Bearer ${token}`));
      expect(failing.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        http: { status: 503 },
      });
    } finally {
      jwksStatus = 200;
    }
  });
});
