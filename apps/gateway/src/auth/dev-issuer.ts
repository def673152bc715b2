import { isRole } from '@ekst/auth';
import type { Role } from '@ekst/auth';
import { SignJWT } from 'jose';
import type { AuthConfig } from '../config';
import { parseDurationSeconds } from './duration';

export interface DevTokenRequest {
  /** the person id (a UUID) the token speaks for */
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly partnerId?: string | null;
  /** lifetime, e.g. "15m", "8h", or seconds; default one hour */
  readonly ttl?: string | number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Signs a JWT as the built-in development issuer (HS256 with AUTH_JWT_SECRET), with exactly the
 * claims the gateway verifies. For local work, tests and the e2e suite; it refuses to run when the
 * gateway is configured for an external issuer, whose tokens it could not mint anyway.
 */
export async function signDevToken(
  request: DevTokenRequest,
  config: { readonly auth: AuthConfig },
): Promise<string> {
  const { auth } = config;
  if (auth.jwtSecret === null) {
    throw new Error(
      'the development issuer is disabled: AUTH_JWKS_URL points the gateway at an external issuer',
    );
  }
  if (!UUID.test(request.sub)) throw new Error(`sub must be a UUID, got "${request.sub}"`);
  const unknown = request.roles.filter((r) => !isRole(r));
  if (unknown.length > 0) throw new Error(`unknown role(s): ${unknown.join(', ')}`);
  const partnerId = request.partnerId ?? null;
  if (partnerId !== null && !UUID.test(partnerId))
    throw new Error(`partner id must be a UUID, got "${partnerId}"`);
  const ttlSeconds =
    typeof request.ttl === 'number' ? request.ttl : parseDurationSeconds(request.ttl ?? '1h');
  if (ttlSeconds === null || ttlSeconds <= 0)
    throw new Error(`ttl must be a positive duration such as "8h"`);

  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: [...request.roles], partner_id: partnerId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.sub)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(new TextEncoder().encode(auth.jwtSecret));
}
