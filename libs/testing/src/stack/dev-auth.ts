import { DEV_JWT_ISSUER } from '@ekst/auth';
import type { Role } from '@ekst/auth';
import { SignJWT } from 'jose';

/**
 * Mints a user JWT from the built-in development issuer, with the claims the gateway verifies
 * (sub, roles, partner_id). For the demo seed and end-to-end tests; `npm run token` prints one.
 */
export async function devUserToken(args: {
  sub: string;
  roles: Role[];
  partnerId?: string | null;
  ttlSeconds?: number;
  issuedAt?: number;
  secret?: string;
}): Promise<string> {
  const iat = args.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: args.roles, partner_id: args.partnerId ?? null })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(args.sub)
    .setIssuer(DEV_JWT_ISSUER.issuer)
    .setAudience(DEV_JWT_ISSUER.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (args.ttlSeconds ?? 3600))
    .sign(new TextEncoder().encode(args.secret ?? DEV_JWT_ISSUER.secret));
}

/** A small GraphQL client for the gateway (seed, e2e). */
export async function gql<T = Record<string, unknown>>(
  url: string,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    return { status: res.status, ...(JSON.parse(text) as object) };
  } catch {
    return { status: res.status, errors: [{ message: text.slice(0, 200) }] };
  }
}
