import { createECDH, createHash } from 'node:crypto';
import type { Role } from '@ekst/auth';
import { calculateJwkThumbprint, exportJWK, importJWK, SignJWT } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import type { AuthSettings } from '../config';

/** Access tokens are short: roles changes and revocations need no long tail. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessTokenClaims {
  personId: string;
  roles: readonly Role[];
  partnerId: string | null;
  sessionId: string;
}

/**
 * The development signing key, derived from a fixed, public seed. It is exactly as secret as the
 * development HS256 issuer (not at all), which is why production refuses to start without
 * AUTH_SIGNING_KEY. Deriving it (instead of generating one into a file) means every process of a
 * development or test stack, and every restart, signs with the same key and nothing races to
 * write a file.
 */
function developmentJwk(): JWK {
  const d = createHash('sha256').update('ekst-people-development-signing-key-v1').digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const publicKey = ecdh.getPublicKey(); // 0x04 || x || y
  return {
    kty: 'EC',
    crv: 'P-256',
    d: d.toString('base64url'),
    x: publicKey.subarray(1, 33).toString('base64url'),
    y: publicKey.subarray(33).toString('base64url'),
  };
}

export class TokenSigner {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly publicJwk: JWK,
    /** published beside `publicJwk` for a rotation's overlap; never signed with */
    readonly verifyOnlyJwks: readonly JWK[],
    private readonly settings: AuthSettings,
  ) {}

  static async create(settings: AuthSettings): Promise<TokenSigner> {
    const jwk = (settings.signingKey as JWK | null) ?? developmentJwk();
    const privateKey = (await importJWK({ ...jwk, alg: 'ES256' }, 'ES256')) as CryptoKey;
    const { d: _d, ...pub } = jwk;
    const publicJwk = await publishable(pub);
    const verifyOnly: JWK[] = [];
    for (const key of settings.verifyOnlyKeys) {
      const published = await publishable(key as JWK);
      // the signing key listed again (step 3 of a rotation done early) is published once
      if (published.kid !== publicJwk.kid && !verifyOnly.some((k) => k.kid === published.kid)) {
        verifyOnly.push(published);
      }
    }
    return new TokenSigner(privateKey, publicJwk, verifyOnly, settings);
  }

  get issuer(): string {
    return this.settings.issuer;
  }

  /** Exactly the claims the gateway verifies, plus `sid` so a revoked session's tokens are refused. */
  async sign(c: AccessTokenClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + ACCESS_TOKEN_TTL_SECONDS;
    const token = await new SignJWT({
      roles: [...c.roles],
      partner_id: c.partnerId,
      sid: c.sessionId,
    })
      .setProtectedHeader({ alg: 'ES256', kid: this.publicJwk.kid, typ: 'JWT' })
      .setSubject(c.personId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.privateKey);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The signing key first, then the verify-only keys: the gateway picks by `kid`. */
  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk, ...this.verifyOnlyJwks] };
  }
}

/** A public P-256 key as the JWKS lists it, its `kid` the RFC 7638 thumbprint. */
async function publishable(pub: JWK): Promise<JWK> {
  const { kty, crv, x, y } = pub;
  const kid = await calculateJwkThumbprint({ kty, crv, x, y });
  return {
    ...(await exportJWK(await importJWK({ kty, crv, x, y, alg: 'ES256' }, 'ES256'))),
    kid,
    alg: 'ES256',
    use: 'sig',
  };
}
