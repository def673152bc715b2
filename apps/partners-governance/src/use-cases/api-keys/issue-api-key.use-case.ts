import { randomUUID } from 'node:crypto';
import { apiKeyDisplayPrefix, formatApiKey } from '@ekst/auth';
import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import {
  hashApiKeySecret,
  issueApiKeySchema,
  mayManageApiKeys,
  newApiKeySecret,
} from '../../api-keys/api-key';
import { ApiKeyEntity } from '../../entities/api-key.entity';
import { PartnerEntity } from '../../entities/partner.entity';
import type { PartnersResult } from '../partners-use-case';
import type { ApiKeyDeps } from './api-keys-deps';

export interface IssuedApiKey {
  apiKey: ApiKeyEntity;
  /** the full key, returned this once and never stored */
  secret: string;
}

/**
 * The coordinator issues a key to an associate partner. The full key is in the result only; the
 * table keeps its keyed hash. Invalid input, an unknown partner, a partner that is not an
 * associate, or an expiry in the past is rejected and writes nothing.
 */
export async function issueApiKey(
  deps: ApiKeyDeps,
  input: unknown,
): Promise<PartnersResult<IssuedApiKey>> {
  if (!mayManageApiKeys(deps.caller)) return refused('Only the coordinator can issue API keys');
  const parsed = issueApiKeySchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;
  const now = deps.clock.now();
  const expiresAt = p.expiresAt ? new Date(p.expiresAt) : null;
  if (expiresAt !== null && expiresAt.getTime() <= now.getTime()) {
    return rejected(userError('INVALID', 'must be in the future', 'expiresAt'));
  }

  return deps.transaction(async ({ manager }) => {
    const partner = await manager.getRepository(PartnerEntity).findOneBy({ id: p.partnerId });
    if (partner === null) {
      return rejected(userError('NOT_FOUND', 'no such partner', 'partnerId'));
    }
    if (partner.kind !== 'ASSOCIATE' || partner.leftOn !== null) {
      return rejected(
        userError('INVALID', 'API keys are issued to current associate partners only', 'partnerId'),
      );
    }
    const id = randomUUID();
    const secret = newApiKeySecret();
    const key = manager.getRepository(ApiKeyEntity).create({
      id,
      partnerId: partner.id,
      name: p.name,
      displayPrefix: apiKeyDisplayPrefix(id),
      secretHash: hashApiKeySecret(deps.apiKeys.pepper, secret),
      scopes: p.scopes,
      trustedOperations: p.trustedOperations ? [...new Set(p.trustedOperations)] : null,
      expiresAt,
      createdAt: now,
      createdBy: deps.caller.subject,
      lastUsedAt: null,
      revokedAt: null,
      revokedBy: null,
    });
    await manager.getRepository(ApiKeyEntity).insert(key);
    return done({ apiKey: key, secret: formatApiKey(id, secret) });
  });
}
