import { parseArgs } from 'node:util';
import { DEV_AUTH_ENV } from '@ekst/auth';
// The coordinator's token must be one the gateway accepts: its own issuer (type:app-tool).
/* eslint-disable @nx/enforce-module-boundaries */
import { signDevToken } from '../../apps/gateway/src/auth/dev-issuer';
import { loadConfig } from '../../apps/gateway/src/config';
/* eslint-enable @nx/enforce-module-boundaries */

/**
 * Issues an API key to the demo associate partner (Harbour Arts Trust) through a running demo
 * (`npm start`), as the coordinator would, and prints it. Only the key goes to stdout, so
 *
 *   KEY=$(node -r @swc-node/register tools/dev/demo-api-key.ts)
 *   curl -H "authorization: Bearer $KEY" -H 'content-type: application/json' \
 *        -d '{"query":"{ partners { name kind } }"}' http://localhost:4000/graphql
 *
 * Each run issues a new key (the secret is shown once and never stored); revoke old ones with
 * `revokeApiKey` as the coordinator.
 */
const USAGE = `usage: node -r @swc-node/register tools/dev/demo-api-key.ts [--url http://localhost:4000/graphql]
       [--partner "Harbour Arts Trust"] [--scope PROGRAMME_READ --scope IMPACT_READ ...]`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://localhost:4000/graphql' },
      partner: { type: 'string', default: 'Harbour Arts Trust' },
      scope: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig({ [DEV_AUTH_ENV]: '1', ...process.env });
  const token = await signDevToken(
    {
      sub: '00000000-0000-4000-8000-00000000d0c0',
      roles: ['COORDINATOR'],
      partnerId: null,
      ttl: '5m',
    },
    config,
  );
  const ask = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const res = await fetch(values.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data)
      throw new Error(`the gateway answered ${res.status}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const { partners } = await ask<{ partners: Array<{ id: string; name: string; kind: string }> }>(
    `{ partners { id name kind } }`,
  );
  const partner = partners.find((p) => p.name === values.partner && p.kind === 'ASSOCIATE');
  if (!partner) {
    process.stderr.write(`no associate partner named "${values.partner}": is the demo loaded?\n`);
    return 1;
  }
  const { issueApiKey } = await ask<{
    issueApiKey: {
      secret: string | null;
      apiKey: { prefix: string; scopes: string[] } | null;
      errors: unknown[];
    };
  }>(
    `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret apiKey { prefix scopes } errors { field code message } } }`,
    {
      input: {
        partnerId: partner.id,
        name: `Demo key ${new Date().toISOString().slice(0, 16)}`,
        scopes: values.scope ?? ['PROGRAMME_READ', 'PARTNERS_READ', 'IMPACT_READ'],
      },
    },
  );
  if (!issueApiKey.secret) {
    process.stderr.write(`not issued: ${JSON.stringify(issueApiKey.errors)}\n`);
    return 1;
  }
  process.stderr.write(
    `API key for ${partner.name} (${issueApiKey.apiKey?.scopes.join(', ')}), shown once:\n`,
  );
  process.stdout.write(`${issueApiKey.secret}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`demo-api-key: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
