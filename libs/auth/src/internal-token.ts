import { webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';
import { z } from 'zod';
import { ROLES } from './roles';
import type { Caller } from './caller';

/**
 * The gateway signs one of these for every subgraph request, so a subgraph can trust the caller's
 * identity without re-verifying the client's credentials, and nothing can bypass the gateway.
 * HS256 with a secret shared by the gateway and subgraphs only; lifetime is seconds.
 */
export const INTERNAL_ISSUER = 'ekst-gateway';
export const INTERNAL_TOKEN_HEADER = 'x-ekst-internal-token';

/**
 * The built-in development issuer of user JWTs (HS256). The gateway accepts it outside
 * production only; `npm run token`, the demo seed and the e2e suite mint tokens with it.
 */
export const DEV_JWT_ISSUER = {
  secret: 'ekst-dev-issuer-secret-not-for-production-use',
  issuer: 'ekst-dev',
  audience: 'ekst-graph',
} as const;

/** Development default shared by the gateway and subgraphs; both refuse it in production. */
export const DEV_INTERNAL_TOKEN_SECRET = 'ekst-dev-internal-token-secret-change-me-please';
const ALG = 'HS256';

const claimsSchema = z.object({
  sub: z.string().min(1),
  kind: z.enum(['person', 'api-key', 'anonymous']),
  roles: z.array(z.enum(ROLES)),
  pid: z.string().nullable(),
  sid: z.string().nullable().optional(),
  scp: z.array(z.string().max(64)).max(32).optional(),
});

const importedKeys = new Map<string, Promise<webcrypto.CryptoKey>>();

/**
 * The secret as a WebCrypto HMAC key, imported once per secret: jose would otherwise import raw
 * bytes again on every signature and verification (the gateway signs one per subgraph fetch).
 */
function key(secret: string): Promise<webcrypto.CryptoKey> {
  if (secret.length < 32) throw new Error('internal token secret must be at least 32 characters');
  let imported = importedKeys.get(secret);
  if (imported === undefined) {
    imported = hmacKey(secret);
    importedKeys.set(secret, imported);
  }
  return imported;
}

/** An HS256 key (sign and verify) for jose, from a shared secret. */
export function hmacKey(secret: string): Promise<webcrypto.CryptoKey> {
  return webcrypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

export async function signInternalToken(
  caller: Caller,
  opts: { secret: string; audience: string; ttlSeconds?: number },
): Promise<string> {
  return new SignJWT({
    kind: caller.kind,
    roles: [...caller.roles],
    pid: caller.partnerId,
    sid: caller.sessionId ?? null,
    ...(caller.scopes !== undefined && { scp: [...caller.scopes] }),
  })
    .setProtectedHeader({ alg: ALG })
    .setSubject(caller.subject)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(opts.audience)
    .setIssuedAt()
    .setExpirationTime(`${opts.ttlSeconds ?? 60}s`)
    .sign(await key(opts.secret));
}

export class InvalidInternalTokenError extends Error {
  constructor(reason: string) {
    super(`invalid internal token: ${reason}`);
    this.name = 'InvalidInternalTokenError';
  }
}

/**
 * `secret` may list several: the current one first, then one still (or already) accepted during a
 * rotation (INTERNAL_TOKEN_VERIFY_ONLY_SECRET). A token is valid if any of them verifies it.
 */
export async function verifyInternalToken(
  token: string,
  opts: { secret: string | readonly string[]; audience: string },
): Promise<Caller> {
  try {
    const secrets = typeof opts.secret === 'string' ? [opts.secret] : opts.secret;
    const { payload } = await verifyWithAny(token, secrets, opts.audience);
    const claims = claimsSchema.parse(payload);
    return {
      kind: claims.kind,
      subject: claims.sub,
      roles: claims.roles,
      partnerId: claims.pid,
      ...(claims.sid ? { sessionId: claims.sid } : {}),
      ...(claims.scp !== undefined ? { scopes: claims.scp } : {}),
    };
  } catch (err) {
    if (err instanceof errors.JOSEError) throw new InvalidInternalTokenError(err.code);
    if (err instanceof z.ZodError) throw new InvalidInternalTokenError('malformed claims');
    throw err;
  }
}

async function verifyWithAny(token: string, secrets: readonly string[], audience: string) {
  let failure: unknown = new Error('no internal token secret');
  for (const secret of secrets) {
    try {
      return await jwtVerify(token, await key(secret), {
        algorithms: [ALG],
        issuer: INTERNAL_ISSUER,
        audience,
        maxTokenAge: '5m',
        requiredClaims: ['sub', 'exp', 'iat'],
      });
    } catch (err) {
      // another secret can only help when the signature was the problem
      if (!(err instanceof errors.JWSSignatureVerificationFailed)) throw err;
      failure = err;
    }
  }
  throw failure;
}
