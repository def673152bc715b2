import { done, isUuid, rejected, signInFirst, userError } from '@ekst/subgraph-kit';
import type { CommunicationsDeps, CommunicationsResult } from './communications-use-case';
import { personIdOf } from './communications-use-case';

/**
 * Marks the caller's own notifications read (the listed ones, or all). An id that is not one of
 * the caller's is NOT_FOUND, and then nothing is marked. Answers the unread count left.
 */
export async function markNotificationsRead(
  deps: CommunicationsDeps,
  ids: readonly string[] | null | undefined,
  all: boolean,
): Promise<CommunicationsResult<number>> {
  const self = personIdOf(deps.caller);
  if (!self) return signInFirst('Sign in to read your notifications');
  const wanted = [...new Set((ids ?? []).map((id) => id.toLowerCase()))];
  if (!all && wanted.length === 0)
    return rejected(userError('INVALID', 'give the ids to mark, or all: true', 'ids'));
  if (wanted.some((id) => !isUuid(id)))
    return rejected(userError('NOT_FOUND', 'no such notification', 'ids'));
  return deps.transaction(async ({ manager, clock }) => {
    if (!all) {
      const mine = (await manager.query(
        `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND id = ANY($2::uuid[])`,
        [self, wanted],
      )) as Array<{ n: number }>;
      if (mine[0].n !== wanted.length)
        return rejected(userError('NOT_FOUND', 'no such notification', 'ids'));
    }
    await manager.query(
      `UPDATE notification SET read_at = $2
        WHERE recipient_id = $1 AND read_at IS NULL AND ($3::boolean OR id = ANY($4::uuid[]))`,
      [self, clock.now(), all, wanted],
    );
    const left = (await manager.query(
      `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL`,
      [self],
    )) as Array<{ n: number }>;
    return done(left[0].n);
  });
}
