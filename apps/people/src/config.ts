import { DEV_AUTH_ENV, devAuthFlagSchema, devAuthHint } from '@ekst/auth';
import { parseServiceConfig } from '@ekst/subgraph-kit';
import type { ServiceConfig } from '@ekst/subgraph-kit';
import { z } from 'zod';

/** The only reader of process.env in this service. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const config = parseServiceConfig(env, { port: 4002, database: 'ekst_people' });
  // The signer is created lazily; checking its settings here makes a missing key stop the start.
  loadAuthSettings(env);
  loadPasswordHashCost(env);
  return config;
}

/** scrypt's cost for new password hashes in production: N = 2^17, OWASP's minimum. */
export const PRODUCTION_PASSWORD_HASH_LOG_N = 17;

/**
 * scrypt's cost (log2 N) for new password hashes: PASSWORD_HASH_LOG_N, default 17. Raising it is
 * always allowed; lowering it (down to 10) only with EKST_DEV_AUTH=1, where the test stacks set 12
 * so that every sign-in of the end-to-end suite and the demo seed is not a second of CPU (the same
 * scrypt code path, 32 times cheaper). A deployment that sets it lower without the flag does not
 * start.
 */
export function loadPasswordHashCost(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = z
    .object({
      [DEV_AUTH_ENV]: devAuthFlagSchema,
      PASSWORD_HASH_LOG_N: z.coerce
        .number()
        .int()
        .min(10)
        .max(22)
        .default(PRODUCTION_PASSWORD_HASH_LOG_N),
    })
    .refine((e) => e.PASSWORD_HASH_LOG_N >= PRODUCTION_PASSWORD_HASH_LOG_N || e[DEV_AUTH_ENV], {
      message: devAuthHint(
        `PASSWORD_HASH_LOG_N below ${PRODUCTION_PASSWORD_HASH_LOG_N} is for development and tests only`,
      ),
      path: ['PASSWORD_HASH_LOG_N'],
    })
    .safeParse(
      Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
    );
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${detail}`);
  }
  return parsed.data.PASSWORD_HASH_LOG_N;
}

export interface AuthSettings {
  nodeEnv: 'development' | 'production' | 'test';
  /** the ES256 private key as a JWK (with `d`); null: use the development key */
  signingKey: Record<string, unknown> | null;
  /**
   * Public keys published in the JWKS beside the signing key but never signed with: the overlap
   * of a key rotation (the next key before it signs, the previous one until its tokens expire).
   */
  verifyOnlyKeys: Record<string, unknown>[];
  issuer: string;
  audience: string;
}

/**
 * How this service signs the JWTs the gateway verifies. AUTH_SIGNING_KEY (a P-256 private JWK, e.g.
 * from a secret store) is required unless EKST_DEV_AUTH=1 allows the fixed development key.
 */
export function loadAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const schema = z
    .object({
      [DEV_AUTH_ENV]: devAuthFlagSchema,
      NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
      AUTH_SIGNING_KEY: z.string().min(1).optional(),
      AUTH_VERIFY_ONLY_KEYS: z.string().min(1).optional(),
      PEOPLE_JWT_ISSUER: z.string().min(1).default('ekst-people'),
      AUTH_JWT_AUDIENCE: z.string().min(1).default('ekst-graph'),
    })
    // The development key derives from a public seed: anyone could sign people tokens with it.
    .refine((e) => e.AUTH_SIGNING_KEY !== undefined || e[DEV_AUTH_ENV], {
      message: devAuthHint('AUTH_SIGNING_KEY must be set to a P-256 private JWK'),
      path: ['AUTH_SIGNING_KEY'],
    });
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  let signingKey: Record<string, unknown> | null = null;
  if (e.AUTH_SIGNING_KEY !== undefined) {
    const jwk = P256_JWK.extend({ d: z.string() })
      .passthrough()
      .safeParse(safeJson(e.AUTH_SIGNING_KEY));
    // Never echo the value: it is a private key.
    if (!jwk.success)
      throw new Error('invalid configuration: AUTH_SIGNING_KEY: must be a P-256 private JWK');
    signingKey = jwk.data;
  }
  let verifyOnlyKeys: Record<string, unknown>[] = [];
  if (e.AUTH_VERIFY_ONLY_KEYS !== undefined) {
    const keys = z.array(P256_JWK.passthrough()).safeParse(safeJson(e.AUTH_VERIFY_ONLY_KEYS));
    if (!keys.success) {
      throw new Error(
        'invalid configuration: AUTH_VERIFY_ONLY_KEYS: must be a JSON array of P-256 JWKs',
      );
    }
    // Only the public part is ever kept: a private `d` given by mistake is dropped here.
    verifyOnlyKeys = keys.data.map(({ kty, crv, x, y }) => ({ kty, crv, x, y }));
  }
  return {
    nodeEnv: e.NODE_ENV ?? (e[DEV_AUTH_ENV] ? 'development' : 'production'),
    signingKey,
    verifyOnlyKeys,
    issuer: e.PEOPLE_JWT_ISSUER,
    audience: e.AUTH_JWT_AUDIENCE,
  };
}

const P256_JWK = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string(),
  y: z.string(),
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
