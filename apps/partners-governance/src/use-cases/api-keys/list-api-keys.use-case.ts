import { done, refused } from '@ekst/subgraph-kit';
import { mayListApiKeysOf } from '../../api-keys/api-key';
import { ApiKeyEntity } from '../../entities/api-key.entity';
import type { PartnersResult } from '../partners-use-case';
import type { ApiKeyDeps } from './api-keys-deps';

/** A partner's keys, newest first: the coordinator's view, or the associate partner's own people. */
export async function listApiKeys(
  deps: ApiKeyDeps,
  partnerId: string,
): Promise<PartnersResult<ApiKeyEntity[]>> {
  if (!mayListApiKeysOf(deps.caller, partnerId)) {
    return refused("Only the coordinator and the partner's own people can list its API keys");
  }
  const keys = await deps.dataSource.getRepository(ApiKeyEntity).find({
    where: { partnerId },
    order: { createdAt: 'DESC', id: 'ASC' },
  });
  return done(keys);
}
