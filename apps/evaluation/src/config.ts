import { parseServiceConfig } from '@ekst/subgraph-kit';
import type { ServiceConfig } from '@ekst/subgraph-kit';
import { z } from 'zod';

/** The only reader of process.env in this service. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const config = parseServiceConfig(env, { port: 4004, database: 'ekst_evaluation' });
  // Checked at start so a bad value stops the process instead of the first job run.
  loadSurveyWindowSettings(env);
  return config;
}

export interface SurveyWindowSettings {
  /** how long a POST survey stays open after its event completes */
  postSurveyOpenDays: number;
  /** how often the survey-windows job opens, closes and invites */
  windowTickMs: number;
}

/** When surveys open and close (see the README's configuration table). */
export function loadSurveyWindowSettings(
  env: NodeJS.ProcessEnv = process.env,
): SurveyWindowSettings {
  const schema = z.object({
    SURVEY_POST_OPEN_DAYS: z.coerce.number().int().min(1).max(120).default(14),
    SURVEY_WINDOW_TICK_MS: z.coerce.number().int().min(200).max(3_600_000).default(60_000),
  });
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${detail}`);
  }
  return {
    postSurveyOpenDays: parsed.data.SURVEY_POST_OPEN_DAYS,
    windowTickMs: parsed.data.SURVEY_WINDOW_TICK_MS,
  };
}

let cached: SurveyWindowSettings | null = null;

/** The process's survey window settings, read once. */
export function surveyWindowSettings(): SurveyWindowSettings {
  cached ??= loadSurveyWindowSettings();
  return cached;
}

export interface ReportConfig {
  /** the Chromium that prints the annual report to PDF */
  chromiumPath: string;
  /** this service's database, for the report command (`npm run report`) */
  databaseUrl: string;
}

/** What the annual report needs: Debian's chromium unless CHROMIUM_PATH says otherwise. */
export function loadReportConfig(env: NodeJS.ProcessEnv = process.env): ReportConfig {
  return {
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
    databaseUrl: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/ekst_evaluation',
  };
}
