import { z } from 'zod';

/**
 * An associate partner's API key stopped working (revoked by the coordinator). Ids only: the key's
 * name, its secret and its hash never leave partners-governance. Key = the key id.
 */
export const apiKeyRevokedV1 = z.object({
  keyId: z.uuid(),
  partnerId: z.uuid(),
  revokedAt: z.iso.datetime({ offset: true }),
});
export type ApiKeyRevokedV1 = z.infer<typeof apiKeyRevokedV1>;

export const ApiKeyEvents = {
  revoked: { type: 'ApiKeyRevoked', version: 1, schema: apiKeyRevokedV1 },
} as const;
