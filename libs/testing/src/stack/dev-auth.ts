import { DEV_JWT_ISSUER, signHs256UserJwt } from '@ekst/auth';
import type { Role } from '@ekst/auth';

/**
 * Mints a user JWT from the built-in development issuer, with the claims the gateway verifies
 * (sub, roles, partner_id). For the demo seed and end-to-end tests; `npm run token` prints one.
 */
export function devUserToken(args: {
  sub: string;
  roles: Role[];
  partnerId?: string | null;
  ttlSeconds?: number;
  issuedAt?: number;
  secret?: string;
}): Promise<string> {
  return signHs256UserJwt(
    { sub: args.sub, roles: args.roles, partnerId: args.partnerId ?? null },
    {
      secret: args.secret ?? DEV_JWT_ISSUER.secret,
      issuer: DEV_JWT_ISSUER.issuer,
      audience: DEV_JWT_ISSUER.audience,
      ttlSeconds: args.ttlSeconds ?? 3600,
      issuedAt: args.issuedAt,
    },
  );
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
