import path from 'node:path';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import {
  DEV_AUTH_ENV,
  DEV_INTERNAL_TOKEN_SECRET,
  DEV_JWT_ISSUER,
  devAuthFlagSchema,
  devAuthHint,
} from '@ekst/auth';
import { z } from 'zod';
import { parseDurationSeconds } from './auth/duration';
import { COST_MODEL } from './graphql/query-cost';
import { oidcProvidersSchema } from './auth/oidc-providers.config';
import type { OidcProviderConfig } from './auth/oidc-providers.config';

/**
 * The gateway's configuration: the only module that reads `process.env` (callers pass it in, so
 * tests can build any configuration without touching the real environment).
 */

/** Subgraph names exactly as they appear in supergraph.graphql (each has a `<NAME>_URL` below). */
export const SUBGRAPH_NAMES = [
  'partners-governance',
  'people',
  'events',
  'evaluation',
  'teacher-swap',
  'communications',
] as const;

export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/**
 * Development defaults, so `npm start` works right after a clone. Both are used only when
 * EKST_DEV_AUTH=1 (never with NODE_ENV=production); without the flag they are refused even when
 * set explicitly, because anyone can read them here. The internal-token secret must equal the subgraphs' development default
 * (`DEV_INTERNAL_TOKEN_SECRET` in libs/subgraph-kit), or every subgraph would answer 401.
 */
export { DEV_INTERNAL_TOKEN_SECRET };
export const DEV_AUTH_JWT_SECRET = DEV_JWT_ISSUER.secret;

const REPO_ROOT = path.resolve(__dirname, '../../..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type NodeEnv = 'development' | 'test' | 'production';

export interface AuthConfig {
  readonly issuer: string;
  readonly audience: string;
  /** maximum age of a client JWT, from its `iat`, in seconds */
  readonly maxAgeSeconds: number;
  /**
   * HS256 secret of the built-in issuer: the development secret with EKST_DEV_AUTH=1, or a private
   * AUTH_JWT_SECRET; null when an external issuer is used or neither is configured
   */
  readonly jwtSecret: string | null;
  /** JWKS of an external OIDC issuer (RS256/ES256); null for the built-in issuer */
  readonly jwksUrl: string | null;
  /**
   * The people service as an issuer (ES256, its JWKS), accepted beside the issuer above; its
   * tokens carry a session id the gateway checks against people's revocation list.
   */
  readonly people?: PeopleIssuerConfig | null;
  /**
   * Schools' own identity providers (Microsoft Entra ID, Google Workspace, any OIDC issuer): their
   * tokens name a person by verified e-mail, whom the people service then supplies.
   */
  readonly oidcProviders?: readonly OidcProviderConfig[];
  /** people's internal `POST` endpoint resolving a verified e-mail to id, roles and partner */
  readonly personLookupUrl?: string | null;
}

export interface PeopleIssuerConfig {
  readonly issuer: string;
  readonly jwksUrl: string;
  /** `GET ?since=` answering revoked session ids; called with an internal token (audience people) */
  readonly revocationsUrl: string;
}

export interface GatewayConfig {
  readonly nodeEnv: NodeEnv;
  readonly isProduction: boolean;
  /** EKST_DEV_AUTH=1: the development secrets and the built-in issuer are allowed */
  readonly devAuth: boolean;
  readonly port: number;
  readonly supergraphPath: string;
  /**
   * Where a live supergraph is read from (supergraph/live-supergraph.ts): SUPERGRAPH_URL if set,
   * else the file at `supergraphPath`; polled every `pollMs` (0: read once at start, no hash needed).
   */
  readonly supergraph: SupergraphSourceConfig;
  readonly subgraphUrls: Readonly<Record<SubgraphName, string>>;
  readonly internalTokenSecret: string;
  readonly auth: AuthConfig;
  /** express/body-parser size limit for a request body, e.g. "100kb" */
  readonly bodyLimit: string;
  readonly logLevel: LogLevel;
  /** the Chromium that prints the subject access export to PDF (Debian's `chromium`) */
  readonly chromiumPath: string;
  /** bearer token a Prometheus scraper presents at `/metrics`; null: no `/metrics` (404) */
  readonly metricsToken: string | null;
  /** QUERY_MAX_COST: the estimated-cost limit (graphql/query-cost.ts) for everyone but API keys */
  readonly maxQueryCost: number;
  /** GATEWAY_WORKERS: gateway processes sharing the port (cluster.ts); 1 serves in this process */
  readonly workers: number;
  // --- API keys ---
  readonly apiKeys: ApiKeysConfig;
  readonly rateLimits: RateLimitsConfig;
}

export interface SupergraphSourceConfig {
  /** an http(s) URL or an absolute file path; its hash is `<location>.sha256` beside it */
  readonly location: string;
  /** 0: static, read once at start (no hash required) */
  readonly pollMs: number;
}

/** Associate partners' API keys (verified by partners-governance, checked against the contract). */
export interface ApiKeysConfig {
  /** partners-governance's `POST` verify endpoint (internal token, audience partners-governance) */
  readonly verifyUrl: string;
  /** partners-governance's `GET ?since=` revoked-keys endpoint */
  readonly revokedUrl: string;
  /** how long a verified key is trusted without asking partners-governance again */
  readonly cacheTtlMs: number;
  /** how stale the revocation list may be when a cached key is used */
  readonly revocationFreshnessMs: number;
  /** the cost limit (query-cost.ts) for API-key callers, lower than for people */
  readonly maxCost: number;
  /** the public contract schema (tools/compose-supergraph/contract.ts) API-key requests must fit */
  readonly contractPath: string;
}

export interface RateLimitsConfig {
  /** memory: per replica; postgres: shared by every replica through one table */
  readonly store: 'memory' | 'postgres';
  readonly databaseUrl: string | null;
  /** requests per minute */
  readonly apiKeyPerMinute: number;
  readonly personPerMinute: number;
  /** anonymous operations (signIn, redeemSignInCode, refreshSession, signOut) per client IP */
  readonly anonymousPerMinute: number;
  /** anonymous operations running at once per replica (people's scrypt is the cost) */
  readonly anonymousInFlight: number;
  /** Express's `trust proxy` hop count: 0 uses the socket address as the client IP */
  readonly trustProxyHops: number;
}

const duration = z.string().refine((v) => parseDurationSeconds(v) !== null, {
  message: 'expected a duration such as "15m", "1h" or "1d"',
});

const subgraphUrl = z.url({ protocol: /^https?$/ });

/** AUTH_OIDC_PROVIDERS (inline JSON) or AUTH_OIDC_PROVIDERS_FILE: parsed before validation. */
const oidcProvidersJson = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be JSON (see apps/gateway/README.md)' });
    return z.NEVER;
  }
});

