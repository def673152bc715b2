import { DEV_AUTH_ENV, devAuthFlagSchema, devAuthHint } from '@ekst/auth';
import { parseServiceConfig } from '@ekst/subgraph-kit';
import type { ServiceConfig } from '@ekst/subgraph-kit';
import { z } from 'zod';

/** The only reader of process.env in this service. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const config = parseServiceConfig(env, { port: 4006, database: 'ekst_communications' });
  // Checked at start so a missing SMTP_URL or secret stops the process instead of the first send.
  loadDeliverySettings(env);
  return config;
}

/** Development-only default for the unsubscribe-link signing secret; refused without EKST_DEV_AUTH=1. */
export const DEV_UNSUBSCRIBE_SECRET = 'ekst-dev-unsubscribe-secret-not-for-production-use';

export interface DeliverySettings {
  databaseUrl: string;
  /** the job queue's own connections: DB_POOL_MAX's share, 1–3 (it polls, it does not serve) */
  queuePoolMax: number;
  /** smtp:// or smtps:// with credentials, host, port; TLS by scheme or `?secure=true` */
  smtpUrl: string;
  mailFrom: string;
  /** people's `POST /internal/person-contact` */
  peopleContactUrl: string;
  internalTokenSecret: string;
  /** where links in messages point (the portal or the gateway) */
  publicUrl: string;
  unsubscribeSecret: string;
  retryLimit: number;
  retryDelaySeconds: number;
  throttlePerMinute: number;
  pollingIntervalSeconds: number;
}

/**
 * How e-mail goes out. SMTP_URL is required in production; with EKST_DEV_AUTH=1 it defaults to
 * the local mail catcher (`npm start` and the test stacks start one, see libs/platform infra/mail).
 */
export function loadDeliverySettings(env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  const base = parseServiceConfig(env, { port: 4006, database: 'ekst_communications' });
  const schema = z
    .object({
      [DEV_AUTH_ENV]: devAuthFlagSchema,
      SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
      MAIL_FROM: z.string().min(3).default('EKST <no-reply@ekst.example>'),
      PEOPLE_CONTACT_URL: z
        .url({ protocol: /^https?$/ })
        .default('http://127.0.0.1:4002/internal/person-contact'),
      PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4000'),
      UNSUBSCRIBE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
      DELIVERY_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
      DELIVERY_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(2),
      EMAIL_THROTTLE_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(20),
      DELIVERY_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(1),
    })
    .superRefine((e, ctx) => {
      if (!e[DEV_AUTH_ENV] && e.SMTP_URL === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['SMTP_URL'],
          message: devAuthHint('must be set (smtp://user:pass@host:587)'),
        });
      if (!e[DEV_AUTH_ENV] && e.UNSUBSCRIBE_SECRET === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['UNSUBSCRIBE_SECRET'],
          message: devAuthHint('must be set to a private secret (at least 32 characters)'),
        });
    });
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    // Never echo values: SMTP_URL may hold a password.
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: base.databaseUrl,
    queuePoolMax: Math.max(1, Math.min(3, base.dbPoolMax - 1)),
    smtpUrl: e.SMTP_URL ?? 'smtp://127.0.0.1:1025',
    mailFrom: e.MAIL_FROM,
    peopleContactUrl: e.PEOPLE_CONTACT_URL,
    internalTokenSecret: base.internalTokenSecret,
    publicUrl: e.PUBLIC_URL.replace(/\/$/, ''),
    unsubscribeSecret: e.UNSUBSCRIBE_SECRET ?? DEV_UNSUBSCRIBE_SECRET,
    retryLimit: e.DELIVERY_RETRY_LIMIT,
    retryDelaySeconds: e.DELIVERY_RETRY_DELAY_SECONDS,
    throttlePerMinute: e.EMAIL_THROTTLE_PER_MINUTE,
    pollingIntervalSeconds: e.DELIVERY_POLL_SECONDS,
  };
}

let cached: DeliverySettings | null = null;

/** The process's delivery settings, read once. */
export function deliverySettings(): DeliverySettings {
  cached ??= loadDeliverySettings();
  return cached;
}
