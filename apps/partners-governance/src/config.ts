import { DEV_AUTH_ENV, devAuthFlagSchema, devAuthHint } from '@ekst/auth';
import { parseServiceConfig } from '@ekst/subgraph-kit';
import type { ServiceConfig } from '@ekst/subgraph-kit';
import { z } from 'zod';

/** The only reader of process.env in this service. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const config = parseServiceConfig(env, { port: 4001, database: 'ekst_partners_governance' });
  // --- API keys --- read lazily by the key use cases; checked here so a missing pepper stops the start.
  loadApiKeySettings(env);
  return config;
}

// --- API keys ---
/** Development pepper: public, so it is refused unless EKST_DEV_AUTH=1. */
export const DEV_API_KEY_PEPPER = 'ekst-dev-api-key-pepper-not-for-production-use';

export interface ApiKeySettings {
  /** the server-side secret of the keyed hash (HMAC-SHA-256) that keys are stored as */
  readonly pepper: string;
  /** last-used time is written at most once per this many ms per key */
  readonly lastUsedThrottleMs: number;
}

export function loadApiKeySettings(env: NodeJS.ProcessEnv = process.env): ApiKeySettings {
  const schema = z
    .object({
      [DEV_AUTH_ENV]: devAuthFlagSchema,
      API_KEY_PEPPER: z.string().min(32, 'must be at least 32 characters').optional(),
      API_KEY_LAST_USED_THROTTLE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    })
    .refine((e) => e.API_KEY_PEPPER !== undefined || e[DEV_AUTH_ENV], {
      message: devAuthHint('API_KEY_PEPPER must be set to a private secret (32+ characters)'),
      path: ['API_KEY_PEPPER'],
    });
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    // Name the variable and the rule, never the value: it is a secret.
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${detail}`);
  }
  return {
    pepper: parsed.data.API_KEY_PEPPER ?? DEV_API_KEY_PEPPER,
    lastUsedThrottleMs: parsed.data.API_KEY_LAST_USED_THROTTLE_SECONDS * 1000,
  };
}

let processSettings: ApiKeySettings | null = null;
/** The process's API key settings, read once from the environment. */
export function processApiKeySettings(): ApiKeySettings {
  processSettings ??= loadApiKeySettings();
  return processSettings;
}
