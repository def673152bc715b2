import { DEV_INTERNAL_TOKEN_SECRET } from '@ekst/auth';
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
  internalTokenSecret: string;
  logLevel: string;
  runMigrations: boolean;
  /** start background jobs (tests turn them off and run them explicitly) */
  runJobs: boolean;
  dbPoolMax: number;
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
      NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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
      INTERNAL_TOKEN_SECRET: z.string().min(32).default(DEV_INTERNAL_TOKEN_SECRET),
      LOG_LEVEL: z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
        .default('info'),
      RUN_MIGRATIONS: z.enum(['true', 'false']).default('true'),
      RUN_JOBS: z.enum(['true', 'false']).default('true'),
      DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    })
    .refine(
      (e) => e.NODE_ENV !== 'production' || e.INTERNAL_TOKEN_SECRET !== DEV_INTERNAL_TOKEN_SECRET,
      {
        message: 'INTERNAL_TOKEN_SECRET must be set in production',
        path: ['INTERNAL_TOKEN_SECRET'],
      },
    );
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    kafkaBrokers: e.KAFKA_BROKERS.split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    topicPrefix: e.EKST_TOPIC_PREFIX,
    topicReplicationFactor: e.KAFKA_TOPIC_REPLICATION_FACTOR,
    internalTokenSecret: e.INTERNAL_TOKEN_SECRET,
    logLevel: e.LOG_LEVEL,
    runMigrations: e.RUN_MIGRATIONS === 'true',
    runJobs: e.RUN_JOBS === 'true',
    dbPoolMax: e.DB_POOL_MAX,
  };
}