const envSchema = z
  .object({
    [DEV_AUTH_ENV]: devAuthFlagSchema,
    // Unset means production unless EKST_DEV_AUTH=1: a forgotten variable must fail closed.
    NODE_ENV: z.enum(['development', 'test', 'production']).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    SUPERGRAPH_PATH: z.string().min(1).default(path.join(REPO_ROOT, 'supergraph.graphql')),
    // a published supergraph to follow instead of the file; its hash at the same URL + .sha256
    SUPERGRAPH_URL: z.url({ protocol: /^https?$/ }).optional(),
    SUPERGRAPH_POLL_SECONDS: z.coerce.number().min(0).max(3600).default(0),
    PARTNERS_GOVERNANCE_URL: subgraphUrl.default('http://127.0.0.1:4001/graphql'),
    PEOPLE_URL: subgraphUrl.default('http://127.0.0.1:4002/graphql'),
    EVENTS_URL: subgraphUrl.default('http://127.0.0.1:4003/graphql'),
    EVALUATION_URL: subgraphUrl.default('http://127.0.0.1:4004/graphql'),
    TEACHER_SWAP_URL: subgraphUrl.default('http://127.0.0.1:4005/graphql'),
    COMMUNICATIONS_URL: subgraphUrl.default('http://127.0.0.1:4006/graphql'),
    INTERNAL_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_JWT_ISSUER: z.string().min(1).default(DEV_JWT_ISSUER.issuer),
    AUTH_JWT_AUDIENCE: z.string().min(1).default(DEV_JWT_ISSUER.audience),
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    AUTH_JWT_MAX_AGE: duration.default('1h'),
    PEOPLE_JWT_ISSUER: z.string().min(1).default('ekst-people'),
    PEOPLE_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    PEOPLE_REVOCATIONS_URL: z.url({ protocol: /^https?$/ }).optional(),
    PEOPLE_PERSON_LOOKUP_URL: z.url({ protocol: /^https?$/ }).optional(),
    AUTH_OIDC_PROVIDERS: oidcProvidersJson.pipe(oidcProvidersSchema).optional(),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'expected a size such as "100kb" or "1mb"')
      .default('100kb'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    CHROMIUM_PATH: z.string().optional(),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    QUERY_MAX_COST: z.coerce.number().int().min(1).default(COST_MODEL.maxCost),
    // a number, or "auto" for one per core the process may run on
    GATEWAY_WORKERS: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)])
      .default(1),
    // --- API keys ---
    PARTNERS_GOVERNANCE_API_KEYS_URL: z.url({ protocol: /^https?$/ }).optional(),
    API_KEY_CACHE_TTL: duration.default('60s'),
    API_KEY_MAX_COST: z.coerce.number().int().min(1).default(10_000),
    CONTRACT_SCHEMA_PATH: z.string().min(1).default(path.join(REPO_ROOT, 'contract.graphql')),
    RATE_LIMIT_STORE: z.enum(['memory', 'postgres']).default('memory'),
    RATE_LIMIT_DATABASE_URL: z.string().startsWith('postgres').optional(),
    RATE_LIMIT_API_KEY_PER_MINUTE: z.coerce.number().int().min(1).default(300),
    RATE_LIMIT_PERSON_PER_MINUTE: z.coerce.number().int().min(1).optional(),
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).optional(),
    RATE_LIMIT_ANONYMOUS_IN_FLIGHT: z.coerce.number().int().min(1).default(4),
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  })
  .superRefine((env, ctx) => {
    const devAuth = env[DEV_AUTH_ENV];
    const production = (env.NODE_ENV ?? (devAuth ? 'development' : 'production')) === 'production';
    if (devAuth && production) {
      ctx.addIssue({
        code: 'custom',
        path: [DEV_AUTH_ENV],
        message: 'the development secrets are never allowed with NODE_ENV=production',
      });
    }
    // Never run on a secret that is written in this repository, unless explicitly told to.
    if (
      !devAuth &&
      (env.INTERNAL_TOKEN_SECRET === undefined ||
        env.INTERNAL_TOKEN_SECRET === DEV_INTERNAL_TOKEN_SECRET)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['INTERNAL_TOKEN_SECRET'],
        message: devAuthHint('must be set to a private secret shared with the subgraphs'),
      });
    }
    if (
      !devAuth &&
      env.AUTH_JWKS_URL === undefined &&
      env.AUTH_JWT_SECRET === DEV_AUTH_JWT_SECRET
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWT_SECRET'],
        message: devAuthHint(
          'is the development issuer secret: set AUTH_JWKS_URL, AUTH_OIDC_PROVIDERS or a private AUTH_JWT_SECRET',
        ),
      });
    }
    if (env.RATE_LIMIT_STORE === 'postgres' && env.RATE_LIMIT_DATABASE_URL === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['RATE_LIMIT_DATABASE_URL'],
        message: 'must be set with RATE_LIMIT_STORE=postgres',
      });
    }
    if (!production) return;
    if (env.AUTH_JWKS_URL !== undefined && !env.AUTH_JWKS_URL.startsWith('https://')) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: 'must be https in production',
      });
    }
    for (const [i, provider] of (env.AUTH_OIDC_PROVIDERS ?? []).entries()) {
      if (!provider.jwksUrl.startsWith('https://')) {
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_OIDC_PROVIDERS', i, 'jwksUrl'],
          message: 'must be https in production',
        });
      }
    }
  });

