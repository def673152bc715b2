import { payloadOf, payloadWith, toPayload } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { apiKeyState } from '../api-keys/api-key';
import { issueApiKey } from '../use-cases/api-keys/issue-api-key.use-case';
import { listApiKeys } from '../use-cases/api-keys/list-api-keys.use-case';
import { revokeApiKey } from '../use-cases/api-keys/revoke-api-key.use-case';

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

export const apiKeyResolvers: Resolvers = {
  Query: {
    apiKeys: (_root, { partnerId }, ctx) =>
      listApiKeys(ctx.apiKeyDeps, partnerId).then((r) => toPayload('keys', r).keys),
  },
  Mutation: {
    issueApiKey: (_root, { input }, ctx) =>
      issueApiKey(ctx.apiKeyDeps, input).then(payloadWith({ apiKey: null, secret: null })),
    revokeApiKey: (_root, { input }, ctx) =>
      revokeApiKey(ctx.apiKeyDeps, input).then(payloadOf('apiKey')),
  },
  ApiKey: {
    prefix: (k) => k.displayPrefix,
    scopes: (k) => k.scopes as Array<'PROGRAMME_READ' | 'PARTNERS_READ' | 'IMPACT_READ'>,
    createdAt: (k) => k.createdAt.toISOString(),
    lastUsedAt: (k) => iso(k.lastUsedAt),
    expiresAt: (k) => iso(k.expiresAt),
    revokedAt: (k) => iso(k.revokedAt),
    state: (k) => apiKeyState(k, new Date()),
  },
};
