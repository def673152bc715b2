import { parseServiceConfig } from '@ekst/subgraph-kit';
import type { ServiceConfig } from '@ekst/subgraph-kit';
import { z } from 'zod';

/** The only reader of process.env in this service. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return parseServiceConfig(env, { port: 4002, database: 'ekst_people' });
}

export interface AuthSettings {
  nodeEnv: 'development' | 'production' | 'test';
  /** the ES256 private key as a JWK (with `d`); null: use the development key */
  signingKey: Record<string, unknown> | null;
  issuer: string;
  audience: string;
}

/**
 * How this service signs the JWTs the gateway verifies. In production AUTH_SIGNING_KEY (a P-256
 * private JWK, e.g. from a secret store) is required; elsewhere a fixed development key is used.
 */
export function loadAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const schema = z
    .object({
      NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
      AUTH_SIGNING_KEY: z.string().min(1).optional(),
      PEOPLE_JWT_ISSUER: z.string().min(1).default('ekst-people'),
      AUTH_JWT_AUDIENCE: z.string().min(1).default('ekst-graph'),
    })
    .refine((e) => e.NODE_ENV !== 'production' || e.AUTH_SIGNING_KEY !== undefined, {
      message: 'AUTH_SIGNING_KEY must be set in production',
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
    const jwk = z
      .object({
        kty: z.literal('EC'),
        crv: z.literal('P-256'),
        d: z.string(),
        x: z.string(),
        y: z.string(),
      })
      .passthrough()
      .safeParse(safeJson(e.AUTH_SIGNING_KEY));
    // Never echo the value: it is a private key.
    if (!jwk.success)
      throw new Error('invalid configuration: AUTH_SIGNING_KEY: must be a P-256 private JWK');
    signingKey = jwk.data;
  }
  return {
    nodeEnv: e.NODE_ENV,
    signingKey,
    issuer: e.PEOPLE_JWT_ISSUER,
    audience: e.AUTH_JWT_AUDIENCE,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
