import { z } from 'zod';

/**
 * The one switch that lets a process use the development secrets written in this repository (the
 * built-in HS256 issuer, the internal-token default, people's development signing key). It is off
 * unless set: a deployment that forgets a variable must fail closed, never fall back to secrets
 * anyone can read. `npm start`, `npm run token` and the test stack set it.
 */
export const DEV_AUTH_ENV = 'EKST_DEV_AUTH';

/** `1`/`true` enables, `0`/`false`/unset disables; anything else is a configuration error. */
export const devAuthFlagSchema = z
  .enum(['1', 'true', '0', 'false'], {
    message: `${DEV_AUTH_ENV} must be 1 (use the development secrets) or 0`,
  })
  .default('0')
  .transform((v) => v === '1' || v === 'true');

/** The sentence every refusal ends with, so the fix is always named the same way. */
export function devAuthHint(what: string): string {
  return `${what}, or set ${DEV_AUTH_ENV}=1 on a development machine to use the development secret`;
}
