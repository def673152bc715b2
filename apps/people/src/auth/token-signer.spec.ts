import {
  createLocalJWKSet,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  jwtVerify,
} from 'jose';
import type { JWK } from 'jose';
import { loadAuthSettings } from '../config';
import { TokenSigner } from './token-signer';

/**
 * Signing-key rotation without downtime: the JWKS publishes the signing key and the verify-only
 * keys (AUTH_VERIFY_ONLY_KEYS); tokens carry the signing key's `kid`; a token signed with the
 * previous key verifies against the new JWKS until that key is dropped.
 */

async function privateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const { kty, crv, x, y, d } = await exportJWK(privateKey);
  return { kty, crv, x, y, d };
}

const publicOf = ({ kty, crv, x, y }: JWK): JWK => ({ kty, crv, x, y });

function settings(signing: JWK, verifyOnly: JWK[] = []) {
  return loadAuthSettings({
    NODE_ENV: 'production',
    AUTH_SIGNING_KEY: JSON.stringify(signing),
    ...(verifyOnly.length ? { AUTH_VERIFY_ONLY_KEYS: JSON.stringify(verifyOnly) } : {}),
    PEOPLE_JWT_ISSUER: 'ekst-people',
    AUTH_JWT_AUDIENCE: 'ekst-graph',
  });
}

const claims = {
  personId: '00000000-0000-4000-8000-000000000019',
  roles: ['TEACHER' as const],
  partnerId: null,
  sessionId: '00000000-0000-4000-8000-0000000000a1',
};

async function verifies(token: string, signer: TokenSigner): Promise<boolean> {
  try {
    await jwtVerify(token, createLocalJWKSet(signer.jwks()), {
      issuer: 'ekst-people',
      audience: 'ekst-graph',
      algorithms: ['ES256'],
    });
    return true;
  } catch {
    return false;
  }
}

describe('TokenSigner key rotation', () => {
  it('overlaps keys: publish next, sign with next while the previous still verifies, then drop it', async () => {
    const oldKey = await privateJwk();
    const newKey = await privateJwk();

    // before: one key
    const before = await TokenSigner.create(settings(oldKey));
    const oldToken = (await before.sign(claims)).token;
    expect(before.jwks().keys).toHaveLength(1);

    // step 1: the next key is published (verify-only) before anything is signed with it
    const step1 = await TokenSigner.create(settings(oldKey, [publicOf(newKey)]));
    expect(step1.jwks().keys.map((k) => k.kid)).toEqual([before.publicJwk.kid, expect.any(String)]);
    expect(decodeProtectedHeader((await step1.sign(claims)).token).kid).toBe(before.publicJwk.kid);

    // step 2: the next key signs; the previous one is verify-only until its tokens expire
    const step2 = await TokenSigner.create(settings(newKey, [publicOf(oldKey)]));
    const newToken = (await step2.sign(claims)).token;
    expect(decodeProtectedHeader(newToken).kid).toBe(step2.publicJwk.kid);
    expect(step2.publicJwk.kid).not.toBe(before.publicJwk.kid);
    expect(step2.publicJwk.kid).toBe(step1.jwks().keys[1].kid);
    expect(await verifies(oldToken, step2)).toBe(true);
    expect(await verifies(newToken, step2)).toBe(true);
    // tokens of step 2 verify against step 1's key set too (replicas mid-rollout)
    expect(await verifies(newToken, step1)).toBe(true);

    // step 3: the previous key is dropped
    const after = await TokenSigner.create(settings(newKey));
    expect(after.jwks().keys.map((k) => k.kid)).toEqual([step2.publicJwk.kid]);
    expect(await verifies(oldToken, after)).toBe(false);
    expect(await verifies(newToken, after)).toBe(true);
  });

  it('publishes only public keys, the signing key once, and no duplicates', async () => {
    const key = await privateJwk();
    const other = await privateJwk();
    // a private `d` pasted into the verify-only list by mistake is never published
    const signer = await TokenSigner.create(settings(key, [other, publicOf(other), publicOf(key)]));
    const { keys } = signer.jwks();
    expect(keys).toHaveLength(2);
    for (const k of keys) {
      expect(k).not.toHaveProperty('d');
      expect(k).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    }
  });

  it('refuses a verify-only list that is not an array of P-256 keys, without echoing it', () => {
    for (const bad of ['not json', '{"kty":"EC"}', '[{"kty":"RSA","n":"x","e":"AQAB"}]']) {
      expect(() => loadAuthSettings({ EKST_DEV_AUTH: '1', AUTH_VERIFY_ONLY_KEYS: bad })).toThrow(
        /^invalid configuration: AUTH_VERIFY_ONLY_KEYS: must be a JSON array of P-256 JWKs$/,
      );
    }
  });
});