export class InvalidConfigError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`invalid gateway configuration: ${issues.join('; ')}`);
    this.name = 'InvalidConfigError';
  }
}

/** Validates an environment (by default the process's) into a typed, frozen configuration. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  // An empty variable means "not set", the way shells and compose files usually intend it.
  const present: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  if (present.AUTH_OIDC_PROVIDERS_FILE !== undefined) {
    if (present.AUTH_OIDC_PROVIDERS !== undefined) {
      throw new InvalidConfigError([
        'AUTH_OIDC_PROVIDERS_FILE: set either AUTH_OIDC_PROVIDERS or AUTH_OIDC_PROVIDERS_FILE, not both',
      ]);
    }
    try {
      present.AUTH_OIDC_PROVIDERS = readFileSync(present.AUTH_OIDC_PROVIDERS_FILE, 'utf8');
    } catch {
      throw new InvalidConfigError(['AUTH_OIDC_PROVIDERS_FILE: cannot be read']);
    }
  }
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    // Name the variable and the rule, never the value: it may be a secret.
    throw new InvalidConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const jwksUrl = e.AUTH_JWKS_URL ?? null;
  const devAuth = e[DEV_AUTH_ENV];
  const nodeEnv = e.NODE_ENV ?? (devAuth ? 'development' : 'production');
  return Object.freeze({
    nodeEnv,
    isProduction: nodeEnv === 'production',
    devAuth,
    port: e.PORT,
    supergraphPath: path.resolve(e.SUPERGRAPH_PATH),
    supergraph: Object.freeze({
      location: e.SUPERGRAPH_URL ?? path.resolve(e.SUPERGRAPH_PATH),
      pollMs: Math.round(e.SUPERGRAPH_POLL_SECONDS * 1000),
    }),
    subgraphUrls: Object.freeze({
      'partners-governance': e.PARTNERS_GOVERNANCE_URL,
      people: e.PEOPLE_URL,
      events: e.EVENTS_URL,
      evaluation: e.EVALUATION_URL,
      'teacher-swap': e.TEACHER_SWAP_URL,
      communications: e.COMMUNICATIONS_URL,
    }),
    // Validation above guarantees the development default is only reached with EKST_DEV_AUTH=1.
    internalTokenSecret: e.INTERNAL_TOKEN_SECRET ?? DEV_INTERNAL_TOKEN_SECRET,
    auth: Object.freeze({
      issuer: e.AUTH_JWT_ISSUER,
      audience: e.AUTH_JWT_AUDIENCE,
      maxAgeSeconds: parseDurationSeconds(e.AUTH_JWT_MAX_AGE) ?? 3600,
      // One verification mode at a time: with an external issuer, HS256 tokens are not accepted,
      // so a leaked development secret can never mint tokens for it.
      jwtSecret:
        jwksUrl === null ? (e.AUTH_JWT_SECRET ?? (devAuth ? DEV_AUTH_JWT_SECRET : null)) : null,
      jwksUrl,
      // By default next to the people subgraph itself (its origin), so a stack on other ports
      // (the e2e suite) needs no extra settings.
      people: Object.freeze({
        issuer: e.PEOPLE_JWT_ISSUER,
        jwksUrl: e.PEOPLE_JWKS_URL ?? new URL('/.well-known/jwks.json', e.PEOPLE_URL).toString(),
        revocationsUrl:
          e.PEOPLE_REVOCATIONS_URL ??
          new URL('/internal/revoked-sessions', e.PEOPLE_URL).toString(),
      }),
      oidcProviders: Object.freeze(e.AUTH_OIDC_PROVIDERS ?? []),
      personLookupUrl:
        e.PEOPLE_PERSON_LOOKUP_URL ?? new URL('/internal/person-by-email', e.PEOPLE_URL).toString(),
    }),
    bodyLimit: e.BODY_LIMIT.toLowerCase(),
    logLevel: e.LOG_LEVEL,
    chromiumPath: e.CHROMIUM_PATH || '/usr/bin/chromium',
    metricsToken: e.METRICS_TOKEN ?? null,
    maxQueryCost: e.QUERY_MAX_COST,
    workers: e.GATEWAY_WORKERS === 'auto' ? availableParallelism() : e.GATEWAY_WORKERS,
    // --- API keys ---
    apiKeys: Object.freeze({
      verifyUrl: `${apiKeysBase(e.PARTNERS_GOVERNANCE_API_KEYS_URL, e.PARTNERS_GOVERNANCE_URL)}/verify`,
      revokedUrl: `${apiKeysBase(e.PARTNERS_GOVERNANCE_API_KEYS_URL, e.PARTNERS_GOVERNANCE_URL)}/revoked`,
      cacheTtlMs: (parseDurationSeconds(e.API_KEY_CACHE_TTL) ?? 60) * 1000,
      revocationFreshnessMs: 2_000,
      maxCost: e.API_KEY_MAX_COST,
      contractPath: path.resolve(e.CONTRACT_SCHEMA_PATH),
    }),
    rateLimits: Object.freeze({
      store: e.RATE_LIMIT_STORE,
      databaseUrl: e.RATE_LIMIT_DATABASE_URL ?? null,
      apiKeyPerMinute: e.RATE_LIMIT_API_KEY_PER_MINUTE,
      // Development defaults are generous: the demo seed signs in every demo adult from one IP.
      personPerMinute: e.RATE_LIMIT_PERSON_PER_MINUTE ?? (devAuth ? 10_000 : 600),
      anonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE ?? (devAuth ? 1_000 : 30),
      anonymousInFlight: e.RATE_LIMIT_ANONYMOUS_IN_FLIGHT,
      trustProxyHops: e.TRUST_PROXY_HOPS,
    }),
  });
}

/** `…/internal/api-keys` next to the partners-governance subgraph unless configured. */
function apiKeysBase(configured: string | undefined, partnersUrl: string): string {
  return (configured ?? new URL('/internal/api-keys', partnersUrl).toString()).replace(/\/$/, '');
}

export function isSubgraphName(name: string): name is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(name);
}
