import { isCoordinator } from '@ekst/auth';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import { deliverySettings } from '../config';
import { enqueueDelivery } from '../delivery/queue';
import type { DeliveryRow } from '../resolvers/schema.mappers';
import type { CommunicationsDeps, CommunicationsResult } from './communications-use-case';
import { DELIVERY_COLUMNS, toDelivery } from './rows';

/**
 * The coordinator's retry button: a DEAD (or SKIPPED) e-mail is queued again with its attempts
 * reset, in one transaction with its new job. Anything else is NOT_RETRYABLE.
 */
export async function retryDelivery(
  deps: CommunicationsDeps,
  id: string,
): Promise<CommunicationsResult<DeliveryRow>> {
  if (!isCoordinator(deps.caller)) return refused('Only the coordinator retries deliveries');
  if (!isUuid(id)) return rejected(userError('NOT_FOUND', 'no such delivery', 'id'));
  return deps.transaction(async ({ manager }) => {
    const rows = (await manager.query(`SELECT status FROM delivery WHERE id = $1 FOR UPDATE`, [
      id.toLowerCase(),
    ])) as Array<{ status: string }>;
    if (!rows[0]) return rejected(userError('NOT_FOUND', 'no such delivery', 'id'));
    if (!['DEAD', 'SKIPPED'].includes(rows[0].status))
      return rejected(
        userError('NOT_RETRYABLE', `a ${rows[0].status} delivery cannot be retried`, 'id'),
      );
    const updated = (await manager.query(
      `UPDATE delivery SET status = 'PENDING', attempts = 0, last_error = NULL, updated_at = now()
        WHERE id = $1 RETURNING ${DELIVERY_COLUMNS}`,
      [id.toLowerCase()],
    )) as [Array<Record<string, unknown>>, number];
    await enqueueDelivery(deliverySettings(), manager, id.toLowerCase());
    return done(toDelivery(updated[0][0]));
  });
}
