import { SignJWT } from 'jose';
import type { Role } from './roles';

/**
 * Signs a user JWT the way the built-in development issuer does (HS256), with exactly the claims
 * the gateway verifies: sub, roles, partner_id, iss, aud, iat, exp. The gateway's `npm run token`
 * and the test and seed tooling share it, so their tokens cannot drift apart.
 */
export function signHs256UserJwt(
  claims: { sub: string; roles: readonly Role[]; partnerId: string | null },
  opts: { secret: string; issuer: string; audience: string; ttlSeconds: number; issuedAt?: number },
): Promise<string> {
  const iat = opts.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: [...claims.roles], partner_id: claims.partnerId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(opts.issuer)
    .setAudience(opts.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + opts.ttlSeconds)
    .sign(new TextEncoder().encode(opts.secret));
}
