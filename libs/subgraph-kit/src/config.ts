import {
  DEV_AUTH_ENV,
  DEV_INTERNAL_TOKEN_SECRET,
  devAuthFlagSchema,
  devAuthHint,
} from '@ekst/auth';
import { FAULT_INJECT_ENV, FAULT_POINTS } from '@ekst/messaging';
import type { FaultPoint } from '@ekst/messaging';
import { z } from 'zod';

export { DEV_INTERNAL_TOKEN_SECRET };

export interface ServiceConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  kafkaBrokers: string[];
  topicPrefix: string;
  /** replication factor of topics this service creates: 1 on a single broker, 3 in a real cluster */
  topicReplicationFactor: number;
  /** SASL/SCRAM-SHA-512 credentials for the broker (its KafkaUser); null: none */
  kafkaAuth?: { username: string; password: string } | null;
  /** TLS to the broker */
  kafkaTls?: boolean;
  internalTokenSecret: string;
  /** also accepted on incoming internal tokens, never signed with: a rotation's overlap */
  internalTokenVerifyOnlySecret?: string | null;
  logLevel: string;
  runMigrations: boolean;
  /** start background jobs (tests turn them off and run them explicitly) */
  runJobs: boolean;
  dbPoolMax: number;
  /** on SIGTERM, how long in-flight HTTP requests may take before their connections are cut */
  shutdownGraceMs?: number;
  /** test-only: the chaos suite's fault hook (`EKST_FAULT_INJECT`); null unless EKST_DEV_AUTH=1 */
  faultInject?: FaultPoint | null;
  /** bearer token a Prometheus scraper presents at `/metrics`; null: no `/metrics` (404) */
  metricsToken?: string | null;
}

/**
 * Validates a subgraph's environment. Each service's `config.ts` calls this with `process.env`
 * and its own defaults; nothing else reads the environment.
 */
export function parseServiceConfig(
  env: NodeJS.ProcessEnv,
  defaults: { port: number; database: string },
): ServiceConfig {
  const schema = z
    .object({
      [DEV_AUTH_ENV]: devAuthFlagSchema,
      // Without the development flag a forgotten NODE_ENV means production: fail closed.
      NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
      PORT: z.coerce.number().int().min(0).max(65535).default(defaults.port),
      DATABASE_URL: z
        .string()
        .url()
        .default(`postgres://postgres@127.0.0.1:5432/${defaults.database}`),
      KAFKA_BROKERS: z.string().min(1).default('127.0.0.1:19092'),
      EKST_TOPIC_PREFIX: z
        .string()
        .regex(/^[a-z0-9._-]*$/)
        .default(''),
      KAFKA_TOPIC_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(5).default(1),
      KAFKA_SASL_USERNAME: z.string().min(1).optional(),
      KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
      KAFKA_TLS: z.enum(['true', 'false']).default('false'),
      INTERNAL_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
      INTERNAL_TOKEN_VERIFY_ONLY_SECRET: z
        .string()
        .min(32, 'must be at least 32 characters')
        .optional(),
      LOG_LEVEL: z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
        .default('info'),
      RUN_MIGRATIONS: z.enum(['true', 'false']).default('true'),
      RUN_JOBS: z.enum(['true', 'false']).default('true'),
      DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
      SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
      // test-only (the chaos suite); computed, like the dev flag: never set by a deployment
      [FAULT_INJECT_ENV]: z.enum(FAULT_POINTS as [FaultPoint, ...FaultPoint[]]).optional(),
      METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    })
    .superRefine((e, ctx) => {
      const nodeEnv = e.NODE_ENV ?? (e[DEV_AUTH_ENV] ? 'development' : 'production');
      if (e[DEV_AUTH_ENV] && nodeEnv === 'production') {
        ctx.addIssue({
          code: 'custom',
          path: [DEV_AUTH_ENV],
          message: 'the development secrets are never allowed with NODE_ENV=production',
        });
      }
      if (e[FAULT_INJECT_ENV] !== undefined && (!e[DEV_AUTH_ENV] || nodeEnv === 'production')) {
        ctx.addIssue({
          code: 'custom',
          path: [FAULT_INJECT_ENV],
          message:
            "the chaos suite's fault hook is only allowed with EKST_DEV_AUTH=1, never in production",
        });
      }
      if ((e.KAFKA_SASL_USERNAME === undefined) !== (e.KAFKA_SASL_PASSWORD === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['KAFKA_SASL_PASSWORD'],
          message: 'KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are set together or not at all',
        });
      }
      const usesDevSecret =
        e.INTERNAL_TOKEN_SECRET === undefined ||
        e.INTERNAL_TOKEN_SECRET === DEV_INTERNAL_TOKEN_SECRET;
      if (usesDevSecret && !e[DEV_AUTH_ENV]) {
        ctx.addIssue({
          code: 'custom',
          path: ['INTERNAL_TOKEN_SECRET'],
          message: devAuthHint(
            "must be set to a private secret (at least 32 characters, the gateway's value)",
          ),
        });
      }
    });
  // An empty variable means "not set", the way shells and compose files usually intend it.
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV ?? (e[DEV_AUTH_ENV] ? 'development' : 'production'),
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    kafkaBrokers: e.KAFKA_BROKERS.split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    topicPrefix: e.EKST_TOPIC_PREFIX,
    topicReplicationFactor: e.KAFKA_TOPIC_REPLICATION_FACTOR,
    kafkaAuth:
      e.KAFKA_SASL_USERNAME !== undefined && e.KAFKA_SASL_PASSWORD !== undefined
        ? { username: e.KAFKA_SASL_USERNAME, password: e.KAFKA_SASL_PASSWORD }
        : null,
    kafkaTls: e.KAFKA_TLS === 'true',
    internalTokenSecret: e.INTERNAL_TOKEN_SECRET ?? DEV_INTERNAL_TOKEN_SECRET,
    internalTokenVerifyOnlySecret: e.INTERNAL_TOKEN_VERIFY_ONLY_SECRET ?? null,
    logLevel: e.LOG_LEVEL,
    runMigrations: e.RUN_MIGRATIONS === 'true',
    runJobs: e.RUN_JOBS === 'true',
    dbPoolMax: e.DB_POOL_MAX,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    faultInject: e[FAULT_INJECT_ENV] ?? null,
    metricsToken: e.METRICS_TOKEN ?? null,
  };
}
