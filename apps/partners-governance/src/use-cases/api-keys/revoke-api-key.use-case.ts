import { ApiKeyEvents } from '@ekst/contracts';
import { done, refused, rejected, userError } from '@ekst/subgraph-kit';
import { z } from 'zod';
import { mayManageApiKeys } from '../../api-keys/api-key';
import { ApiKeyEntity } from '../../entities/api-key.entity';
import type { PartnersResult } from '../partners-use-case';
import type { ApiKeyDeps } from './api-keys-deps';

const inputSchema = z.object({ id: z.uuid() });

/**
 * The coordinator revokes a key: it stops verifying at once (the internal endpoint reads the row)
 * and ApiKeyRevoked is announced in the same transaction. Revoking a revoked key changes nothing
 * and announces nothing again.
 */
export async function revokeApiKey(
  deps: ApiKeyDeps,
  input: unknown,
): Promise<PartnersResult<ApiKeyEntity>> {
  if (!mayManageApiKeys(deps.caller)) return refused('Only the coordinator can revoke API keys');
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return rejected(userError('NOT_FOUND', 'no such API key', 'id'));

  return deps.transaction(async ({ manager, outbox, clock }) => {
    const repo = manager.getRepository(ApiKeyEntity);
    // Locked, so two revocations at once announce it once.
    const key = await repo.findOne({
      where: { id: parsed.data.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (key === null) return rejected(userError('NOT_FOUND', 'no such API key', 'id'));
    if (key.revokedAt !== null) return done(key);
    key.revokedAt = clock.now();
    key.revokedBy = deps.caller.subject;
    await repo.update({ id: key.id }, { revokedAt: key.revokedAt, revokedBy: key.revokedBy });
    await outbox.append(ApiKeyEvents.revoked, key.id, {
      keyId: key.id,
      partnerId: key.partnerId,
      revokedAt: key.revokedAt.toISOString(),
    });
    return done(key);
  });
}
