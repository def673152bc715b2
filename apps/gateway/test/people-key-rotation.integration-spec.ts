import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import { DEV_INTERNAL_TOKEN_SECRET } from '@ekst/auth';
import { CallerRejectedError, createCallerVerifier } from '../src/auth/verify-caller';
import type { AuthConfig } from '../src/config';

/**
 * Rotating the people service's signing key, as the gateway sees it (docs/operations.md): people's
 * JWKS over real HTTP changes step by step while the gateway keeps verifying.
 *
 *  1. publish the next key beside the current one (verify-only), wait out the gateway's JWKS
 *     cache (10 minutes: the test moves the clock jose reads);
 *  2. sign with the next key, keep the previous one verify-only: tokens of both verify, and no
 *     extra JWKS fetch is needed for the new kid;
 *  3. after the previous key's tokens have expired, drop it: its tokens are refused.
 *
 * And why step 1 matters: signing with a key the gateway has not seen yet, within the 30 s
 * cooldown of its last JWKS fetch, fails until the cooldown passes.
 */

const CACHE_MAX_AGE_MS = 10 * 60_000;

interface Key {
  privateKey: CryptoKey;
  jwk: JWK;
}

async function key(kid: string): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

let server: http.Server;
let base: string;
let published: JWK[] = [];
let jwksFetches = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url?.startsWith('/.well-known/jwks.json')) {
      jwksFetches += 1;
      res.end(JSON.stringify({ keys: published }));
    } else {
      // people's revocation list: nothing revoked
      res.end(JSON.stringify({ revoked: [], now: new Date().toISOString() }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  jest.restoreAllMocks();
});

function verifier() {
  const auth: AuthConfig = {
    issuer: 'https://login.example.org',
    audience: 'ekst-graph',
    maxAgeSeconds: 3600,
    jwtSecret: null,
    jwksUrl: null,
    people: {
      issuer: 'ekst-people',
      jwksUrl: `${base}/.well-known/jwks.json`,
      revocationsUrl: `${base}/internal/revoked-sessions`,
    },
  };
  return createCallerVerifier(auth, { internalTokenSecret: DEV_INTERNAL_TOKEN_SECRET });
}

const personId = randomUUID();
const sign = (k: Key) =>
  new SignJWT({ roles: ['TEACHER'], partner_id: null, sid: randomUUID() })
    .setProtectedHeader({ alg: 'ES256', kid: k.jwk.kid as string, typ: 'JWT' })
    .setSubject(personId)
    .setIssuer('ekst-people')
    .setAudience('ekst-graph')
    .setIssuedAt()
    .setExpirationTime('15m')
    .sign(k.privateKey);

/** Moves the clock jose's JWKS cache reads (Date.now), not the tokens' own time checks. */
function advanceClock(ms: number): void {
  const now = Date.now();
  jest.spyOn(Date, 'now').mockImplementation(() => now + ms);
}

async function outcome(verify: ReturnType<typeof verifier>, token: string): Promise<string> {
  try {
    const caller = await verify(`Bearer ${token}`);
    return caller.kind === 'person' && caller.subject === personId ? 'accepted' : 'wrong caller';
  } catch (err) {
    if (err instanceof CallerRejectedError) return `rejected (${err.reason})`;
    throw err;
  }
}

describe("rotating people's signing key with overlapping keys", () => {
  it('keeps every token verifiable through publish, switch and retire', async () => {
    const previous = await key('key-2026-1');
    const next = await key('key-2026-2');
    published = [previous.jwk];
    const verify = verifier();
    const oldToken = await sign(previous);
    expect(await outcome(verify, oldToken)).toBe('accepted');

    // 1. publish the next key, verify-only; the gateway's cached set refreshes within 10 min
    published = [previous.jwk, next.jwk];
    expect(await outcome(verify, oldToken)).toBe('accepted');
    advanceClock(CACHE_MAX_AGE_MS + 1_000);
    const fetchesBefore = jwksFetches;
    expect(await outcome(verify, oldToken)).toBe('accepted');
    expect(jwksFetches).toBe(fetchesBefore + 1);

    // 2. the next key signs; the previous one stays published until its tokens expire
    published = [next.jwk, previous.jwk];
    const newToken = await sign(next);
    const fetchesAtSwitch = jwksFetches;
    expect(await outcome(verify, newToken)).toBe('accepted');
    expect(await outcome(verify, oldToken)).toBe('accepted');
    expect(jwksFetches).toBe(fetchesAtSwitch); // the new kid was already known

    // 3. after the access-token lifetime (15 min) the previous key is dropped
    published = [next.jwk];
    advanceClock(2 * CACHE_MAX_AGE_MS + 2_000);
    expect(await outcome(verify, newToken)).toBe('accepted');
    expect(await outcome(verify, oldToken)).toBe('rejected (ERR_JWKS_NO_MATCHING_KEY)');
  });

  it('without the overlap, a token of a key the gateway has not seen fails until the cooldown passes', async () => {
    const current = await key('key-a');
    const unannounced = await key('key-b');
    published = [current.jwk];
    const verify = verifier();
    expect(await outcome(verify, await sign(current))).toBe('accepted');

    // people switches straight to a new key: the gateway fetched the set moments ago
    published = [unannounced.jwk];
    const token = await sign(unannounced);
    expect(await outcome(verify, token)).toBe('rejected (ERR_JWKS_NO_MATCHING_KEY)');
    advanceClock(31_000);
    expect(await outcome(verify, token)).toBe('accepted');
  });
});
