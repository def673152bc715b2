import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEV_AUTH_ENV, isRole, ROLES } from '@ekst/auth';
import type { Role } from '@ekst/auth';
// The token must be one the gateway accepts: its own issuer and its limits (type:app-tool).
/* eslint-disable @nx/enforce-module-boundaries */
import { signDevToken } from '../../apps/gateway/src/auth/dev-issuer';
import { parseDurationSeconds } from '../../apps/gateway/src/auth/duration';
import { loadConfig } from '../../apps/gateway/src/config';
/* eslint-enable @nx/enforce-module-boundaries */

/**
 * Prints a JWT from the gateway's built-in development issuer (same env as the gateway:
 * AUTH_JWT_SECRET, AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE). A gateway accepts it only when started
 * with EKST_DEV_AUTH=1 (as `npm start` does) or with the same private AUTH_JWT_SECRET. Only the
 * token goes to stdout, so
 *
 *   TOKEN=$(node -r @swc-node/register tools/dev/dev-token.ts --role COORDINATOR)
 *   curl -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \
 *        -d '{"query":"{ __typename }"}' http://localhost:4000/graphql
 */

const USAGE = `usage: node -r @swc-node/register tools/dev/dev-token.ts --role <ROLE> [--role <ROLE>...]
                 [--sub <person uuid>] [--partner <partner uuid>] [--ttl 1h]
roles: ${ROLES.join(', ')}
--sub defaults to a random UUID; --ttl defaults to 1h (the gateway also caps a token's age
at AUTH_JWT_MAX_AGE, 1h by default).`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      sub: { type: 'string' },
      partner: { type: 'string' },
      ttl: { type: 'string', default: '1h' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const roles = (values.role ?? []).map((r) => r.toUpperCase());
  if (roles.length === 0) {
    process.stderr.write(`at least one --role is required\n${USAGE}\n`);
    return 2;
  }
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length > 0) {
    process.stderr.write(`unknown role(s): ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }

  // The token is for a gateway started by `npm start`, which runs with EKST_DEV_AUTH=1; the
  // caller's own environment (e.g. a private AUTH_JWT_SECRET) still takes precedence.
  const config = loadConfig({ [DEV_AUTH_ENV]: '1', ...process.env });
  const ttlSeconds = parseDurationSeconds(values.ttl);
  if (ttlSeconds !== null && ttlSeconds > config.auth.maxAgeSeconds) {
    process.stderr.write(
      `warning: the gateway refuses tokens older than AUTH_JWT_MAX_AGE (${config.auth.maxAgeSeconds}s), ` +
        `so this token stops working before its --ttl; start the gateway with AUTH_JWT_MAX_AGE=${values.ttl} for longer sessions.\n`,
    );
  }
  const sub = values.sub ?? randomUUID();
  const token = await signDevToken(
    { sub, roles: roles as Role[], partnerId: values.partner ?? null, ttl: values.ttl },
    config,
  );
  process.stderr.write(
    `person ${sub}, roles ${roles.join(', ')}, partner ${values.partner ?? 'none'}\n`,
  );
  process.stdout.write(`${token}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`dev-token: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
