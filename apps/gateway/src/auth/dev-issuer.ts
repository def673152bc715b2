import { isRole, signHs256UserJwt } from '@ekst/auth';
import type { Role } from '@ekst/auth';
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
      auth.jwksUrl !== null
        ? 'the development issuer is disabled: AUTH_JWKS_URL points the gateway at an external issuer'
        : 'the development issuer is disabled: set EKST_DEV_AUTH=1 (development only) or a private AUTH_JWT_SECRET',
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

  return signHs256UserJwt(
    { sub: request.sub, roles: request.roles, partnerId },
    { secret: auth.jwtSecret, issuer: auth.issuer, audience: auth.audience, ttlSeconds },
  );
}
